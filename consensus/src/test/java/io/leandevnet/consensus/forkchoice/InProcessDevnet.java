package io.leandevnet.consensus.forkchoice;

import io.leandevnet.consensus.TestChain;
import io.leandevnet.consensus.chain.Interval;
import io.leandevnet.consensus.chain.ValidatorIndex;
import io.leandevnet.consensus.containers.SignedAggregatedAttestation;
import io.leandevnet.consensus.containers.SignedAttestation;
import io.leandevnet.consensus.containers.SignedBlock;
import java.util.ArrayList;
import java.util.List;

/**
 * N nodes with one validator each (node 0 is the aggregator), driven interval by interval in one
 * thread; every message reaches every node at once. No network, no clock. Offline validators
 * neither propose nor attest (their nodes still follow the chain).
 */
final class InProcessDevnet {
  final TestChain chain;
  final List<Store> stores = new ArrayList<>();
  private final int nodes;
  private final java.util.Set<Integer> offline;

  InProcessDevnet(int nodes) {
    this(nodes, java.util.Set.of());
  }

  InProcessDevnet(int nodes, java.util.Set<Integer> offline) {
    this.nodes = nodes;
    this.offline = java.util.Set.copyOf(offline);
    this.chain = new TestChain(nodes);
    for (int i = 0; i < nodes; i++) {
      stores.add(Store.createStore(chain.genesisState, chain.genesisBlock, chain.aggregation));
    }
  }

  static boolean isAggregator(int node) {
    return node == 0;
  }

  /** Runs the five intervals of {@code slot}; returns the slot's block, or null if none. */
  SignedBlock runSlot(long slot) {
    int proposer = (int) ValidatorIndex.proposerForSlot(slot, nodes);
    long start = Interval.fromSlot(slot);
    // Interval 0: everyone reaches the slot, the proposer builds and gossips its block.
    for (int n = 0; n < nodes; n++) {
      stores.get(n).onTick(n == proposer ? start - 1 : start, false, isAggregator(n));
    }
    SignedBlock block = null;
    if (offline.contains(proposer)) {
      stores.get(proposer).onTick(start, false, isAggregator(proposer));
    } else {
      block = stores.get(proposer).produceBlock(slot, proposer, chain.keys.signer(proposer));
      for (Store s : stores) {
        s.onBlock(block);
      }
    }
    // Interval 1: every validator attests; the aggregator keeps the signatures.
    List<SignedAttestation> attestations = new ArrayList<>();
    for (int n = 0; n < nodes; n++) {
      stores.get(n).onTick(start + 1, false, isAggregator(n));
      if (offline.contains(n)) {
        continue;
      }
      attestations.add(stores.get(n).produceSignedAttestation(slot, n, chain.keys.signer(n)));
    }
    for (SignedAttestation a : attestations) {
      for (int n = 0; n < nodes; n++) {
        stores.get(n).onGossipAttestation(a, isAggregator(n));
      }
    }
    // Interval 2: the aggregator aggregates and gossips; intervals 3 and 4 follow.
    List<SignedAggregatedAttestation> aggregates = new ArrayList<>();
    for (int n = 0; n < nodes; n++) {
      aggregates.addAll(stores.get(n).onTick(start + 2, false, isAggregator(n)));
    }
    for (SignedAggregatedAttestation a : aggregates) {
      for (int n = 1; n < nodes; n++) {
        stores.get(n).onGossipAggregatedAttestation(a);
      }
    }
    for (int n = 0; n < nodes; n++) {
      stores.get(n).onTick(start + 4, false, isAggregator(n));
    }
    return block;
  }
}
