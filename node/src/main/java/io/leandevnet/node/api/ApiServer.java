package io.leandevnet.node.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.leandevnet.consensus.containers.Checkpoint;
import io.leandevnet.consensus.forkchoice.ForkChoiceNode;
import io.leandevnet.consensus.forkchoice.ForkChoiceSnapshot;
import io.leandevnet.node.metrics.LeanMetrics;
import io.leandevnet.node.view.NodeView;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A node's HTTP API and metrics endpoint, on the JDK's HTTP server, with the routes and JSON shapes
 * of leanSpec's API server:
 *
 * <pre>
 *   GET /lean/v0/health               {"status":"healthy","service":"lean-rpc-api"}
 *   GET /lean/v0/checkpoints/justified {"slot":2,"root":"0x…"}
 *   GET /lean/v0/fork_choice           {"nodes":[{"root","slot","parent_root","proposer_index","weight"}],
 *                                       "head":"0x…","justified":{…},"finalized":{…},
 *                                       "safe_target":"0x…","validator_count":4}
 *   GET /lean/v0/states/finalized      SSZ state, application/octet-stream (404 when unavailable)
 *   GET /lean/v0/blocks/finalized      SSZ signed block, application/octet-stream (404 when unavailable)
 *   GET|POST /lean/v0/admin/aggregator {"is_aggregator":true} / body {"enabled":false}
 *   GET /metrics                       Prometheus text of the node's own registry
 * </pre>
 *
 * When the API and metrics addresses are equal, one server serves both (like ethlambda); else the
 * metrics server serves {@code /metrics} and {@code /health}. Port 0 binds any free port: read the
 * real one from {@link #apiAddress()} / {@link #metricsAddress()}.
 */
public final class ApiServer implements AutoCloseable {

  private static final System.Logger LOG = System.getLogger(ApiServer.class.getName());
  private static final String JSON = "application/json";
  private static final String OCTET_STREAM = "application/octet-stream";

  private final ObjectMapper mapper = new ObjectMapper();
  private final NodeView view;
  private final LeanMetrics metrics;
  private final Optional<AggregatorRole> aggregatorRole;
  private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
  private final HttpServer api;
  private final HttpServer metricsServer;

  /** A handler of one exact path. */
  @FunctionalInterface
  private interface Route {
    void serve(HttpExchange exchange) throws IOException;
  }

  /**
   * Binds the server(s); {@link #start()} starts serving.
   *
   * @throws UncheckedIOException naming the address when it cannot be bound
   */
  public ApiServer(
      InetSocketAddress apiAddress,
      InetSocketAddress metricsAddress,
      NodeView view,
      LeanMetrics metrics,
      Optional<AggregatorRole> aggregatorRole) {
    this.view = Objects.requireNonNull(view, "view");
    this.metrics = Objects.requireNonNull(metrics, "metrics");
    this.aggregatorRole = Objects.requireNonNull(aggregatorRole, "aggregatorRole");
    boolean shared = apiAddress.equals(metricsAddress);
    this.api = bind(apiAddress, "API");
    try {
      this.metricsServer = shared ? api : bind(metricsAddress, "metrics");
    } catch (RuntimeException e) {
      api.stop(0);
      throw e;
    }
    route(api, "/lean/v0/health", this::health);
    route(api, "/lean/v0/checkpoints/justified", this::justified);
    route(api, "/lean/v0/fork_choice", this::forkChoice);
    route(
        api, "/lean/v0/states/finalized", ex -> ssz(ex, view.finalizedState(), "Finalized state"));
    route(
        api,
        "/lean/v0/blocks/finalized",
        ex -> ssz(ex, view.finalizedBlock(), "Finalized signed block"));
    route(api, "/lean/v0/admin/aggregator", this::aggregator);
    route(api, "/metrics", this::metrics);
    if (!shared) {
      route(metricsServer, "/metrics", this::metrics);
      route(metricsServer, "/health", this::health);
    }
    api.setExecutor(executor);
    if (!shared) {
      metricsServer.setExecutor(executor);
    }
  }

  private static HttpServer bind(InetSocketAddress address, String what) {
    try {
      return HttpServer.create(address, 64);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot bind the " + what + " server to " + address + ": " + e.getMessage(), e);
    }
  }

  public ApiServer start() {
    api.start();
    if (metricsServer != api) {
      metricsServer.start();
    }
    return this;
  }

  /** The bound API address (the real port when configured with 0). */
  public InetSocketAddress apiAddress() {
    return api.getAddress();
  }

  /** The bound metrics address; equal to the API address when they share a server. */
  public InetSocketAddress metricsAddress() {
    return metricsServer.getAddress();
  }

  @Override
  public void close() {
    api.stop(0);
    if (metricsServer != api) {
      metricsServer.stop(0);
    }
    executor.shutdownNow();
  }

  private void route(HttpServer server, String path, Route route) {
    server.createContext(
        path,
        exchange -> {
          try {
            String requested = exchange.getRequestURI().getPath();
            if (!requested.equals(path) && !requested.equals(path + "/")) {
              sendJson(exchange, 404, error("no route " + requested));
              return;
            }
            route.serve(exchange);
          } catch (IOException e) {
            LOG.log(
                System.Logger.Level.DEBUG,
                "API response to " + exchange.getRemoteAddress() + " failed: " + e);
          } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "API " + path + " failed", e);
            try {
              sendJson(exchange, 503, error("node state unavailable: " + e.getMessage()));
            } catch (IOException | RuntimeException ignored) {
              // the response had started already
            }
          } finally {
            exchange.close();
          }
        });
  }

  private boolean allow(HttpExchange exchange, String... methods) throws IOException {
    String method = exchange.getRequestMethod();
    for (String m : methods) {
      if (m.equals(method)) {
        return true;
      }
    }
    exchange.getResponseHeaders().set("Allow", String.join(", ", methods));
    sendJson(exchange, 405, error("method " + method + " not allowed"));
    return false;
  }

  private void health(HttpExchange exchange) throws IOException {
    if (allow(exchange, "GET")) {
      ObjectNode body =
          mapper.createObjectNode().put("status", "healthy").put("service", "lean-rpc-api");
      sendJson(exchange, 200, body);
    }
  }

  private void justified(HttpExchange exchange) throws IOException {
    if (allow(exchange, "GET")) {
      sendJson(exchange, 200, checkpoint(view.latestJustified()));
    }
  }

  private void forkChoice(HttpExchange exchange) throws IOException {
    if (!allow(exchange, "GET")) {
      return;
    }
    ForkChoiceSnapshot fc = view.forkChoice();
    OptionalInt validatorCount = view.validatorCount();
    ObjectNode body = mapper.createObjectNode();
    ArrayNode nodes = body.putArray("nodes");
    for (ForkChoiceNode n : fc.nodes()) {
      if (n.slot() < fc.latestFinalized().slot()) {
        continue; // like leanSpec: the tree from the finalized slot on
      }
      nodes
          .addObject()
          .put("root", n.root().toHex())
          .put("slot", n.slot())
          .put("parent_root", n.parentRoot().toHex())
          .put("proposer_index", n.proposerIndex())
          .put("weight", n.weight());
    }
    body.put("head", fc.head().root().toHex());
    body.set("justified", checkpoint(fc.latestJustified()));
    body.set("finalized", checkpoint(fc.latestFinalized()));
    body.put("safe_target", fc.safeTarget().toHex());
    if (validatorCount.isPresent()) {
      body.put("validator_count", validatorCount.getAsInt());
    } else {
      body.putNull("validator_count");
    }
    sendJson(exchange, 200, body);
  }

  private void aggregator(HttpExchange exchange) throws IOException {
    if (!allow(exchange, "GET", "POST")) {
      return;
    }
    if (aggregatorRole.isEmpty()) {
      sendJson(exchange, 503, error("aggregator role control not available"));
      return;
    }
    AggregatorRole role = aggregatorRole.get();
    if (exchange.getRequestMethod().equals("GET")) {
      sendJson(exchange, 200, mapper.createObjectNode().put("is_aggregator", role.isAggregator()));
      return;
    }
    JsonNode request;
    try {
      request = mapper.readTree(exchange.getRequestBody().readNBytes(64 * 1024));
    } catch (JsonProcessingException e) {
      sendJson(exchange, 400, error("Invalid JSON body"));
      return;
    }
    if (request == null || !request.isObject() || !request.has("enabled")) {
      sendJson(exchange, 400, error("Missing 'enabled' field in body"));
      return;
    }
    if (!request.get("enabled").isBoolean()) {
      sendJson(exchange, 400, error("'enabled' must be a boolean"));
      return;
    }
    boolean enabled = request.get("enabled").booleanValue();
    boolean previous = role.setAggregator(enabled);
    sendJson(
        exchange,
        200,
        mapper.createObjectNode().put("is_aggregator", enabled).put("previous", previous));
  }

  private void ssz(HttpExchange exchange, Optional<byte[]> bytes, String what) throws IOException {
    if (!allow(exchange, "GET")) {
      return;
    }
    if (bytes.isEmpty()) {
      sendJson(exchange, 404, error(what + " not available"));
      return;
    }
    send(exchange, 200, OCTET_STREAM, bytes.get());
  }

  private void metrics(HttpExchange exchange) throws IOException {
    if (!allow(exchange, "GET")) {
      return;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
    metrics.writeText(out);
    send(exchange, 200, metrics.textContentType(), out.toByteArray());
  }

  private ObjectNode checkpoint(Checkpoint checkpoint) {
    return mapper
        .createObjectNode()
        .put("slot", checkpoint.slot())
        .put("root", checkpoint.root().toHex());
  }

  private static Map<String, String> error(String message) {
    return Map.of("error", message);
  }

  private void sendJson(HttpExchange exchange, int status, Object body) throws IOException {
    send(exchange, status, JSON, mapper.writeValueAsBytes(body));
  }

  private static void send(HttpExchange exchange, int status, String contentType, byte[] body)
      throws IOException {
    exchange.getResponseHeaders().set("Content-Type", contentType);
    boolean head = exchange.getRequestMethod().equals("HEAD");
    exchange.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
    if (!head) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }
}
