package io.leandevnet.devnet.observe;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;

/** A JSON-RPC 2.0 request to an execution client's {@code rpc} port (HTTP POST, id 1). */
final class JsonRpc {

  private JsonRpc() {}

  /**
   * The request calling {@code method} with {@code params}, a JSON array written out ({@code
   * ["0x0",false]}).
   */
  static HttpRequest request(URI rpc, String method, String params, Duration timeout) {
    String body =
        "{\"jsonrpc\":\"2.0\",\"method\":\"" + method + "\",\"params\":" + params + ",\"id\":1}";
    return HttpRequest.newBuilder(rpc)
        .timeout(timeout)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .build();
  }
}
