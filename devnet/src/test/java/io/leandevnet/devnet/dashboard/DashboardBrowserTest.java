package io.leandevnet.devnet.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.leandevnet.devnet.observe.LeanTarget;
import io.leandevnet.devnet.testing.FakeLeanNode;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The dashboard page in a real headless Chromium, against small loopback servers that answer as
 * Lean nodes whose chain moves one slot every 400 ms.
 */
class DashboardBrowserTest {

  private final List<FakeLeanNode> nodes = new ArrayList<>();

  @AfterEach
  void stop() {
    nodes.forEach(FakeLeanNode::close);
  }

  @Test
  void pageShowsEveryNodeAdvancingAndAGreenSummary() throws Exception {
    long start = System.nanoTime();
    List<LeanTarget> targets = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      FakeLeanNode n = FakeLeanNode.start(start, 400, 3);
      nodes.add(n);
      URI u = n.url();
      targets.add(new LeanTarget("builtin_" + i, "builtin", u, u));
    }
    try (DashboardServer dash =
        DashboardServer.start(
            "browser-test", targets, List.of(), "127.0.0.1", 0, Duration.ofMillis(500))) {
      ChromeDriver driver = Browser.start();
      try {
        driver.get(dash.url().toString());
        await()
            .atMost(Duration.ofSeconds(20))
            .until(() -> driver.findElements(By.cssSelector("#nodes tbody tr")).size() == 3);
        Map<String, Long> first = new HashMap<>();
        for (LeanTarget t : targets) {
          first.put(t.node(), Browser.tableCell(driver, t.node(), "head"));
        }
        assertThat(first.values()).allSatisfy(v -> assertThat(v).isGreaterThanOrEqualTo(3));
        await()
            .atMost(Duration.ofSeconds(20))
            .untilAsserted(
                () -> {
                  for (LeanTarget t : targets) {
                    assertThat(Browser.tableCell(driver, t.node(), "head"))
                        .as(t.node() + " head")
                        .isGreaterThan(first.get(t.node()) + 2);
                    assertThat(Browser.tableCell(driver, t.node(), "finalized"))
                        .as(t.node() + " finalized")
                        .isGreaterThan(first.get(t.node()));
                  }
                });
        assertThat(driver.findElement(By.id("health")).getAttribute("data-healthy"))
            .isEqualTo("true");
        assertThat(driver.findElement(By.id("devnet")).getText()).isEqualTo("browser-test");
        assertThat(driver.findElements(By.cssSelector("#charts .chart path.line-head"))).hasSize(3);
        assertThat(driver.findElements(By.cssSelector("#tree svg circle")))
            .hasSizeGreaterThanOrEqualTo(5);
        Browser.screenshot(driver, "dashboard-fake-nodes.png");
      } finally {
        driver.quit();
      }
    }
  }
}
