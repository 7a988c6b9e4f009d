package io.leandevnet.devnet.observe;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Polls every node of a devnet once per {@link #poll} call: each Lean node's {@code
 * /lean/v0/health}, {@code /lean/v0/fork_choice} and {@code /metrics}, and each execution client's
 * {@code eth_getBlockByNumber("latest")}. All requests run at once, each with its own timeout, so
 * one slow node never stalls the others. Whatever a client does not serve is left unknown; nothing
 * a node answers can make the observer throw.
 */
public final class Observer implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient http;
  private final ExecutorService executor;
  private final Duration timeout;
  private final Clock clock;

  public Observer(Duration timeout) {
    this(timeout, Clock.systemUTC());
  }

  public Observer(Duration timeout, Clock clock) {
    this.timeout = timeout;
    this.clock = clock;
    this.executor = Executors.newVirtualThreadPerTaskExecutor();
    this.http = HttpClient.newBuilder().connectTimeout(timeout).executor(executor).build();
  }

  /** One poll of every target; returns when every request has answered or timed out. */
  public DevnetStatus poll(List<LeanTarget> lean, List<ElTarget> el) {
    List<CompletableFuture<LeanSnapshot>> leanFutures = new ArrayList<>();
    for (LeanTarget t : lean) {
      leanFutures.add(CompletableFuture.supplyAsync(() -> pollLean(t), executor));
    }
    List<CompletableFuture<ElSnapshot>> elFutures = new ArrayList<>();
    for (ElTarget t : el) {
      elFutures.add(CompletableFuture.supplyAsync(() -> pollEl(t), executor));
    }
    return new DevnetStatus(
        clock.instant(),
        leanFutures.stream().map(CompletableFuture::join).toList(),
        elFutures.stream().map(CompletableFuture::join).toList());
  }

  /** Polls one Lean node. */
  public LeanSnapshot pollLean(LeanTarget t) {
    CompletableFuture<Reply> health = t.api() == null ? none() : get(t.api(), "/lean/v0/health");
    CompletableFuture<Reply> forkChoice =
        t.api() == null ? none() : get(t.api(), "/lean/v0/fork_choice");
    CompletableFuture<Reply> metrics = t.metrics() == null ? none() : get(t.metrics(), "/metrics");
    Reply h = health.join();
    Reply fc = forkChoice.join();
    Reply m = metrics.join();

    LeanSnapshotBuilder b = new LeanSnapshotBuilder(t.node(), t.client(), clock.instant());
    if (m.ok()) {
      b.fromMetrics(PrometheusText.parse(m.body()));
    } else if (t.metrics() != null) {
      b.error("metrics: " + m.error());
    }
    if (fc.ok()) {
      try {
        b.fromForkChoice(JSON.readTree(fc.body()));
      } catch (IOException | RuntimeException e) {
        b.error("fork_choice: not JSON (" + firstLine(e.getMessage()) + ")");
      }
    } else if (t.api() != null && !h.ok()) {
      b.error("api: " + (fc.error() != null ? fc.error() : h.error()));
    }
    Health state = (h.ok() || fc.ok()) ? Health.UP : m.ok() ? Health.METRICS_ONLY : Health.DOWN;
    return b.build(state);
  }

  /** Polls one execution client. */
  public ElSnapshot pollEl(ElTarget t) {
    Reply r =
        send(JsonRpc.request(t.rpc(), "eth_getBlockByNumber", "[\"latest\",false]", timeout))
            .join();
    Instant at = clock.instant();
    if (!r.ok()) {
      return new ElSnapshot(t.service(), t.pairedLean(), at, null, null, r.error());
    }
    try {
      JsonNode result = JSON.readTree(r.body()).path("result");
      String number = result.path("number").asText(null);
      String hash = result.path("hash").asText(null);
      if (number == null || hash == null) {
        return new ElSnapshot(t.service(), t.pairedLean(), at, null, null, "no block in reply");
      }
      return new ElSnapshot(t.service(), t.pairedLean(), at, Long.decode(number), hash, null);
    } catch (IOException | RuntimeException e) {
      return new ElSnapshot(
          t.service(),
          t.pairedLean(),
          at,
          null,
          null,
          "unreadable reply: " + firstLine(e.getMessage()));
    }
  }

  private CompletableFuture<Reply> get(URI base, String path) {
    URI uri = base.resolve(path);
    return send(HttpRequest.newBuilder(uri).timeout(timeout).GET().build());
  }

  private CompletableFuture<Reply> send(HttpRequest req) {
    return http.sendAsync(req, HttpResponse.BodyHandlers.ofString())
        .handle(
            (resp, err) -> {
              if (err != null) {
                Throwable cause = err.getCause() != null ? err.getCause() : err;
                String what =
                    cause instanceof HttpTimeoutException
                        ? "timed out after " + timeout.toMillis() + " ms"
                        : cause instanceof ConnectException
                            ? "connection refused"
                            : cause.getClass().getSimpleName()
                                + (cause.getMessage() == null
                                    ? ""
                                    : ": " + firstLine(cause.getMessage()));
                return new Reply(false, null, what);
              }
              if (resp.statusCode() / 100 != 2) {
                return new Reply(
                    false, null, "HTTP " + resp.statusCode() + " from " + req.uri().getPath());
              }
              return new Reply(true, resp.body(), null);
            });
  }

  private static CompletableFuture<Reply> none() {
    return CompletableFuture.completedFuture(new Reply(false, null, "not served"));
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }

  @Override
  public void close() {
    http.close();
    executor.close();
  }

  private record Reply(boolean ok, String body, String error) {}
}
