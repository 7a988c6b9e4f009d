package io.leandevnet.devnet.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A test's plain HTTP GET of a devnet's endpoint (a node's /metrics, Prometheus' API). */
public final class HttpGet {

  private HttpGet() {}

  /** The body {@code uri} answers with, whatever its status; five seconds at the most. */
  public static String body(URI uri) throws IOException, InterruptedException {
    try (HttpClient http = HttpClient.newHttpClient()) {
      return http.send(
              HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).build(),
              HttpResponse.BodyHandlers.ofString())
          .body();
    }
  }
}
