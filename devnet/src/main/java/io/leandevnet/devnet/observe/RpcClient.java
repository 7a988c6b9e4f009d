package io.leandevnet.devnet.observe;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.ExecutorService;

/**
 * Calls an execution client's JSON-RPC methods, one request at a time, each within a timeout; what
 * comes back is the {@code result} or one line saying what went wrong, never an exception.
 */
final class RpcClient {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** A JSON-RPC reply: its {@code result} (null when absent), or what went wrong. */
  record Call(JsonNode result, String error) {
    String describe() {
      return error != null ? error : "no result";
    }
  }

  private final HttpClient http;
  private final Duration requestTimeout;

  RpcClient(Duration requestTimeout, ExecutorService executor) {
    this.requestTimeout = requestTimeout;
    this.http = HttpClient.newBuilder().connectTimeout(requestTimeout).executor(executor).build();
  }

  /** Calls {@code method} with {@code params}, a JSON array written out ({@code ["0x0",false]}). */
  Call call(URI rpc, String method, String params) throws InterruptedException {
    try {
      HttpResponse<String> r =
          http.send(
              JsonRpc.request(rpc, method, params, requestTimeout),
              HttpResponse.BodyHandlers.ofString());
      if (r.statusCode() != 200) {
        return new Call(null, "HTTP " + r.statusCode());
      }
      JsonNode reply = JSON.readTree(r.body());
      if (reply.hasNonNull("error")) {
        return new Call(null, "error " + reply.get("error").path("message").asText("?"));
      }
      JsonNode result = reply.get("result");
      return new Call(result == null || result.isNull() ? null : result, null);
    } catch (IOException e) {
      return new Call(
          null,
          e instanceof ConnectException
              ? "connection refused"
              : e.getClass().getSimpleName()
                  + (e.getMessage() == null ? "" : ": " + e.getMessage()));
    }
  }

  void close() {
    http.close();
  }
}
