package io.leandevnet.devnet.cli;

import io.leandevnet.devnet.registry.DevnetRecord;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * One line per helper service of a devnet (Prometheus, Grafana) for {@code status}: whether its
 * HTTP port answers (any reply below 500), and where, unless that is a port forwarded only while
 * {@code status} runs once (Kubernetes without {@code --watch}).
 */
final class HelperLines {

  private HelperLines() {}

  /**
   * @param helpers the helpers as this process reaches them
   * @param showUrls whether their URLs stay valid after this call (not a one-shot forward)
   */
  static List<String> render(
      List<DevnetRecord.ServiceEndpoint> helpers, boolean showUrls, Duration timeout)
      throws InterruptedException {
    List<String> lines = new ArrayList<>();
    try (HttpClient http = HttpClient.newBuilder().connectTimeout(timeout).build()) {
      for (DevnetRecord.ServiceEndpoint h : helpers) {
        lines.add(
            h.service()
                + ": "
                + (answers(http, h.url(), timeout) ? "answering" : "not answering")
                + (showUrls ? " at " + h.url() + "/" : ""));
      }
    }
    return lines;
  }

  private static boolean answers(HttpClient http, URI url, Duration timeout)
      throws InterruptedException {
    try {
      HttpResponse<Void> r =
          http.send(
              HttpRequest.newBuilder(url.resolve("/")).timeout(timeout).GET().build(),
              HttpResponse.BodyHandlers.discarding());
      return r.statusCode() < 500;
    } catch (IOException | IllegalArgumentException e) {
      return false;
    }
  }
}
