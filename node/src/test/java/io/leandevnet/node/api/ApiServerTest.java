package io.leandevnet.node.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.leandevnet.node.clock.SlotClock;
import io.leandevnet.node.metrics.ExpositionParser;
import io.leandevnet.node.metrics.LeanMetrics;
import io.leandevnet.node.view.FailingNodeView;
import io.leandevnet.node.view.FixedNodeView;
import io.leandevnet.node.view.NodeView;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ApiServerTest {

  private static final InetSocketAddress ANY_PORT =
      new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final ObjectMapper json = new ObjectMapper();
  private final List<ApiServer> servers = new ArrayList<>();
  private final AtomicBoolean aggregator = new AtomicBoolean(true);

  @AfterEach
  void stop() {
    servers.forEach(ApiServer::close);
  }

  private ApiServer start(
      InetSocketAddress api, InetSocketAddress metricsAddress, FixedNodeView view) {
    LeanMetrics metrics =
        new LeanMetrics("builtin_0", "test", Instant.now(), view, SlotClock.system(0));
    AggregatorRole role =
        new AggregatorRole() {
          @Override
          public boolean isAggregator() {
            return aggregator.get();
          }

          @Override
          public boolean setAggregator(boolean enabled) {
            return aggregator.getAndSet(enabled);
          }
        };
    ApiServer server = new ApiServer(api, metricsAddress, view, metrics, Optional.of(role)).start();
    servers.add(server);
    return server;
  }

  private HttpResponse<byte[]> get(InetSocketAddress address, String path)
      throws IOException, InterruptedException {
    return send(address, path, HttpRequest.newBuilder().GET());
  }

  private HttpResponse<byte[]> send(
      InetSocketAddress address, String path, HttpRequest.Builder request)
      throws IOException, InterruptedException {
    URI uri = URI.create("http://127.0.0.1:" + address.getPort() + path);
    return http.send(
        request.uri(uri).timeout(Duration.ofSeconds(10)).build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  private JsonNode getJson(InetSocketAddress address, String path)
      throws IOException, InterruptedException {
    HttpResponse<byte[]> response = get(address, path);
    assertThat(response.statusCode()).as(path).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).as(path).contains("application/json");
    return json.readTree(response.body());
  }

  private static String root(int b) {
    return FixedNodeView.root(b).toHex();
  }

  @Test
  void healthAndJustifiedCheckpoint() throws Exception {
    ApiServer server = start(ANY_PORT, ANY_PORT, FixedNodeView.sample());
    assertThat(server.apiAddress().getPort()).isPositive();
    assertThat(server.metricsAddress()).isEqualTo(server.apiAddress());

    JsonNode health = getJson(server.apiAddress(), "/lean/v0/health");
    assertThat(health)
        .isEqualTo(json.readTree("{\"status\":\"healthy\",\"service\":\"lean-rpc-api\"}"));

    JsonNode justified = getJson(server.apiAddress(), "/lean/v0/checkpoints/justified");
    assertThat(justified.get("slot").isIntegralNumber()).isTrue();
    assertThat(justified.get("slot").asLong()).isEqualTo(2);
    assertThat(justified.get("root").asText()).isEqualTo(root(2)).matches("0x[0-9a-f]{64}");
    assertThat(justified.size()).isEqualTo(2);
  }

  @Test
  void forkChoiceHasLeanSpecsShape() throws Exception {
    ApiServer server = start(ANY_PORT, ANY_PORT, FixedNodeView.sample());
    JsonNode fc = getJson(server.apiAddress(), "/lean/v0/fork_choice");
    List<String> fields = new ArrayList<>();
    fc.fieldNames().forEachRemaining(fields::add);
    assertThat(fields)
        .containsExactly(
            "nodes", "head", "justified", "finalized", "safe_target", "validator_count");
    assertThat(fc.get("head").asText()).isEqualTo(root(4));
    assertThat(fc.get("safe_target").asText()).isEqualTo(root(3));
    assertThat(fc.get("justified"))
        .isEqualTo(json.readTree("{\"slot\":2,\"root\":\"" + root(2) + "\"}"));
    assertThat(fc.get("finalized"))
        .isEqualTo(json.readTree("{\"slot\":1,\"root\":\"" + root(1) + "\"}"));
    assertThat(fc.get("validator_count").asInt()).isEqualTo(4);
    JsonNode nodes = fc.get("nodes");
    assertThat(nodes)
        .hasSize(4); // the genesis block lies before the finalized slot and is left out
    JsonNode first = nodes.get(0);
    List<String> nodeFields = new ArrayList<>();
    first.fieldNames().forEachRemaining(nodeFields::add);
    assertThat(nodeFields)
        .containsExactly("root", "slot", "parent_root", "proposer_index", "weight");
    assertThat(first.get("root").asText()).isEqualTo(root(1));
    assertThat(first.get("parent_root").asText()).isEqualTo(root(9));
    assertThat(first.get("slot").asLong()).isEqualTo(1);
    assertThat(first.get("proposer_index").asLong()).isEqualTo(1);
    assertThat(first.get("weight").asLong()).isEqualTo(4);
  }

  @Test
  void anUnavailableHeadStateShowsValidatorCountAsNull() throws Exception {
    FixedNodeView sample = FixedNodeView.sample();
    FixedNodeView noHeadState =
        new FixedNodeView(
            sample.forkChoice(),
            sample.safeTarget(),
            OptionalInt.empty(),
            sample.finalizedState(),
            sample.finalizedBlock());
    ApiServer server = start(ANY_PORT, ANY_PORT, noHeadState);
    JsonNode fc = getJson(server.apiAddress(), "/lean/v0/fork_choice");
    assertThat(fc.has("validator_count")).isTrue();
    assertThat(fc.get("validator_count").isNull()).isTrue();
  }

  @Test
  void finalizedStateIsSszAndAMissingBlockIs404() throws Exception {
    ApiServer server = start(ANY_PORT, ANY_PORT, FixedNodeView.sample());
    HttpResponse<byte[]> state = get(server.apiAddress(), "/lean/v0/states/finalized");
    assertThat(state.statusCode()).isEqualTo(200);
    assertThat(state.headers().firstValue("Content-Type")).contains("application/octet-stream");
    assertThat(state.body()).containsExactly(1, 2, 3, 4);

    HttpResponse<byte[]> block = get(server.apiAddress(), "/lean/v0/blocks/finalized");
    assertThat(block.statusCode()).isEqualTo(404);
    assertThat(json.readTree(block.body()).get("error").asText()).contains("not available");
  }

  @Test
  void unknownPathsAndWrongMethodsAreRefused() throws Exception {
    ApiServer server = start(ANY_PORT, ANY_PORT, FixedNodeView.sample());
    assertThat(get(server.apiAddress(), "/lean/v0/health/extra").statusCode()).isEqualTo(404);
    assertThat(get(server.apiAddress(), "/nothing").statusCode()).isEqualTo(404);
    HttpResponse<byte[]> post =
        send(
            server.apiAddress(),
            "/lean/v0/health",
            HttpRequest.newBuilder().POST(HttpRequest.BodyPublishers.ofString("{}")));
    assertThat(post.statusCode()).isEqualTo(405);
    assertThat(post.headers().firstValue("Allow")).contains("GET");
  }

  @Test
  void aggregatorRoleCanBeReadAndSwitched() throws Exception {
    ApiServer server = start(ANY_PORT, ANY_PORT, FixedNodeView.sample());
    assertThat(getJson(server.apiAddress(), "/lean/v0/admin/aggregator"))
        .isEqualTo(json.readTree("{\"is_aggregator\":true}"));
    HttpResponse<byte[]> off =
        send(
            server.apiAddress(),
            "/lean/v0/admin/aggregator",
            HttpRequest.newBuilder()
                .POST(HttpRequest.BodyPublishers.ofString("{\"enabled\":false}")));
    assertThat(json.readTree(off.body()))
        .isEqualTo(json.readTree("{\"is_aggregator\":false,\"previous\":true}"));
    assertThat(aggregator.get()).isFalse();
    HttpResponse<byte[]> bad =
        send(
            server.apiAddress(),
            "/lean/v0/admin/aggregator",
            HttpRequest.newBuilder().POST(HttpRequest.BodyPublishers.ofString("{\"enabled\":1}")));
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(json.readTree(bad.body()).get("error").asText())
        .isEqualTo("'enabled' must be a boolean");
  }

  @Test
  void metricsParseAsPrometheusTextOnTheApiPortAndOnASeparateMetricsPort() throws Exception {
    int metricsPort;
    try (var probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      metricsPort = probe.getLocalPort();
    }
    ApiServer server =
        start(
            ANY_PORT,
            new InetSocketAddress(InetAddress.getLoopbackAddress(), metricsPort),
            FixedNodeView.sample());
    assertThat(server.metricsAddress().getPort())
        .isEqualTo(metricsPort)
        .isNotEqualTo(server.apiAddress().getPort());
    assertThat(get(server.metricsAddress(), "/health").statusCode()).isEqualTo(200);
    assertThat(get(server.metricsAddress(), "/lean/v0/fork_choice").statusCode()).isEqualTo(404);
    for (InetSocketAddress address : List.of(server.apiAddress(), server.metricsAddress())) {
      HttpResponse<byte[]> response = get(address, "/metrics");
      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.headers().firstValue("Content-Type").orElseThrow())
          .startsWith("text/plain; version=0.0.4");
      Map<String, ExpositionParser.Family> families =
          ExpositionParser.parse(new String(response.body()));
      assertThat(families.get("lean_head_slot").value("lean_head_slot", Map.of())).isEqualTo(4);
      assertThat(families)
          .containsKeys(
              "lean_node_info",
              "lean_finalizations_total",
              "lean_attestations_valid_total",
              "lean_connected_peers");
    }
  }

  @Test
  void aStoreThatCannotBeReadGives503NotAStackTrace() throws Exception {
    FixedNodeView sample = FixedNodeView.sample();
    NodeView failing =
        new FailingNodeView(
            sample, Set.of("latestJustified", "forkChoice"), "store not initialised");
    LeanMetrics metrics =
        new LeanMetrics("builtin_0", "test", Instant.now(), failing, SlotClock.system(0));
    ApiServer server =
        new ApiServer(ANY_PORT, ANY_PORT, failing, metrics, Optional.empty()).start();
    servers.add(server);
    for (String path : List.of("/lean/v0/checkpoints/justified", "/lean/v0/fork_choice")) {
      HttpResponse<byte[]> response = get(server.apiAddress(), path);
      assertThat(response.statusCode()).as(path).isEqualTo(503);
      assertThat(json.readTree(response.body()).get("error").asText())
          .contains("store not initialised");
    }
    assertThat(get(server.apiAddress(), "/lean/v0/admin/aggregator").statusCode()).isEqualTo(503);
    HttpResponse<byte[]> scrape = get(server.apiAddress(), "/metrics");
    assertThat(scrape.statusCode()).isEqualTo(200);
    assertThat(
            ExpositionParser.parse(new String(scrape.body()))
                .get("lean_head_slot")
                .value("lean_head_slot", Map.of()))
        .isEqualTo(4);
  }

  @Test
  void aPortInUseIsReportedWithTheAddress() {
    ApiServer first = start(ANY_PORT, ANY_PORT, FixedNodeView.sample());
    InetSocketAddress taken = first.apiAddress();
    assertThatThrownBy(() -> start(taken, taken, FixedNodeView.sample()))
        .hasMessageContaining("cannot bind the API server to " + taken);
  }
}
