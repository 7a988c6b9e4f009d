package io.leandevnet.devnet.observe;

import static org.assertj.core.api.Assertions.assertThat;

import io.leandevnet.devnet.testing.LoopbackJsonRpc;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The readiness wait and block-0 cross-check against a JSON-RPC server on loopback. */
class ElGenesisCheckTest {

  private static final String HASH =
      "0xa7517dde37f1905103e8d680d935bdcae2d2ba153ab1bb995490ebb606749d75";
  private static final String OTHER =
      "0x25a5cc106eea7138acab33231d7160d69cb777ee0c2c553fcddf5138993e6dd9";

  private LoopbackJsonRpc server;
  private final ElGenesisCheck check =
      new ElGenesisCheck(Duration.ofSeconds(2), Duration.ofMillis(50), Clock.systemUTC());

  /** An execution client stand-in: refuses eth_chainId {@code notReadyCalls} times, then serves. */
  private ElTarget standIn(int notReadyCalls, String genesisHash, AtomicInteger chainIdCalls)
      throws IOException {
    server =
        LoopbackJsonRpc.start(
            body -> {
              if (body.contains("\"eth_chainId\"")) {
                return chainIdCalls.incrementAndGet() <= notReadyCalls
                    ? LoopbackJsonRpc.error(-32000, "starting")
                    : LoopbackJsonRpc.result("\"0x301824\"");
              }
              if (body.contains("\"eth_getBlockByNumber\"") && body.contains("\"0x0\"")) {
                return LoopbackJsonRpc.blockZero(genesisHash);
              }
              return LoopbackJsonRpc.error(-32601, "no");
            });
    return new ElTarget("el-1-geth-ethlambda", server.uri(), "ethlambda_0");
  }

  @AfterEach
  void stop() {
    if (server != null) {
      server.close();
    }
    check.close();
  }

  @Test
  void waitsUntilChainIdAnswersThenAcceptsTheExpectedGenesis() throws Exception {
    AtomicInteger calls = new AtomicInteger();
    ElTarget el = standIn(3, HASH, calls);
    List<ElGenesisCheck.Outcome> out = check.awaitAll(List.of(el), HASH, Duration.ofSeconds(20));
    assertThat(out).containsExactly(new ElGenesisCheck.Outcome.Ready(el.service(), 3151908, HASH));
    assertThat(calls.get()).isEqualTo(4);
  }

  @Test
  void anotherGenesisNamesBothHashes() throws Exception {
    ElTarget el = standIn(0, OTHER, new AtomicInteger());
    assertThat(check.awaitAll(List.of(el), HASH, Duration.ofSeconds(20)))
        .containsExactly(new ElGenesisCheck.Outcome.WrongGenesis(el.service(), HASH, OTHER));
  }

  @Test
  void aClientThatNeverAnswersIsNotReadyAtTheDeadline() throws Exception {
    ElTarget el = standIn(Integer.MAX_VALUE, HASH, new AtomicInteger());
    List<ElGenesisCheck.Outcome> out = check.awaitAll(List.of(el), HASH, Duration.ofMillis(500));
    assertThat(out).singleElement().isInstanceOf(ElGenesisCheck.Outcome.NotReady.class);
    assertThat(((ElGenesisCheck.Outcome.NotReady) out.getFirst()).lastError())
        .isEqualTo("eth_chainId: error starting");
  }

  @Test
  void nothingListeningIsConnectionRefused() throws Exception {
    ElTarget el = standIn(0, HASH, new AtomicInteger());
    server.close();
    server = null;
    List<ElGenesisCheck.Outcome> out = check.awaitAll(List.of(el), HASH, Duration.ofMillis(300));
    assertThat(((ElGenesisCheck.Outcome.NotReady) out.getFirst()).lastError())
        .isEqualTo("eth_chainId: connection refused");
  }
}
