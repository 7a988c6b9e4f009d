package io.leandevnet.node.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.leandevnet.consensus.chain.Interval;
import io.leandevnet.consensus.containers.Block;
import io.leandevnet.consensus.containers.SignedBlock;
import io.leandevnet.consensus.containers.State;
import io.leandevnet.consensus.forkchoice.Store;
import io.leandevnet.consensus.genesis.Genesis;
import io.leandevnet.consensus.signature.InsecureTestSignatures;
import io.leandevnet.consensus.signature.SignatureAggregation;
import io.leandevnet.node.clock.SlotClock;
import io.leandevnet.node.metrics.LeanMetrics;
import io.leandevnet.node.net.GossipVerdict;
import io.leandevnet.node.net.Transport;
import io.leandevnet.node.net.TransportConfig;
import io.leandevnet.node.view.PublishedNodeView;
import io.leandevnet.ssz.Bytes32;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Duties wait for missing blocks only while they are missing. */
class BlockSyncTest {

  private final InsecureTestSignatures keys = new InsecureTestSignatures("block-sync-test");
  private final State genesis = Genesis.generateGenesis(0, keys.validators(4));
  private final Block anchor = Genesis.genesisBlock(genesis);
  private final ByteArrayOutputStream logged = new ByteArrayOutputStream();
  private StoreThread storeThread;

  @TempDir Path data;

  @AfterEach
  void stop() {
    if (storeThread != null) {
      storeThread.close();
    }
  }

  private Store store() {
    return Store.createStore(genesis, anchor, new SignatureAggregation(keys::verify));
  }

  @Test
  void aBlockThatArrivesByGossipWhileItIsFetchedNoLongerHoldsTheDutiesBack() {
    // The block of slot 1, as its proposer built it.
    Store proposer = store();
    proposer.onTick(Interval.fromSlot(1), true, false);
    SignedBlock block = proposer.produceBlock(1, 1, keys.signer(1));
    Bytes32 root = block.block().hashTreeRoot();

    Store store = store();
    store.onTick(Interval.fromSlot(1) + 1, false, false);
    PublishedNodeView view = new PublishedNodeView(store);
    SlotClock clock = new SlotClock(0, InstantSource.system());
    NodeLog log =
        new NodeLog(
            new PrintStream(logged, true, StandardCharsets.UTF_8),
            InstantSource.system(),
            clock,
            "builtin_0");
    LeanMetrics metrics = new LeanMetrics("builtin_0", "test", Instant.now(), view, clock);
    Transport transport =
        new Transport(
            TransportConfig.of(
                "test", "builtin_0", new InetSocketAddress("127.0.0.1", 0), List.of()),
            metrics,
            view::statusSsz);
    storeThread = new StoreThread("builtin_0", log);
    BlockSync sync =
        new BlockSync(
            store,
            transport,
            storeThread,
            new ChainProgress(store, view, metrics, log),
            new BlockArchive(data),
            metrics,
            log);

    // On the store thread, as the node runs: a vote names the block, so it is fetched; the block
    // arrives by gossip before the request has an answer.
    AtomicInteger fetchingBefore = new AtomicInteger(-1);
    AtomicInteger fetchingAfter = new AtomicInteger(-1);
    GossipVerdict verdict =
        storeThread.call(
            () -> {
              sync.fetch(root, "builtin_1");
              fetchingBefore.set(sync.fetching());
              GossipVerdict v = sync.importBlock(block, "builtin_2");
              fetchingAfter.set(sync.fetching());
              return v;
            });

    assertThat(verdict).isEqualTo(GossipVerdict.ACCEPT);
    assertThat(fetchingBefore).hasValue(1);
    assertThat(fetchingAfter).as("the imported block is no longer missing").hasValue(0);
    assertThat(logged.toString(StandardCharsets.UTF_8)).contains("fetching block");
  }
}
