package io.leandevnet.devnet.testing;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;

/**
 * A JSON-RPC server on loopback (an ephemeral port) standing in for an execution client: every
 * request body is answered, with status 200, by what {@code answer} returns for it.
 */
public final class LoopbackJsonRpc implements AutoCloseable {

  private final HttpServer server;

  private LoopbackJsonRpc(HttpServer server) {
    this.server = server;
  }

  /** Starts a server that answers each request body with {@code answer.apply(body)}. */
  public static LoopbackJsonRpc start(Function<String, String> answer) throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/",
        ex -> {
          String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
          byte[] bytes = answer.apply(body).getBytes(StandardCharsets.UTF_8);
          ex.sendResponseHeaders(200, bytes.length);
          ex.getResponseBody().write(bytes);
          ex.close();
        });
    server.start();
    return new LoopbackJsonRpc(server);
  }

  /** A JSON-RPC success reply whose result is the JSON value {@code json}. */
  public static String result(String json) {
    return "{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":" + json + "}";
  }

  /** A JSON-RPC error reply. */
  public static String error(int code, String message) {
    return "{\"jsonrpc\":\"2.0\",\"id\":1,\"error\":{\"code\":"
        + code
        + ",\"message\":\""
        + message
        + "\"}}";
  }

  /** The reply to block 0 by number: {@code {"number":"0x0","hash":hash}}. */
  public static String blockZero(String hash) {
    return result("{\"number\":\"0x0\",\"hash\":\"" + hash + "\"}");
  }

  public int port() {
    return server.getAddress().getPort();
  }

  /** {@code http://127.0.0.1:<port>/}. */
  public URI uri() {
    return URI.create("http://127.0.0.1:" + port() + "/");
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
