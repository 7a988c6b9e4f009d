package io.leandevnet.devnet.observe;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Whether execution clients booted from the devnet's genesis: each is ready once {@code
 * eth_chainId} answers on its RPC port; then {@code eth_getBlockByNumber("0x0")} must return the
 * block hash lean-devnet computed from execution/genesis.json. A client that boots from another
 * genesis (a stale data directory, an image that ignores the genesis flag) would otherwise sit
 * beside a Lean node that rejects every payload it builds.
 */
public final class ElGenesisCheck implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** What the check found for one execution client. */
  public sealed interface Outcome {
    /** The client's service name. */
    String service();

    /** Block 0 is the expected one. */
    record Ready(String service, long chainId, String blockHash) implements Outcome {}

    /** The client answers, but its block 0 is another genesis. */
    record WrongGenesis(String service, String expected, String actual) implements Outcome {}

    /** {@code eth_chainId} never answered (or block 0 never came) before the deadline. */
    record NotReady(String service, Duration waited, String lastError) implements Outcome {}
  }

  private final HttpClient http;
  private final ExecutorService executor;
  private final Duration requestTimeout;
  private final Duration pollInterval;
  private final Clock clock;

  /**
   * @param requestTimeout how long one request may take
   * @param pollInterval the pause between attempts while a client is not ready
   */
  public ElGenesisCheck(Duration requestTimeout, Duration pollInterval, Clock clock) {
    this.requestTimeout = requestTimeout;
    this.pollInterval = pollInterval;
    this.clock = clock;
    this.executor = Executors.newVirtualThreadPerTaskExecutor();
    this.http = HttpClient.newBuilder().connectTimeout(requestTimeout).executor(executor).build();
  }

  /** Checks every target at once against {@code expectedHash}; waits at most {@code timeout}. */
  public List<Outcome> awaitAll(List<ElTarget> targets, String expectedHash, Duration timeout)
      throws InterruptedException {
    Instant deadline = clock.instant().plus(timeout);
    List<Future<Outcome>> futures = new ArrayList<>();
    for (ElTarget t : targets) {
      futures.add(executor.submit(() -> await(t, expectedHash, deadline)));
    }
    List<Outcome> out = new ArrayList<>();
    for (Future<Outcome> f : futures) {
      try {
        out.add(f.get());
      } catch (ExecutionException e) {
        throw new IllegalStateException("the genesis check itself failed", e.getCause());
      }
    }
    return out;
  }

  /** Waits until {@code target} answers {@code eth_chainId}, then compares its block 0. */
  public Outcome await(ElTarget target, String expectedHash, Instant deadline)
      throws InterruptedException {
    Instant start = clock.instant();
    String lastError = "no answer yet";
    while (true) {
      Call chainId = call(target, "eth_chainId", "[]");
      if (chainId.result() != null && chainId.result().isTextual()) {
        Call block = call(target, "eth_getBlockByNumber", "[\"0x0\",false]");
        String hash = block.result() == null ? null : block.result().path("hash").asText(null);
        if (hash != null) {
          if (hash.toLowerCase(Locale.ROOT).equals(expectedHash.toLowerCase(Locale.ROOT))) {
            return new Outcome.Ready(
                target.service(), Long.decode(chainId.result().textValue()), hash);
          }
          return new Outcome.WrongGenesis(target.service(), expectedHash, hash);
        }
        lastError = "eth_getBlockByNumber(\"0x0\"): " + block.describe();
      } else {
        lastError = "eth_chainId: " + chainId.describe();
      }
      if (!clock.instant().plus(pollInterval).isBefore(deadline)) {
        return new Outcome.NotReady(
            target.service(), Duration.between(start, clock.instant()), lastError);
      }
      Thread.sleep(pollInterval);
    }
  }

  /** A JSON-RPC reply: its {@code result}, or what went wrong. */
  private record Call(JsonNode result, String error) {
    String describe() {
      return error != null ? error : "no result";
    }
  }

  private Call call(ElTarget target, String method, String params) throws InterruptedException {
    try {
      HttpResponse<String> r =
          http.send(
              JsonRpc.request(target.rpc(), method, params, requestTimeout),
              HttpResponse.BodyHandlers.ofString());
      if (r.statusCode() != 200) {
        return new Call(null, "HTTP " + r.statusCode());
      }
      JsonNode reply = JSON.readTree(r.body());
      if (reply.hasNonNull("error")) {
        return new Call(null, "error " + reply.get("error").path("message").asText("?"));
      }
      JsonNode result = reply.get("result");
      return new Call(result == null || result.isNull() ? null : result, null);
    } catch (IOException e) {
      return new Call(
          null,
          e instanceof ConnectException
              ? "connection refused"
              : e.getClass().getSimpleName()
                  + (e.getMessage() == null ? "" : ": " + e.getMessage()));
    }
  }

  @Override
  public void close() {
    executor.shutdownNow();
    http.close();
  }
}
