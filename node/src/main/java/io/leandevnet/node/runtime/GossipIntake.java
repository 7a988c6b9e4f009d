package io.leandevnet.node.runtime;

import io.leandevnet.consensus.RejectedException;
import io.leandevnet.consensus.RejectionReason;
import io.leandevnet.consensus.containers.SignedAggregatedAttestation;
import io.leandevnet.consensus.containers.SignedAttestation;
import io.leandevnet.consensus.containers.SignedBlock;
import io.leandevnet.consensus.forkchoice.Store;
import io.leandevnet.node.api.AggregatorRole;
import io.leandevnet.node.metrics.LeanMetrics;
import io.leandevnet.node.net.GossipVerdict;
import io.leandevnet.node.net.Topic;
import io.leandevnet.node.net.Transport;
import io.leandevnet.ssz.Bytes32;
import io.leandevnet.ssz.ContainerType;
import io.leandevnet.ssz.SszException;
import java.util.Optional;

/**
 * Gossip into the store: blocks, single votes and aggregates, decoded on the network thread and
 * handed to the store thread. A refused message is REJECTed, logged with its reason and counted,
 * never fatal. Single votes are checked by aggregators only (the only nodes that keep them); other
 * nodes relay them. A vote or block that only refers to blocks this node does not know yet is
 * IGNOREd (and the missing block fetched), not counted.
 */
final class GossipIntake {

  private final Store store;
  private final StoreThread storeThread;
  private final BlockSync sync;
  private final AggregatorRole role;
  private final LeanMetrics metrics;
  private final NodeLog log;

  GossipIntake(
      Store store,
      StoreThread storeThread,
      BlockSync sync,
      AggregatorRole role,
      LeanMetrics metrics,
      NodeLog log) {
    this.store = store;
    this.storeThread = storeThread;
    this.sync = sync;
    this.role = role;
    this.metrics = metrics;
    this.log = log;
  }

  /**
   * Subscribes to the block and aggregation topics and to every attestation subnet (a node may
   * become an aggregator at runtime).
   */
  void subscribe(Transport transport, int committeeCount) {
    transport.subscribe(Topic.BLOCK, (topic, payload, from) -> onBlock(payload, from));
    transport.subscribe(Topic.AGGREGATION, (topic, payload, from) -> onAggregate(payload, from));
    for (int subnet = 0; subnet < committeeCount; subnet++) {
      transport.subscribe(
          Topic.attestation(subnet), (topic, payload, from) -> onAttestation(payload, from));
    }
  }

  private GossipVerdict onBlock(byte[] payload, String from) {
    Optional<SignedBlock> block =
        decoded(SignedBlock.SSZ, payload, "block", from, () -> metrics.blockRejected("MALFORMED"));
    if (block.isEmpty()) {
      return GossipVerdict.REJECT;
    }
    return storeThread.call(() -> sync.importBlock(block.get(), from));
  }

  private GossipVerdict onAttestation(byte[] payload, String from) {
    Optional<SignedAttestation> decoded =
        decoded(
            SignedAttestation.SSZ,
            payload,
            "attestation",
            from,
            () -> metrics.voteRejected(false, false));
    if (decoded.isEmpty()) {
      return GossipVerdict.REJECT;
    }
    if (!role.isAggregator()) {
      // Only aggregators keep single votes (leanSpec's on_gossip_attestation): a non-aggregator
      // relays them unchecked and leaves their (costly) verification to the aggregators.
      return GossipVerdict.ACCEPT;
    }
    SignedAttestation vote = decoded.get();
    return intake(
        () -> store.onGossipAttestation(vote, true),
        "attestation of validator " + vote.validatorId() + " slot " + vote.data().slot(),
        vote.data().head().root(),
        from,
        false);
  }

  private GossipVerdict onAggregate(byte[] payload, String from) {
    Optional<SignedAggregatedAttestation> decoded =
        decoded(
            SignedAggregatedAttestation.SSZ,
            payload,
            "aggregate",
            from,
            () -> metrics.voteRejected(true, true));
    if (decoded.isEmpty()) {
      return GossipVerdict.REJECT;
    }
    SignedAggregatedAttestation aggregate = decoded.get();
    return intake(
        () -> store.onGossipAggregatedAttestation(aggregate),
        "aggregate of slot " + aggregate.data().slot(),
        aggregate.data().head().root(),
        from,
        true);
  }

  /**
   * {@code payload} as a {@code type}, or empty when it is not one: then {@code rejected} counts it
   * and the log names the {@code what} from {@code from}.
   */
  private <T> Optional<T> decoded(
      ContainerType<T> type, byte[] payload, String what, String from, Runnable rejected) {
    try {
      return Optional.of(type.deserialize(payload));
    } catch (SszException | IllegalArgumentException e) {
      rejected.run();
      log.info(
          "rejected "
              + what
              + " from "
              + from
              + ": not a "
              + type.name()
              + " ("
              + e.getMessage()
              + ")");
      return Optional.empty();
    }
  }

  /**
   * A vote ({@code what}, voting for {@code head}) handed to the store on its thread by {@code
   * intake}: ACCEPT (timed and counted), or {@link #refused} or {@link #failed}.
   */
  private GossipVerdict intake(
      Runnable intake, String what, Bytes32 head, String from, boolean aggregate) {
    return storeThread.call(
        () -> {
          long start = System.nanoTime();
          try {
            intake.run();
          } catch (RejectedException e) {
            return refused(e, what, head, from, aggregate);
          } catch (RuntimeException e) {
            return failed(e, what, from);
          }
          double seconds = Elapsed.secondsSince(start);
          if (aggregate) {
            metrics.aggregateAccepted(seconds);
          } else {
            metrics.attestationAccepted(seconds);
          }
          return GossipVerdict.ACCEPT;
        });
  }

  /**
   * A vote the store refused: IGNORE when it only names blocks we lack (and fetch its head), else
   * REJECT.
   */
  private GossipVerdict refused(
      RejectedException e, String what, Bytes32 head, String from, boolean aggregate) {
    RejectionReason reason = e.reason();
    if (reason == RejectionReason.UNKNOWN_HEAD_BLOCK
        || reason == RejectionReason.UNKNOWN_TARGET_BLOCK
        || reason == RejectionReason.UNKNOWN_SOURCE_BLOCK) {
      if (!store.containsBlock(head)) {
        sync.fetch(head, from);
      }
      return GossipVerdict.IGNORE;
    }
    if (reason == RejectionReason.ATTESTATION_TOO_FAR_IN_FUTURE) {
      return GossipVerdict.IGNORE; // our clock may lag by a moment: not proof of a fault
    }
    metrics.voteRejected(aggregate, reason == RejectionReason.INVALID_SIGNATURE);
    log.info("rejected " + what + " from " + from + ": " + reason + " (" + e.getMessage() + ")");
    return GossipVerdict.REJECT;
  }

  private GossipVerdict failed(RuntimeException e, String what, String from) {
    metrics.voteRejected(false, false);
    log.info("rejected " + what + " from " + from + ": " + e);
    return GossipVerdict.REJECT;
  }
}
