package io.leandevnet.consensus.forkchoice;

import io.leandevnet.consensus.RejectedException;
import io.leandevnet.consensus.TestChain;
import io.leandevnet.consensus.chain.Interval;
import io.leandevnet.consensus.chain.ValidatorIndex;
import io.leandevnet.consensus.containers.SignedAggregatedAttestation;
import io.leandevnet.consensus.containers.SignedAttestation;
import io.leandevnet.consensus.containers.SignedBlock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * N nodes with one validator each, driven interval by interval in one thread; every message reaches
 * every node at once. No network, no clock.
 *
 * <p>Offline validators neither propose nor attest (their nodes still follow the chain). During a
 * partition (slots {@code [partitionFrom, partitionTo]}) nodes below N/2 and the others only hear
 * their own half; blocks the other half missed are delivered, in slot order, when it heals.
 * Aggregators are node 0 and, when partitions are used, node N-1.
 */
final class InProcessDevnet {
  final TestChain chain;
  final List<Store> stores = new ArrayList<>();
  private final int nodes;
  private final Set<Integer> offline;
  private final long partitionFrom;
  private final long partitionTo;
  private final List<SignedBlock> missedBlocks = new ArrayList<>();

  InProcessDevnet(int nodes) {
    this(nodes, Set.of());
  }

  InProcessDevnet(int nodes, Set<Integer> offline) {
    this(nodes, offline, 0, -1);
  }

  InProcessDevnet(int nodes, Set<Integer> offline, long partitionFrom, long partitionTo) {
    this.nodes = nodes;
    this.offline = Set.copyOf(offline);
    this.partitionFrom = partitionFrom;
    this.partitionTo = partitionTo;
    this.chain = new TestChain(nodes);
    for (int i = 0; i < nodes; i++) {
      stores.add(Store.createStore(chain.genesisState, chain.genesisBlock, chain.aggregation));
    }
  }

  boolean isAggregator(int node) {
    return node == 0 || (partitionTo >= partitionFrom && node == nodes - 1);
  }

  private boolean hears(long slot, int from, int to) {
    boolean split = slot >= partitionFrom && slot <= partitionTo;
    return !split || (from < nodes / 2) == (to < nodes / 2);
  }

  /** Refused gossip is dropped, as a node does; the refusal is counted. */
  private void deliver(Runnable r) {
    try {
      r.run();
    } catch (RejectedException e) {
      refused++;
    }
  }

  /** How many gossip messages nodes refused (e.g. votes whose source is newer than the target). */
  int refused;

  /** Runs the five intervals of {@code slot}; returns the slot's block, or null if none. */
  SignedBlock runSlot(long slot) {
    int proposer = (int) ValidatorIndex.proposerForSlot(slot, nodes);
    long start = Interval.fromSlot(slot);
    if (slot == partitionTo + 1) {
      for (SignedBlock missed : missedBlocks) {
        stores.forEach(s -> s.onBlock(missed));
      }
      missedBlocks.clear();
    }
    // Interval 0: everyone reaches the slot, the proposer builds and gossips its block.
    for (int n = 0; n < nodes; n++) {
      stores.get(n).onTick(n == proposer ? start - 1 : start, false, isAggregator(n));
    }
    SignedBlock block = null;
    if (offline.contains(proposer)) {
      stores.get(proposer).onTick(start, false, isAggregator(proposer));
    } else {
      block = stores.get(proposer).produceBlock(slot, proposer, chain.keys.signer(proposer));
      for (int n = 0; n < nodes; n++) {
        if (hears(slot, proposer, n)) {
          stores.get(n).onBlock(block);
        }
      }
      if (!hears(slot, proposer, proposer < nodes / 2 ? nodes - 1 : 0)) {
        missedBlocks.add(block);
      }
    }
    // Interval 1: every validator attests; aggregators keep the signatures.
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
        if (hears(slot, (int) a.validatorId(), n)) {
          Store target = stores.get(n);
          boolean aggregator = isAggregator(n);
          deliver(() -> target.onGossipAttestation(a, aggregator));
        }
      }
    }
    // Interval 2: aggregators aggregate, then gossip; intervals 3 and 4 follow.
    List<List<SignedAggregatedAttestation>> aggregates = new ArrayList<>();
    for (int n = 0; n < nodes; n++) {
      aggregates.add(stores.get(n).onTick(start + 2, false, isAggregator(n)));
    }
    for (int n = 0; n < nodes; n++) {
      for (SignedAggregatedAttestation a : aggregates.get(n)) {
        for (int m = 0; m < nodes; m++) {
          if (m != n && hears(slot, n, m)) {
            Store target = stores.get(m);
            deliver(() -> target.onGossipAggregatedAttestation(a));
          }
        }
      }
    }
    for (int n = 0; n < nodes; n++) {
      stores.get(n).onTick(start + 4, false, isAggregator(n));
    }
    return block;
  }
}
