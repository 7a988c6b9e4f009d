package io.leandevnet.devnet.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Debian Chromium driven through chromedriver. Where either is missing the test is skipped
 * on a developer machine and fails under CI (CI=true), which installs both.
 */
public final class Browser {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  private Browser() {}

  /** Whether Chromium and chromedriver are installed. */
  public static boolean available() {
    return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
  }

  public static ChromeDriver start() throws IOException {
    if (!available()) {
      if ("true".equals(System.getenv("CI"))) {
        throw new AssertionError(
            "CI=true but Chromium or chromedriver is missing (apt-get install chromium chromium-driver)");
      }
      Assumptions.abort("Chromium and chromedriver are not installed");
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--window-size=1400,1100",
        "--user-data-dir=" + Files.createTempDirectory("lean-devnet-chromium"));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER.toFile())
            .usingAnyFreePort()
            .build();
    return new ChromeDriver(service, options);
  }

  /** Saves what {@code driver} shows as {@code target/<name>}, checking it is not a blank page. */
  public static void screenshot(ChromeDriver driver, String name) throws IOException {
    Path shot = Path.of("target", name);
    Files.createDirectories(shot.getParent());
    Files.write(shot, driver.getScreenshotAs(OutputType.BYTES));
    assertThat(Files.size(shot)).as(shot + " is larger than a blank page").isGreaterThan(10_000);
  }

  /**
   * The number in the dashboard table's {@code column} for {@code node}, or -1 while there is none.
   * Read in one script call: the page redraws the table every poll, so element handles go stale.
   */
  public static long tableCell(ChromeDriver driver, String node, String column) {
    Object text =
        driver.executeScript(
            "const c = document.querySelector(arguments[0]); return c ? c.textContent : null;",
            "tr[data-node='" + node + "'] td.c-" + column);
    return text instanceof String s && s.matches("\\d+") ? Long.parseLong(s) : -1;
  }
}
