package io.leandevnet.devnet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.leandevnet.devnet.registry.DevnetRecord;
import io.leandevnet.devnet.registry.DevnetRegistry;
import io.leandevnet.devnet.testing.FakeLeanNode;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ls, status, verify, inspect and logs over a recorded devnet of fake loopback nodes. */
class ObserveCommandsTest {

  @TempDir Path home;

  private final List<FakeLeanNode> nodes = new ArrayList<>();

  @AfterEach
  void stop() {
    nodes.forEach(FakeLeanNode::close);
  }

  private CliRun run(String... args) {
    return CliRun.of(LeanDevnet.commandLine(new DevnetRegistry(home)), args);
  }

  /**
   * Records devnet "demo": two moving nodes, plus a third that is down when {@code withDownNode}.
   */
  private void record(boolean withDownNode) throws IOException {
    record(withDownNode, List.of());
  }

  private void record(boolean withDownNode, List<DevnetRecord.ServiceEndpoint> helpers)
      throws IOException {
    long start = System.nanoTime();
    List<DevnetRecord.LeanEndpoint> lean = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      FakeLeanNode n = FakeLeanNode.start(start, 300, 5);
      nodes.add(n);
      Path log = home.resolve("builtin_" + i + ".log");
      Files.writeString(log, "line one of builtin_" + i + "\nline two of builtin_" + i + "\n");
      lean.add(
          new DevnetRecord.LeanEndpoint(
              "builtin_" + i,
              "builtin",
              "lean-builtin-" + i,
              null,
              "127.0.0.1",
              n.url(),
              n.url(),
              log));
    }
    if (withDownNode) {
      URI down = FakeLeanNode.closedPort();
      lean.add(
          new DevnetRecord.LeanEndpoint(
              "builtin_2", "builtin", "lean-builtin-2", null, "127.0.0.1", down, down, null));
    }
    new DevnetRegistry(home)
        .save(
            new DevnetRecord(
                "demo",
                "embedded",
                Instant.parse("2026-11-24T10:00:00Z"),
                "examples/quickstart.yaml",
                home.resolve("demo/genesis"),
                1_700_000_000L,
                null,
                null,
                lean,
                List.of(),
                helpers,
                null));
  }

  @Test
  void lsListsRecordedDevnets() throws IOException {
    assertThat(run("ls").out()).contains("no devnets in");
    record(false);
    CliRun r = run("ls");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("NAME").containsPattern("demo\\s+embedded\\s+2\\s+0\\s+running");
  }

  @Test
  void statusShowsEveryNodeAndTheSummary() throws IOException {
    record(true);
    CliRun r = run("status", "demo");
    assertThat(r.exit()).isZero();
    assertThat(r.out())
        .contains("builtin_0")
        .contains("builtin_1")
        .containsPattern("builtin_2\\s+builtin\\s+\\?\\s+\\?");
    assertThat(r.out()).contains("2/3 nodes up · heads differ");
    CliRun json = run("status", "demo", "--json");
    assertThat(json.out()).contains("\"node\" : \"builtin_0\"").contains("\"health\" : \"DOWN\"");
  }

  @Test
  void statusSaysWhetherPrometheusAndGrafanaAnswer() throws Exception {
    HttpServer prometheus = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    prometheus.createContext(
        "/",
        ex -> {
          ex.getResponseHeaders().add("Location", "/query");
          ex.sendResponseHeaders(302, -1);
          ex.close();
        });
    prometheus.start();
    try {
      URI up = URI.create("http://127.0.0.1:" + prometheus.getAddress().getPort());
      URI down = FakeLeanNode.closedPort();
      record(
          false,
          List.of(
              new DevnetRecord.ServiceEndpoint("lean-prometheus", "prom/prometheus", up, null),
              new DevnetRecord.ServiceEndpoint("lean-grafana", "grafana/grafana", down, null)));
      CliRun r = run("status", "demo");
      assertThat(r.exit()).isZero();
      assertThat(r.out())
          .contains("lean-prometheus: answering at " + up + "/")
          .contains("lean-grafana: not answering at " + down + "/");
    } finally {
      prometheus.stop(0);
    }
  }

  @Test
  void verifySucceedsWhenConditionsHold() throws IOException {
    record(false);
    CliRun r =
        run(
            "verify",
            "demo",
            "--finalized",
            "4",
            "--heads-agree",
            "--advancing",
            "--timeout",
            "20s",
            "--interval",
            "300ms");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("ok  finalized >= 4")
        .contains("ok  heads agree")
        .contains("ok  head, justified and finalized advancing");
  }

  @Test
  void verifyFailsNamingTheDownNode() throws IOException {
    record(true);
    CliRun r = run("verify", "demo", "--heads-agree", "--timeout", "2s", "--interval", "500ms");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err())
        .contains("verify failed after 2 s")
        .contains("heads agree:")
        .contains("builtin_2 is down")
        .contains("NODE");
  }

  @Test
  void verifyRefusesANegativeSlot() throws IOException {
    record(false);
    CliRun r = run("verify", "demo", "--finalized", "-3");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("--finalized: a slot is 0 or more");
  }

  @Test
  void inspectListsServicesAndUrls() throws IOException {
    record(false);
    CliRun r = run("inspect", "demo");
    assertThat(r.exit()).isZero();
    assertThat(r.out())
        .contains("backend:      embedded")
        .contains("lean-builtin-0")
        .contains("(in-process)")
        .contains(nodes.get(0).url().toString())
        .contains("/metrics");
  }

  @Test
  void logsPrintsTheNodesLogByNodeOrServiceName() throws IOException {
    record(false);
    assertThat(run("logs", "demo", "builtin_1").out())
        .isEqualTo("line one of builtin_1\nline two of builtin_1\n");
    assertThat(run("logs", "demo", "lean-builtin-0", "--tail", "1").out())
        .isEqualTo("line two of builtin_0\n");
    CliRun unknown = run("logs", "demo", "zeam_0");
    assertThat(unknown.exit()).isEqualTo(2);
    assertThat(unknown.err()).contains("has no service 'zeam_0' (known: builtin_0, builtin_1)");
  }

  @Test
  void unknownDevnetListsTheKnownOnes() throws IOException {
    assertThat(run("status", "nope").err())
        .contains("no devnet named 'nope'")
        .contains("there are none");
    record(false);
    CliRun r = run("status", "nope");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).contains("(known: demo)").doesNotContain("Exception");
    CliRun bad = run("status", "Bad_Name");
    assertThat(bad.exit()).isEqualTo(2);
    assertThat(bad.err()).contains("lower-case letters, digits and dashes");
  }
}
