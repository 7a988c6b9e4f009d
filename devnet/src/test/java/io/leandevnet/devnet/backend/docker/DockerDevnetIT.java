package io.leandevnet.devnet.backend.docker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.dockerjava.api.DockerClient;
import io.leandevnet.devnet.cli.CliRun;
import io.leandevnet.devnet.cli.LeanDevnet;
import io.leandevnet.devnet.metrics.GrafanaProvisioning;
import io.leandevnet.devnet.registry.DevnetRecord;
import io.leandevnet.devnet.testing.HttpGet;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Devnets of built-in nodes on the real Docker engine, through the commands a user runs: the images
 * are built here (no registry), the nodes finalize, Prometheus scrapes them, and nothing labeled is
 * left behind — also after a failed or killed {@code up}.
 */
class DockerDevnetIT {

  @TempDir static Path home;

  private static DockerEngine engine;
  private static DockerClient api;
  private static DockerCliHome cli;
  private static final List<String> DEVNETS = List.of("it-dk5", "it-dk2", "it-fail", "it-kill");

  @BeforeAll
  static void images() throws Exception {
    engine = TestEngine.withNodeImage();
    api = engine.api();
    cli = new DockerCliHome(home, api);
    TestEngine.prometheusImage(api, TestEngine.quiet());
    TestEngine.failingImage(api, TestEngine.quiet());
  }

  @AfterAll
  static void cleanUp() throws Exception {
    if (api != null) {
      TestEngine.cleanUp(api, DEVNETS);
      engine.close();
    }
  }

  private static String builtins(int count, int genesisDelay, String extra) {
    return """
        participants:
          - cl_type: builtin
            is_aggregator: true
          - cl_type: builtin
            count: %d
        lean_network_params:
          genesis_delay: %d
          active_epoch: 6
        %s"""
        .formatted(count - 1, genesisDelay, extra);
  }

  @Test
  void fiveNodesFinalizeWithPrometheusAndASecondDevnetBesideThem() throws Exception {
    Path args = cli.argsFile("it-dk5", builtins(5, 60, "additional_services: [prometheus]\n"));
    CliRun up =
        cli.run(
            TestEngine.up("it-dk5", args, "3m", "--prometheus-image", TestEngine.PROMETHEUS_IMAGE));
    assertThat(up.exit()).as(up.out() + up.err()).isZero();
    assertThat(up.out())
        .contains("network lean-devnet-it-dk5 (10.")
        .contains("ready lean-builtin-4 (HTTP 200 on api /lean/v0/health)")
        .contains("ready lean-prometheus (HTTP 200 on http /-/ready)")
        .containsPattern("lean-prometheus: http://127\\.0\\.0\\.1:\\d+/");
    DevnetRecord dk5 = cli.registry().find("it-dk5").orElseThrow();
    URI prometheus = dk5.services().get(0).url();

    CliRun verify =
        cli.run(
            "verify",
            "it-dk5",
            "--finalized",
            "2",
            "--heads-agree",
            "--timeout",
            "240s",
            "--interval",
            "2s");
    assertThat(verify.exit()).as(verify.out() + verify.err()).isZero();
    assertThat(cli.run("status", "it-dk5").out()).contains("5/5 nodes up");

    ObjectMapper json = new ObjectMapper();
    await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofSeconds(2))
        .untilAsserted(
            () -> {
              JsonNode targets =
                  json.readTree(HttpGet.body(prometheus.resolve("/api/v1/targets")))
                      .path("data")
                      .path("activeTargets");
              List<String> up5 = new ArrayList<>();
              for (JsonNode t : targets) {
                assertThat(t.path("health").asText())
                    .as(t.path("labels").toString() + " " + t.path("lastError"))
                    .isEqualTo("up");
                up5.add(t.path("labels").path("job").asText());
                if (!t.path("labels").path("job").asText().equals("prometheus")) {
                  assertThat(t.path("labels").path("client").asText()).isEqualTo("builtin");
                  assertThat(t.path("labels").path("devnet").asText()).isEqualTo("it-dk5");
                }
              }
              assertThat(up5)
                  .containsExactlyInAnyOrder(
                      "prometheus",
                      "builtin_0",
                      "builtin_1",
                      "builtin_2",
                      "builtin_3",
                      "builtin_4");
            });
    List<String> expressions = GrafanaProvisioning.expressions(GrafanaProvisioning.leanDashboard());
    assertThat(expressions).hasSizeGreaterThanOrEqualTo(10);
    await()
        .atMost(Duration.ofSeconds(90))
        .pollInterval(Duration.ofSeconds(3))
        .untilAsserted(
            () -> {
              for (String expr : expressions) {
                JsonNode r =
                    json.readTree(
                        HttpGet.body(
                            prometheus.resolve(
                                "/api/v1/query?query="
                                    + URLEncoder.encode(expr, StandardCharsets.UTF_8))));
                assertThat(r.path("status").asText()).as(expr).isEqualTo("success");
                assertThat(r.path("data").path("result").size()).as(expr).isPositive();
              }
            });

    Path args2 = cli.argsFile("it-dk2", builtins(2, 30, "  metrics_enabled: false\n"));
    CliRun up2 = cli.run(TestEngine.up("it-dk2", args2, "3m"));
    assertThat(up2.exit()).as(up2.out() + up2.err()).isZero();
    DevnetRecord dk2 = cli.registry().find("it-dk2").orElseThrow();
    assertThat(subnet(up2.out())).isNotEqualTo(subnet(up.out()));
    Set<Integer> ports = new TreeSet<>();
    for (DevnetRecord r : List.of(dk5, dk2)) {
      r.lean().forEach(l -> ports.addAll(List.of(l.api().getPort(), l.metrics().getPort())));
    }
    assertThat(ports).as("no host port is shared").hasSize(2 * (5 + 2));
    assertThat(cli.run("ls").out())
        .containsPattern("it-dk5\\s+docker\\s+5\\s+0\\s+running")
        .containsPattern("it-dk2\\s+docker\\s+2\\s+0\\s+running");

    StringWriter followed = new StringWriter();
    CommandLine logs = LeanDevnet.commandLine(cli.registry());
    logs.setOut(new PrintWriter(followed, true));
    logs.setErr(new PrintWriter(new StringWriter(), true));
    Thread follower =
        Thread.ofVirtual()
            .start(() -> logs.execute("logs", "it-dk5", "builtin_0", "-f", "--tail", "0"));
    await().atMost(Duration.ofSeconds(20)).until(() -> followed.toString().contains("slot"));
    follower.interrupt();
    follower.join(10_000);
    assertThat(follower.isAlive()).as("logs -f stops when interrupted").isFalse();

    for (String d : List.of("it-dk5", "it-dk2")) {
      assertThat(cli.assertDownLeavesNothing(d).out()).contains("removed network lean-devnet-" + d);
    }
  }

  @Test
  void aServiceThatNeverBecomesReadyIsNamedWithItsLogAndNothingIsLeft() throws Exception {
    Path args =
        cli.argsFile(
            "it-fail",
            """
            participants:
              - cl_type: builtin
                is_aggregator: true
              - cl_type: builtin
                cl_image: %s
            lean_network_params:
              genesis_delay: 30
              active_epoch: 6
              metrics_enabled: false
            """
                .formatted(TestEngine.FAILING_IMAGE));
    CliRun up = cli.run(TestEngine.up("it-fail", args, "90s"));
    assertThat(up.exit()).as(up.out() + up.err()).isEqualTo(1);
    assertThat(up.err())
        .contains("1 of 2 services of it-fail did not become ready")
        .contains(
            "lean-builtin-1 ("
                + TestEngine.FAILING_IMAGE
                + "): it exited before it was ready, exit code 1")
        .contains("| stand-in starting")
        .contains("| fatal: cannot open the genesis");
    assertThat(up.out()).contains("removing what it-fail started:");
    cli.assertNothingLeftOf("it-fail");
  }

  @Test
  void gcRemovesWhatAKilledUpLeft() throws Exception {
    Path args = cli.argsFile("it-kill", builtins(3, 60, "  metrics_enabled: false\n"));
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    List<String> command =
        new ArrayList<>(List.of(java.toString(), "-jar", TestEngine.jar().toString()));
    command.addAll(List.of(TestEngine.up("it-kill", args, "3m")));
    ProcessBuilder pb =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(home.resolve("it-kill.out").toFile());
    pb.environment().put("LEAN_DEVNET_HOME", home.toString());
    Process up = pb.start();
    try {
      await()
          .atMost(Duration.ofMinutes(3))
          .pollInterval(Duration.ofMillis(200))
          .until(
              () ->
                  TestEngine.labeled(api, "it-kill").stream()
                      .anyMatch(s -> s.startsWith("container")));
    } finally {
      up.destroyForcibly(); // SIGKILL while the containers start
      up.waitFor();
    }
    assertThat(TestEngine.labeled(api, "it-kill")).isNotEmpty();
    // The engine finishes the create requests the killed up had in flight (on vfs a create copies
    // the image): gc runs on what the engine settled on, as a user's gc a moment later would.
    AtomicReference<List<String>> seen = new AtomicReference<>(List.of());
    await()
        .atMost(Duration.ofMinutes(1))
        .pollInterval(Duration.ofMillis(250))
        .during(Duration.ofSeconds(5))
        .until(
            () -> {
              List<String> now = TestEngine.labeled(api, "it-kill");
              return now.equals(seen.getAndSet(now));
            });
    CliRun gc = cli.run("gc");
    assertThat(gc.exit()).as(gc.err()).isZero();
    assertThat(gc.out())
        .contains("devnet it-kill (no record, its up is gone):")
        .contains("removed network lean-devnet-it-kill")
        .contains("removed directory " + home.resolve("it-kill"));
    assertThat(TestEngine.labeled(api, "it-kill")).isEmpty();
    assertThat(home.resolve("it-kill")).doesNotExist();
    assertThat(cli.run("gc").out()).as("idempotent").contains("nothing to remove");
  }

  private static String subnet(String upOutput) {
    return upOutput
        .lines()
        .filter(l -> l.startsWith("network lean-devnet-"))
        .findFirst()
        .orElseThrow()
        .replaceAll(".*\\((.*)\\).*", "$1");
  }
}
