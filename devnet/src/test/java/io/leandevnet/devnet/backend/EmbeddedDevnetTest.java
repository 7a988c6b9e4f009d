package io.leandevnet.devnet.backend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.leandevnet.crypto.xmss.XmssSchemeKind;
import io.leandevnet.devnet.cli.CliRun;
import io.leandevnet.devnet.cli.LeanDevnet;
import io.leandevnet.devnet.config.ArgsFile;
import io.leandevnet.devnet.dashboard.Browser;
import io.leandevnet.devnet.genesis.KeyCache;
import io.leandevnet.devnet.launch.Launch;
import io.leandevnet.devnet.observe.PrometheusText;
import io.leandevnet.devnet.plan.DevnetPlan;
import io.leandevnet.devnet.registry.DevnetRecord;
import io.leandevnet.devnet.registry.DevnetRegistry;
import io.leandevnet.devnet.testing.FreePorts;
import io.leandevnet.devnet.testing.HttpGet;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * A real embedded devnet: four built-in nodes with real XMSS (small) keys over real sockets on
 * 127.0.0.1, driven through the commands a user runs, and its dashboard in headless Chromium.
 */
class EmbeddedDevnetTest {

  @TempDir Path home;

  private CliRun run(String... args) {
    return CliRun.of(LeanDevnet.commandLine(new DevnetRegistry(home)), args);
  }

  static Path argsFile(Path dir, int portStart) throws Exception {
    Path args = dir.resolve("e2e.yaml");
    Files.writeString(
        args,
        """
        participants:
          - cl_type: builtin
            is_aggregator: true
          - cl_type: builtin
            count: 3
        lean_network_params:
          genesis_delay: 3
          active_epoch: 4
          public_port_start: %d
        """
            .formatted(portStart));
    return args;
  }

  @Test
  void fourNodesFinalizeAndEveryCommandSeesIt() throws Exception {
    // 4 nodes, Prometheus and Grafana in the plan: 6 blocks of 10
    Path args = argsFile(home, FreePorts.block(60));
    DevnetPlan plan = DevnetPlan.of(((ArgsFile.Valid) ArgsFile.read(args)).spec());
    DevnetRegistry registry = new DevnetRegistry(home);
    ByteArrayOutputStream progress = new ByteArrayOutputStream();
    try (Launch.Started devnet =
        Launch.start(
            new Launch.Request(
                "e2e",
                plan,
                new EmbeddedBackend(),
                registry,
                args.toString(),
                new KeyCache(home.resolve("keys-cache"), XmssSchemeKind.SMALL, line -> {}),
                false,
                0,
                new PrintStream(progress, true, StandardCharsets.UTF_8)))) {
      assertThat(progress.toString(StandardCharsets.UTF_8))
          .contains("started builtin_0")
          .contains("started builtin_3");

      CliRun verify =
          run(
              "verify",
              "e2e",
              "--finalized",
              "2",
              "--heads-agree",
              "--justified-within",
              "2",
              "--timeout",
              "90s",
              "--interval",
              "1s");
      assertThat(verify.exit()).as(verify.out() + verify.err()).isZero();
      assertThat(verify.out())
          .contains("ok  finalized >= 2")
          .contains("ok  heads agree")
          .contains("ok  justified >= head - 2");

      CliRun status = run("status", "e2e");
      assertThat(status.exit()).isZero();
      assertThat(status.out())
          .contains("builtin_0")
          .contains("builtin_3")
          .contains("4/4 nodes up")
          .containsPattern(
              "builtin_0\\s+builtin\\s+\\d+\\s+\\d+\\s+\\d+\\s+\\d+\\s+3\\s+yes\\s+up");

      CliRun inspect = run("inspect", "e2e");
      assertThat(inspect.out())
          .contains("lean-builtin-0")
          .contains("http://127.0.0.1:")
          .contains("state:        running");

      CliRun logs = run("logs", "e2e", "builtin_0");
      assertThat(logs.exit()).isZero();
      assertThat(logs.out()).contains("builtin_0");

      DevnetRecord.LeanEndpoint first = devnet.record().lean().get(0);
      String metrics = HttpGet.body(first.metrics().resolve("/metrics"));
      PrometheusText text = PrometheusText.parse(metrics);
      assertThat(text.unreadableLines()).isZero();
      for (String name :
          new String[] {
            "lean_head_slot",
            "lean_latest_justified_slot",
            "lean_latest_finalized_slot",
            "lean_connected_peers",
            "lean_validators_count",
            "lean_is_aggregator",
            "lean_finalizations_total"
          }) {
        assertThat(text.has(name)).as(name).isTrue();
      }
      assertThat(text.first("lean_latest_finalized_slot").orElseThrow()).isGreaterThanOrEqualTo(2);

      if (Browser.available() || "true".equals(System.getenv("CI"))) {
        dashboardShowsEveryNodeAdvancing(devnet); // under CI a missing browser fails here
      }

      // A node goes away: status shows it down and verify --heads-agree fails naming it.
      devnet.deployment().stopNode("builtin_3");
      CliRun down = run("status", "e2e");
      assertThat(down.out())
          .containsPattern("builtin_3\\s+builtin\\s+\\?\\s+\\?\\s+\\?")
          .contains("down")
          .contains("3/4 nodes up");
      CliRun failing = run("verify", "e2e", "--heads-agree", "--timeout", "3s", "--interval", "1s");
      assertThat(failing.exit()).isEqualTo(1);
      assertThat(failing.err()).contains("heads agree:").contains("builtin_3 is down");
    }
  }

  private static void dashboardShowsEveryNodeAdvancing(Launch.Started devnet) throws Exception {
    ChromeDriver driver = Browser.start();
    try {
      driver.get(devnet.dashboard().url().toString());
      Map<String, Long> first = new HashMap<>();
      await()
          .atMost(Duration.ofSeconds(20))
          .untilAsserted(
              () -> {
                for (DevnetRecord.LeanEndpoint n : devnet.record().lean()) {
                  long head = Browser.tableCell(driver, n.node(), "head");
                  assertThat(head).as(n.node()).isGreaterThanOrEqualTo(0);
                  first.put(n.node(), head);
                }
              });
      await()
          .atMost(Duration.ofSeconds(30))
          .untilAsserted(
              () -> {
                for (DevnetRecord.LeanEndpoint n : devnet.record().lean()) {
                  assertThat(Browser.tableCell(driver, n.node(), "head"))
                      .as(n.node() + " head")
                      .isGreaterThan(first.get(n.node()));
                  assertThat(Browser.tableCell(driver, n.node(), "finalized"))
                      .as(n.node() + " finalized")
                      .isGreaterThanOrEqualTo(2);
                }
              });
      assertThat(driver.findElement(By.id("health")).getAttribute("data-healthy"))
          .isEqualTo("true");
      Browser.screenshot(driver, "dashboard.png");
    } finally {
      driver.quit();
    }
  }
}
