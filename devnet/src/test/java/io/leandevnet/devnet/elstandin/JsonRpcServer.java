package io.leandevnet.devnet.elstandin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * A JSON-RPC 2.0 endpoint over HTTP POST, as an execution client serves one: each method a function
 * of its params; an unknown method answers error -32601. With a {@link EngineJwt} it is the
 * authenticated Engine API port: a request without a valid token gets HTTP 401.
 */
final class JsonRpcServer {

  private static final ObjectMapper JSON = new ObjectMapper();

  private JsonRpcServer() {}

  /**
   * Starts serving {@code methods} on {@code address:port}.
   *
   * @param jwt the secret requests must be signed with, or empty for the open RPC port
   */
  static HttpServer start(
      String address,
      int port,
      Map<String, Function<JsonNode, Object>> methods,
      Optional<EngineJwt> jwt,
      Clock clock)
      throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress(address, port), 64);
    server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
    server.createContext(
        "/",
        exchange -> {
          try (exchange) {
            if (jwt.isPresent()
                && !jwt.get()
                    .accepts(
                        exchange.getRequestHeaders().getFirst("Authorization"),
                        clock.instant().getEpochSecond())) {
              reply(exchange, 401, "{\"error\":\"missing or invalid JWT\"}");
              return;
            }
            JsonNode request = JSON.readTree(exchange.getRequestBody());
            ObjectNode response = JSON.createObjectNode();
            response.put("jsonrpc", "2.0");
            response.set("id", request.path("id"));
            Function<JsonNode, Object> method = methods.get(request.path("method").asText());
            if (method == null) {
              ObjectNode error = response.putObject("error");
              error.put("code", -32601);
              error.put(
                  "message", "the method " + request.path("method").asText() + " does not exist");
            } else {
              response.set("result", JSON.valueToTree(method.apply(request.path("params"))));
            }
            reply(exchange, 200, JSON.writeValueAsString(response));
          } catch (IOException | RuntimeException e) {
            System.out.println("json-rpc: " + e);
          }
        });
    server.start();
    return server;
  }

  private static void reply(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
  }
}
