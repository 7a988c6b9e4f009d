package io.leandevnet.devnet.observe;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.leandevnet.devnet.cli.StatusTable;
import io.leandevnet.devnet.testing.FakeLeanNode;
import io.leandevnet.devnet.testing.LoopbackJsonRpc;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The observer against small HTTP servers on loopback that answer as Lean clients do. */
class ObserverTest {

  private static final String FORK_CHOICE =
      """
      {"nodes":[
        {"root":"0xaa","slot":0,"parent_root":"0x00","proposer_index":0,"weight":0},
        {"root":"0xbb","slot":1,"parent_root":"0xaa","proposer_index":1,"weight":3},
        {"root":"0xcc","slot":2,"parent_root":"0xbb","proposer_index":2,"weight":4}],
       "head":"0xcc","justified":{"slot":1,"root":"0xbb"},"finalized":{"slot":0,"root":"0xaa"},
       "safe_target":"0xbb","validator_count":4}
      """;
  private static final String METRICS =
      """
      # TYPE lean_head_slot gauge
      lean_head_slot 2
      lean_latest_justified_slot 1
      lean_latest_finalized_slot 0
      lean_connected_peers{client="builtin_1"} 1
      lean_connected_peers{client="builtin_2"} 1
      lean_is_aggregator 1
      lean_current_slot 3
      """;

  private final List<HttpServer> servers = new ArrayList<>();

  @AfterEach
  void stop() {
    servers.forEach(s -> s.stop(0));
  }

  private URI serve(Map<String, String> routes, long delayMs) throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
    routes.forEach(
        (path, body) ->
            server.createContext(
                path,
                ex -> {
                  try {
                    Thread.sleep(delayMs);
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                  }
                  byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
                  ex.sendResponseHeaders(200, bytes.length);
                  ex.getResponseBody().write(bytes);
                  ex.close();
                }));
    server.start();
    servers.add(server);
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  @Test
  void readsAFullClientAndPrefersForkChoiceFigures() throws IOException {
    URI base =
        serve(
            Map.of(
                "/lean/v0/health", "{\"status\":\"healthy\",\"service\":\"lean-rpc-api\"}",
                "/lean/v0/fork_choice", FORK_CHOICE,
                "/metrics", METRICS),
            0);
    try (Observer o = new Observer(Duration.ofSeconds(2))) {
      LeanSnapshot s = o.pollLean(new LeanTarget("builtin_0", "builtin", base, base));
      assertThat(s.health()).isEqualTo(Health.UP);
      assertThat(s.headSlot()).isEqualTo(2);
      assertThat(s.headRoot()).isEqualTo("0xcc");
      assertThat(s.justifiedSlot()).isEqualTo(1);
      assertThat(s.finalizedSlot()).isEqualTo(0);
      assertThat(s.safeTargetSlot()).isEqualTo(1);
      assertThat(s.peers()).isEqualTo(2);
      assertThat(s.aggregator()).isTrue();
      assertThat(s.currentSlot()).isEqualTo(3);
      assertThat(s.validatorCount()).isEqualTo(4);
      assertThat(s.tree()).hasSize(3);
      assertThat(s.lastError()).isNull();
    }
  }

  @Test
  void metricsOnlyClientIsShownWithWhatItReports() throws IOException {
    URI base = serve(Map.of("/metrics", "lean_head_slot 9\n"), 0);
    try (Observer o = new Observer(Duration.ofSeconds(2))) {
      LeanSnapshot s =
          o.pollLean(new LeanTarget("lean_lighthouse_0", "lean_lighthouse", null, base));
      assertThat(s.health()).isEqualTo(Health.METRICS_ONLY);
      assertThat(s.headSlot()).isEqualTo(9);
      assertThat(s.justifiedSlot()).isNull();
      assertThat(s.aggregator()).isNull();
    }
  }

  @Test
  void garbageDownAndSlowNodesNeverThrowAndDoNotStallOthers() throws IOException {
    URI good =
        serve(
            Map.of(
                "/lean/v0/health", "{}", "/lean/v0/fork_choice", FORK_CHOICE, "/metrics", METRICS),
            0);
    URI garbage =
        serve(
            Map.of(
                "/lean/v0/health",
                "{}",
                "/lean/v0/fork_choice",
                "<html>nope",
                "/metrics",
                "\u0000\u0001garbage{{{"),
            0);
    URI slow =
        serve(
            Map.of(
                "/lean/v0/health", "{}", "/lean/v0/fork_choice", FORK_CHOICE, "/metrics", METRICS),
            5_000);
    URI down = FakeLeanNode.closedPort();
    try (Observer o = new Observer(Duration.ofMillis(700))) {
      long start = System.nanoTime();
      DevnetStatus st =
          o.poll(
              List.of(
                  new LeanTarget("good", "builtin", good, good),
                  new LeanTarget("garbage", "builtin", garbage, garbage),
                  new LeanTarget("slow", "builtin", slow, slow),
                  new LeanTarget("down", "builtin", down, down)),
              List.of());
      long millis = (System.nanoTime() - start) / 1_000_000;
      assertThat(millis).as("all polls run at once, bounded by one timeout").isLessThan(4_000);
      assertThat(st.node("good").headSlot()).isEqualTo(2);
      assertThat(st.node("garbage").health()).isEqualTo(Health.UP);
      assertThat(st.node("garbage").lastError()).startsWith("fork_choice: not JSON");
      assertThat(st.node("garbage").headSlot()).isNull();
      assertThat(st.node("slow").health()).isEqualTo(Health.DOWN);
      assertThat(st.node("slow").lastError()).contains("timed out");
      assertThat(st.node("down").health()).isEqualTo(Health.DOWN);
      assertThat(st.node("down").lastError()).contains("connection refused");
      assertThat(st.downNodes()).containsExactly("slow", "down");
      assertThat(st.headsAgree()).isFalse();
    }
  }

  @Test
  void readsExecutionTips() throws IOException {
    try (LoopbackJsonRpc server =
            LoopbackJsonRpc.start(
                req ->
                    req.contains("eth_getBlockByNumber")
                        ? LoopbackJsonRpc.result("{\"number\":\"0x1a\",\"hash\":\"0xdeadbeef\"}")
                        : "{}");
        Observer o = new Observer(Duration.ofSeconds(2))) {
      URI rpc = server.uri();
      DevnetStatus st =
          o.poll(
              List.of(),
              List.of(
                  new ElTarget("el-1-ethrex-ethlambda", rpc, "ethlambda_0"),
                  new ElTarget("el-2-ethrex-ethlambda", rpc, "ethlambda_1")));
      assertThat(st.el())
          .allSatisfy(
              e -> {
                assertThat(e.blockNumber()).isEqualTo(26);
                assertThat(e.blockHash()).isEqualTo("0xdeadbeef");
              });
      assertThat(st.el())
          .extracting(ElSnapshot::pairedLean)
          .containsExactly("ethlambda_0", "ethlambda_1");
      assertThat(StatusTable.render(st, null))
          .containsPattern("el-1-ethrex-ethlambda +ethlambda_0 +26 +0xdeadbeef");
      assertThat(st.elTipsAgree()).isTrue();
      assertThat(new Condition.ElTipsAgree().check(st, st).holds()).isTrue();
    }
  }
}
