package io.leandevnet.devnet.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpServer;
import io.leandevnet.devnet.observe.LeanTarget;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The dashboard page in a real headless Chromium, against small loopback servers that answer as
 * Lean nodes whose chain moves one slot every 400 ms.
 */
class DashboardBrowserTest {

  private final List<HttpServer> servers = new ArrayList<>();

  @AfterEach
  void stop() {
    servers.forEach(s -> s.stop(0));
  }

  private URI movingNode(long startNanos, int peers) throws IOException {
    HttpServer s = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    s.createContext("/", ex -> {
      long slot = 3 + (System.nanoTime() - startNanos) / 400_000_000L;
      String body = switch (ex.getRequestURI().getPath()) {
        case "/lean/v0/health" -> "{\"status\":\"healthy\",\"service\":\"lean-rpc-api\"}";
        case "/lean/v0/fork_choice" -> forkChoice(slot);
        case "/metrics" -> "lean_head_slot " + slot + "\nlean_connected_peers " + peers + "\nlean_is_aggregator 0\n";
        default -> null;
      };
      if (body == null) {
        ex.sendResponseHeaders(404, -1);
      } else {
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        ex.sendResponseHeaders(200, b.length);
        ex.getResponseBody().write(b);
      }
      ex.close();
    });
    s.start();
    servers.add(s);
    return URI.create("http://127.0.0.1:" + s.getAddress().getPort());
  }

  private static String forkChoice(long head) {
    StringBuilder nodes = new StringBuilder();
    for (long i = Math.max(0, head - 6); i <= head; i++) {
      if (nodes.length() > 0) {
        nodes.append(',');
      }
      nodes.append("{\"root\":\"").append(root(i)).append("\",\"slot\":").append(i).append(",\"parent_root\":\"")
          .append(root(i - 1)).append("\",\"proposer_index\":").append(i % 3).append(",\"weight\":3}");
    }
    return "{\"nodes\":[" + nodes + "],\"head\":\"" + root(head) + "\",\"justified\":{\"slot\":" + (head - 1)
        + ",\"root\":\"" + root(head - 1) + "\"},\"finalized\":{\"slot\":" + (head - 2) + ",\"root\":\"" + root(head - 2)
        + "\"},\"safe_target\":\"" + root(head - 1) + "\",\"validator_count\":3}";
  }

  private static String root(long slot) {
    return String.format("0x%064x", Math.max(slot, 0) + 1000);
  }

  private static long cellValue(ChromeDriver driver, String node, String column) {
    String text = driver.findElement(By.cssSelector("tr[data-node='" + node + "'] td.c-" + column)).getText();
    return text.matches("\\d+") ? Long.parseLong(text) : -1;
  }

  @Test
  void pageShowsEveryNodeAdvancingAndAGreenSummary() throws Exception {
    long start = System.nanoTime();
    List<LeanTarget> targets = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      URI u = movingNode(start, 2);
      targets.add(new LeanTarget("builtin_" + i, "builtin", u, u));
    }
    try (DashboardServer dash = DashboardServer.start("browser-test", targets, List.of(), "127.0.0.1", 0, Duration.ofMillis(500))) {
      ChromeDriver driver = Browser.start();
      try {
        driver.get(dash.url().toString());
        await().atMost(Duration.ofSeconds(20)).until(() -> driver.findElements(By.cssSelector("#nodes tbody tr")).size() == 3);
        Map<String, Long> first = new java.util.HashMap<>();
        for (LeanTarget t : targets) {
          first.put(t.node(), cellValue(driver, t.node(), "head"));
        }
        assertThat(first.values()).allSatisfy(v -> assertThat(v).isGreaterThanOrEqualTo(3));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
          for (LeanTarget t : targets) {
            assertThat(cellValue(driver, t.node(), "head")).as(t.node() + " head").isGreaterThan(first.get(t.node()) + 2);
            assertThat(cellValue(driver, t.node(), "finalized")).as(t.node() + " finalized").isGreaterThan(first.get(t.node()));
          }
        });
        assertThat(driver.findElement(By.id("health")).getAttribute("data-healthy")).isEqualTo("true");
        assertThat(driver.findElement(By.id("devnet")).getText()).isEqualTo("browser-test");
        assertThat(driver.findElements(By.cssSelector("#charts .chart path.line-head"))).hasSize(3);
        assertThat(driver.findElements(By.cssSelector("#tree svg circle"))).hasSizeGreaterThanOrEqualTo(5);
        Path shot = Path.of("target", "dashboard-fake-nodes.png");
        Files.createDirectories(shot.getParent());
        Files.write(shot, driver.getScreenshotAs(OutputType.BYTES));
        assertThat(Files.size(shot)).isGreaterThan(10_000);
      } finally {
        driver.quit();
      }
    }
  }
}
