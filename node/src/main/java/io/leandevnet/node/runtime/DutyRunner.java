package io.leandevnet.node.runtime;

import static io.leandevnet.node.runtime.NodeLog.shortRoot;

import io.leandevnet.consensus.RejectedException;
import io.leandevnet.consensus.chain.ValidatorIndex;
import io.leandevnet.consensus.containers.Block;
import io.leandevnet.consensus.containers.SignedAggregatedAttestation;
import io.leandevnet.consensus.containers.SignedAttestation;
import io.leandevnet.consensus.containers.SignedBlock;
import io.leandevnet.consensus.forkchoice.Store;
import io.leandevnet.node.clock.SlotTime;
import io.leandevnet.node.metrics.LeanMetrics;
import io.leandevnet.node.net.Topic;
import io.leandevnet.node.net.Transport;
import io.leandevnet.ssz.Bytes32;
import java.util.List;
import java.util.Optional;

/**
 * The duties of the node's own validators, run at every interval on the store thread. Interval 0 (1
 * if the clock reached the node late): the slot's proposer, if it is one of them, builds, signs and
 * gossips a block. Interval 1 (or the first later interval the clock reports, once per slot): every
 * own validator attests on {@code attestation_<index % count>}. Interval 2: an aggregator gossips
 * the aggregates its store built on {@code aggregation}. Duties are skipped while the node is
 * fetching missing blocks: it would vote on a stale head.
 */
final class DutyRunner {

  private final Store store;
  private final ValidatorKeys keys;
  private final List<Integer> ownValidators;
  private final int committeeCount;
  private final Transport transport;
  private final BlockArchive archive;
  private final LeanMetrics metrics;
  private final NodeLog log;
  private long lastAttestedSlot = -1;
  private long lastProposedSlot = -1;

  DutyRunner(
      Store store,
      ValidatorKeys keys,
      List<Integer> ownValidators,
      int committeeCount,
      Transport transport,
      BlockArchive archive,
      LeanMetrics metrics,
      NodeLog log) {
    this.store = store;
    this.keys = keys;
    this.ownValidators = List.copyOf(ownValidators);
    this.committeeCount = committeeCount;
    this.transport = transport;
    this.archive = archive;
    this.metrics = metrics;
    this.log = log;
  }

  /**
   * Ticks the store to {@code time} and does what is due.
   *
   * @param aggregator whether the node aggregates now
   * @param fetching how many missing blocks are being fetched (no votes or blocks while any are)
   */
  void onInterval(SlotTime time, boolean aggregator, int fetching) {
    long slot = time.slot();
    // Propose at interval 0, or at interval 1 when the clock reached this node late: a late block
    // still carries the slot, a missing one does not.
    Optional<Integer> proposer =
        time.interval() <= 1 && lastProposedSlot < slot ? ownProposer(slot) : Optional.empty();
    long start = System.nanoTime();
    List<SignedAggregatedAttestation> aggregates =
        store.onTick(time.totalIntervals(), proposer.isPresent(), aggregator);
    if (!aggregates.isEmpty()) {
      publishAggregates(aggregates, Elapsed.secondsSince(start));
    } else if (time.interval() == 2 && !aggregator && !ownValidators.isEmpty()) {
      metrics.aggregationSkippedNotAggregator();
    }
    if (proposer.isPresent()) {
      lastProposedSlot = slot;
      if (fetching > 0) {
        log.info("skipped proposing slot " + slot + ": fetching " + fetching + " missing block(s)");
      } else {
        propose(slot, proposer.get());
      }
    }
    if (time.interval() >= 1 && lastAttestedSlot < slot && !ownValidators.isEmpty()) {
      lastAttestedSlot = slot;
      if (fetching == 0) {
        attest(slot, aggregator);
      }
    }
  }

  private Optional<Integer> ownProposer(long slot) {
    if (slot == 0) {
      return Optional.empty(); // the genesis block is slot 0's block
    }
    int n = store.headState().numValidators();
    for (int index : ownValidators) {
      if (ValidatorIndex.isProposerFor(index, slot, n)) {
        return Optional.of(index);
      }
    }
    return Optional.empty();
  }

  private void propose(long slot, int validator) {
    long start = System.nanoTime();
    SignedBlock signed;
    try {
      signed = store.produceBlock(slot, validator, keys.signers().get(validator));
    } catch (RuntimeException e) {
      metrics.blockBuildingFailed();
      log.info(
          "could not build the block of slot "
              + slot
              + " for validator "
              + validator
              + ": "
              + e.getMessage());
      return;
    }
    Block block = signed.block();
    int attestations = block.body().attestations().size();
    metrics.blockBuilt(Elapsed.secondsSince(start), attestations);
    Bytes32 root = block.hashTreeRoot();
    archive.put(root, signed);
    int peers = transport.publish(Topic.BLOCK, SignedBlock.SSZ.serialize(signed));
    log.info(
        "proposed block "
            + shortRoot(root)
            + " slot "
            + slot
            + " validator "
            + validator
            + " parent "
            + shortRoot(block.parentRoot())
            + " ("
            + attestations
            + " attestations, sent to "
            + peers
            + " peers)");
  }

  private void attest(long slot, boolean aggregator) {
    for (int validator : ownValidators) {
      long start = System.nanoTime();
      SignedAttestation vote;
      try {
        vote = store.produceSignedAttestation(slot, validator, keys.signers().get(validator));
      } catch (RuntimeException e) {
        log.info(
            "could not attest for validator "
                + validator
                + " at slot "
                + slot
                + ": "
                + e.getMessage());
        continue;
      }
      metrics.attestationProduced(Elapsed.secondsSince(start));
      transport.publish(
          Topic.attestation((int) ValidatorIndex.computeSubnetId(validator, committeeCount)),
          SignedAttestation.SSZ.serialize(vote));
      if (aggregator) {
        try {
          store.onGossipAttestation(vote, true);
        } catch (RejectedException e) {
          log.info(
              "own attestation of validator "
                  + validator
                  + " refused: "
                  + e.reason()
                  + " ("
                  + e.getMessage()
                  + ")");
        }
      }
    }
  }

  private void publishAggregates(List<SignedAggregatedAttestation> aggregates, double seconds) {
    int participants = 0;
    for (SignedAggregatedAttestation a : aggregates) {
      participants += a.proof().participantIndices().size();
      transport.publish(Topic.AGGREGATION, SignedAggregatedAttestation.SSZ.serialize(a));
    }
    metrics.aggregatesBuilt(seconds, aggregates.size(), participants);
  }
}
