package io.leandevnet.devnet.observe;

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

  private final RpcClient rpc;
  private final ExecutorService executor;
  private final Duration pollInterval;
  private final Clock clock;

  /**
   * @param requestTimeout how long one request may take
   * @param pollInterval the pause between attempts while a client is not ready
   */
  public ElGenesisCheck(Duration requestTimeout, Duration pollInterval, Clock clock) {
    this.pollInterval = pollInterval;
    this.clock = clock;
    this.executor = Executors.newVirtualThreadPerTaskExecutor();
    this.rpc = new RpcClient(requestTimeout, executor);
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
      RpcClient.Call chainId = rpc.call(target.rpc(), "eth_chainId", "[]");
      if (chainId.result() != null && chainId.result().isTextual()) {
        RpcClient.Call block = rpc.call(target.rpc(), "eth_getBlockByNumber", "[\"0x0\",false]");
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

  @Override
  public void close() {
    executor.shutdownNow();
    rpc.close();
  }
}
