package io.leandevnet.consensus.forkchoice;

import static org.assertj.core.api.Assertions.assertThat;

import io.leandevnet.consensus.TestChain;
import io.leandevnet.consensus.chain.Interval;
import io.leandevnet.consensus.chain.ValidatorIndex;
import io.leandevnet.consensus.containers.Checkpoint;
import io.leandevnet.consensus.containers.SignedAggregatedAttestation;
import io.leandevnet.consensus.containers.SignedAttestation;
import io.leandevnet.consensus.containers.SignedBlock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Four nodes with one validator each (node 0 is the aggregator), driven interval by interval in
 * one thread, every message delivered to every other node at once.
 */
class SimulatedDevnetTest {
  static final int NODES = 4;
  static final int SLOTS = 20;

  final TestChain chain = new TestChain(NODES);
  final List<Store> stores = new ArrayList<>();

  SimulatedDevnetTest() {
    for (int i = 0; i < NODES; i++) {
      stores.add(Store.createStore(chain.genesisState, chain.genesisBlock, chain.aggregation));
    }
  }

  boolean isAggregator(int node) {
    return node == 0;
  }

  void runSlot(long slot) {
    int proposer = (int) ValidatorIndex.proposerForSlot(slot, NODES);
    long start = Interval.fromSlot(slot);
    // Interval 0: everyone reaches the slot, the proposer builds and gossips its block.
    for (int n = 0; n < NODES; n++) {
      if (n != proposer) {
        stores.get(n).onTick(start, false, isAggregator(n));
      }
    }
    stores.get(proposer).onTick(start - 1, false, isAggregator(proposer));
    SignedBlock block = stores.get(proposer).produceBlock(slot, proposer,
        chain.keys.signer(proposer));
    for (int n = 0; n < NODES; n++) {
      stores.get(n).onBlock(block);
    }
    // Interval 1: every validator attests; the aggregator keeps the signatures.
    List<SignedAttestation> attestations = new ArrayList<>();
    for (int n = 0; n < NODES; n++) {
      stores.get(n).onTick(start + 1, false, isAggregator(n));
      attestations.add(stores.get(n).produceSignedAttestation(slot, n, chain.keys.signer(n)));
    }
    for (SignedAttestation a : attestations) {
      for (int n = 0; n < NODES; n++) {
        stores.get(n).onGossipAttestation(a, isAggregator(n));
      }
    }
    // Interval 2: the aggregator aggregates and gossips; intervals 3 and 4 follow.
    List<SignedAggregatedAttestation> aggregates = new ArrayList<>();
    for (int n = 0; n < NODES; n++) {
      aggregates.addAll(stores.get(n).onTick(start + 2, false, isAggregator(n)));
    }
    for (SignedAggregatedAttestation a : aggregates) {
      for (int n = 1; n < NODES; n++) {
        stores.get(n).onGossipAggregatedAttestation(a);
      }
    }
    for (int n = 0; n < NODES; n++) {
      stores.get(n).onTick(start + 4, false, isAggregator(n));
    }
  }

  @Test
  void fourValidatorsJustifyAndFinalizeEverySlot() {
    List<Long> justified = new ArrayList<>();
    List<Long> finalized = new ArrayList<>();
    for (long slot = 1; slot <= SLOTS; slot++) {
      runSlot(slot);
      Store s = stores.get(0);
      for (Store other : stores) {
        assertThat(other.head()).isEqualTo(s.head());
        assertThat(other.latestJustified()).isEqualTo(s.latestJustified());
        assertThat(other.latestFinalized()).isEqualTo(s.latestFinalized());
      }
      assertThat(s.headSlot()).isEqualTo(slot);
      justified.add(s.latestJustified().slot());
      finalized.add(s.latestFinalized().slot());
    }
    // Votes cast in slot s (target s-1) enter the block of slot s+1: justification trails the
    // head by two slots and finalization by three, and both advance by one every slot.
    List<Long> expectedJustified = new ArrayList<>();
    List<Long> expectedFinalized = new ArrayList<>();
    for (long slot = 1; slot <= SLOTS; slot++) {
      expectedJustified.add(Math.max(0, slot - 2));
      expectedFinalized.add(Math.max(0, slot - 3));
    }
    assertThat(justified).isEqualTo(expectedJustified);
    assertThat(finalized).isEqualTo(expectedFinalized);

    Store s = stores.get(0);
    Checkpoint fin = s.latestFinalized();
    assertThat(s.state(s.head()).historicalBlockHashes().get((int) fin.slot()))
        .isEqualTo(fin.root());
    // Finalized history is pruned: only the finalized block and its descendants stay.
    assertThat(s.snapshot().nodes()).hasSize(SLOTS - (int) fin.slot() + 1);
    assertThat(s.snapshot().nodes().get(0).root()).isEqualTo(fin.root());
  }
}
