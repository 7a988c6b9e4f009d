package io.leandevnet.consensus.forkchoice;

import static io.leandevnet.consensus.RejectedException.require;

import io.leandevnet.consensus.RejectionReason;
import io.leandevnet.consensus.chain.ChainConfig;
import io.leandevnet.consensus.chain.Interval;
import io.leandevnet.consensus.chain.ValidatorIndex;
import io.leandevnet.consensus.containers.AggregatedAttestation;
import io.leandevnet.consensus.containers.AggregatedSignatureProof;
import io.leandevnet.consensus.containers.AttestationData;
import io.leandevnet.consensus.containers.Block;
import io.leandevnet.consensus.containers.SignedAggregatedAttestation;
import io.leandevnet.consensus.containers.SignedAttestation;
import io.leandevnet.consensus.containers.SignedBlock;
import io.leandevnet.consensus.containers.State;
import io.leandevnet.consensus.statetransition.StateTransition;
import io.leandevnet.ssz.Bytes;
import io.leandevnet.ssz.Bytes32;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Fork choice on the {@link Store} (leanSpec {@code fork_choice.py}): the clock's intervals,
 * attestation and block intake, the head ({@link LmdGhost}), the safe target and pruning.
 */
final class ForkChoice {
  private ForkChoice() {}

  // ---------------------------------------------------------------- time

  /**
   * {@code on_tick}: steps one interval at a time up to {@code targetInterval}, running each
   * interval's action. {@code hasProposal} applies to the last step only.
   *
   * @return the aggregates produced at interval 2 (aggregators only), to publish
   */
  static List<SignedAggregatedAttestation> onTick(
      Store store, long targetInterval, boolean hasProposal, boolean isAggregator) {
    List<SignedAggregatedAttestation> produced = new ArrayList<>();
    while (store.time < targetInterval) {
      boolean signalProposal = hasProposal && store.time + 1 == targetInterval;
      produced.addAll(tickInterval(store, signalProposal, isAggregator));
    }
    return produced;
  }

  /**
   * {@code tick_interval}: one interval forward and its action (0 accept if proposing, 2 aggregate,
   * 3 safe target, 4 accept).
   */
  static List<SignedAggregatedAttestation> tickInterval(
      Store store, boolean hasProposal, boolean isAggregator) {
    store.time++;
    switch (Interval.inSlot(store.time)) {
      case 0 -> {
        if (hasProposal) {
          acceptNewAttestations(store);
        }
      }
      case 2 -> {
        if (isAggregator) {
          return AttestationAggregation.aggregate(store);
        }
      }
      case 3 -> updateSafeTarget(store);
      case 4 -> acceptNewAttestations(store);
      default -> {}
    }
    return List.of();
  }

  // ---------------------------------------------------------------- attestations

  /**
   * {@code validate_attestation}: the three blocks are known, source ≤ target ≤ head by slot, each
   * checkpoint's slot is its block's slot, and the vote's slot has started (one interval of clock
   * disparity allowed).
   */
  static void validateAttestation(Store store, AttestationData data) {
    Map<Bytes32, Block> blocks = store.blocks;
    require(
        blocks.containsKey(data.source().root()),
        RejectionReason.UNKNOWN_SOURCE_BLOCK,
        "source " + data.source().root());
    require(
        blocks.containsKey(data.target().root()),
        RejectionReason.UNKNOWN_TARGET_BLOCK,
        "target " + data.target().root());
    require(
        blocks.containsKey(data.head().root()),
        RejectionReason.UNKNOWN_HEAD_BLOCK,
        "head " + data.head().root());
    require(
        data.source().slot() <= data.target().slot(),
        RejectionReason.SOURCE_AFTER_TARGET,
        "source slot " + data.source().slot() + " > target slot " + data.target().slot());
    require(
        data.head().slot() >= data.target().slot(),
        RejectionReason.HEAD_OLDER_THAN_TARGET,
        "head slot " + data.head().slot() + " < target slot " + data.target().slot());
    require(
        blocks.get(data.source().root()).slot() == data.source().slot(),
        RejectionReason.SOURCE_SLOT_MISMATCH,
        "source checkpoint slot " + data.source().slot());
    require(
        blocks.get(data.target().root()).slot() == data.target().slot(),
        RejectionReason.TARGET_SLOT_MISMATCH,
        "target checkpoint slot " + data.target().slot());
    require(
        blocks.get(data.head().root()).slot() == data.head().slot(),
        RejectionReason.HEAD_SLOT_MISMATCH,
        "head checkpoint slot " + data.head().slot());
    require(
        Interval.fromSlot(data.slot()) <= store.time + ChainConfig.GOSSIP_DISPARITY_INTERVALS,
        RejectionReason.ATTESTATION_TOO_FAR_IN_FUTURE,
        "attestation slot "
            + data.slot()
            + " starts at interval "
            + Interval.fromSlot(data.slot())
            + ", the store is at interval "
            + store.time);
  }

  /**
   * {@code on_gossip_attestation}: validates, verifies the signature with the validator's
   * attestation key (from the target's post-state) and, on an aggregator, keeps it for aggregation.
   */
  static void onGossipAttestation(Store store, SignedAttestation signed, boolean isAggregator) {
    AttestationData data = signed.data();
    validateAttestation(store, data);
    State keyState = targetState(store, data);
    require(
        ValidatorIndex.isValid(signed.validatorId(), keyState.numValidators()),
        RejectionReason.VALIDATOR_NOT_IN_STATE,
        "validator " + signed.validatorId() + " of " + keyState.numValidators());
    Bytes key = keyState.validators().get((int) signed.validatorId()).attestationPubkey();
    require(
        store
            .aggregation
            .verifier()
            .verify(key, data.slot(), data.hashTreeRoot(), signed.signature()),
        RejectionReason.INVALID_SIGNATURE,
        "attestation of validator " + signed.validatorId() + " at slot " + data.slot());
    if (isAggregator) {
      store
          .attestationSignatures
          .computeIfAbsent(data, d -> new LinkedHashSet<>())
          .add(new AttestationSignatureEntry(signed.validatorId(), signed.signature()));
    }
  }

  /** The target's post-state, whose validators' attestation keys verify an attestation. */
  private static State targetState(Store store, AttestationData data) {
    State state = store.states.get(data.target().root());
    require(
        state != null,
        RejectionReason.UNKNOWN_TARGET_BLOCK,
        "no state for target " + data.target().root());
    return state;
  }

  /**
   * {@code on_gossip_aggregated_attestation}: validates, verifies the proof against the
   * participants' attestation keys and adds it to the pending ("new") pool.
   */
  static void onGossipAggregatedAttestation(Store store, SignedAggregatedAttestation signed) {
    AttestationData data = signed.data();
    AggregatedSignatureProof proof = signed.proof();
    validateAttestation(store, data);
    State keyState = targetState(store, data);
    List<Integer> ids = proof.participantIndices();
    require(
        !ids.isEmpty(), RejectionReason.EMPTY_AGGREGATION_BITS, "aggregate has no participants");
    for (int id : ids) {
      require(
          id < keyState.numValidators(),
          RejectionReason.VALIDATOR_NOT_IN_STATE,
          "validator " + id + " of " + keyState.numValidators());
    }
    require(
        store.aggregation.verify(
            proof, attestationKeys(keyState, ids), data.hashTreeRoot(), data.slot()),
        RejectionReason.INVALID_SIGNATURE,
        "aggregated attestation at slot " + data.slot() + " for validators " + ids);
    store.latestNewAggregatedPayloads.computeIfAbsent(data, d -> new LinkedHashSet<>()).add(proof);
  }

  private static List<Bytes> attestationKeys(State state, List<Integer> ids) {
    List<Bytes> keys = new ArrayList<>(ids.size());
    for (int id : ids) {
      keys.add(state.validators().get(id).attestationPubkey());
    }
    return keys;
  }

  // ---------------------------------------------------------------- blocks

  /**
   * {@code on_block}: checks the parent is known, the body's attestation data are distinct and at
   * most {@link ChainConfig#MAX_ATTESTATIONS_DATA}, verifies every signature, runs the state
   * transition and adds the block ({@link #addBlock}). Known blocks are ignored.
   */
  static void onBlock(Store store, SignedBlock signedBlock) {
    Block block = signedBlock.block();
    if (store.blocks.containsKey(block.hashTreeRoot())) {
      return;
    }
    State parentState = store.states.get(block.parentRoot());
    require(
        parentState != null,
        RejectionReason.UNKNOWN_PARENT_BLOCK,
        "parent " + block.parentRoot() + " of the block at slot " + block.slot());

    Set<AttestationData> distinct = new HashSet<>();
    for (AggregatedAttestation a : block.body().attestations()) {
      require(
          distinct.add(a.data()),
          RejectionReason.DUPLICATE_ATTESTATION_DATA,
          "attestation data for target slot " + a.data().target().slot() + " appears twice");
    }
    require(
        distinct.size() <= ChainConfig.MAX_ATTESTATIONS_DATA,
        RejectionReason.TOO_MANY_ATTESTATION_DATA,
        "Block contains "
            + distinct.size()
            + " distinct AttestationData entries; maximum is "
            + ChainConfig.MAX_ATTESTATIONS_DATA);

    BlockSignatureVerification.verifySignatures(
        store.aggregation, signedBlock, parentState.validators());
    State post = StateTransition.stateTransition(parentState, block);
    addBlock(store, signedBlock, post, true);
  }

  /**
   * The steps that add a valid block to the store, shared by {@code on_block} and block production:
   * advance the justified and finalized checkpoints from the post-state (strictly higher slots
   * only), keep the block, its post-state and its signed envelope, and prune once finalization
   * advanced. An imported block ({@code countBodyVotes}) also adds its body's proofs to the known
   * votes and updates the head before the pruning, as {@code on_block} does; a produced block's
   * proofs come from the known pool already.
   */
  static void addBlock(Store store, SignedBlock signedBlock, State post, boolean countBodyVotes) {
    Block block = signedBlock.block();
    Bytes32 blockRoot = block.hashTreeRoot();
    long previousFinalizedSlot = store.latestFinalized.slot();
    store.latestJustified = store.latestJustified.advanceTo(post.latestJustified());
    store.latestFinalized = store.latestFinalized.advanceTo(post.latestFinalized());
    store.blocks.put(blockRoot, block);
    store.states.put(blockRoot, post);
    store.signedBlocks.put(blockRoot, signedBlock);
    if (countBodyVotes) {
      List<AggregatedAttestation> attestations = block.body().attestations();
      List<AggregatedSignatureProof> proofs = signedBlock.signature().attestationSignatures();
      for (int i = 0; i < attestations.size(); i++) {
        store
            .latestKnownAggregatedPayloads
            .computeIfAbsent(attestations.get(i).data(), d -> new LinkedHashSet<>())
            .add(proofs.get(i));
      }
      updateHead(store);
    }
    if (store.latestFinalized.slot() > previousFinalizedSlot) {
      pruneStaleAttestationData(store);
      pruneFinalizedHistory(store);
    }
  }

  // ---------------------------------------------------------------- head and safe target

  /** {@code update_head}: LMD-GHOST over the known votes from the latest justified root. */
  static void updateHead(Store store) {
    store.head =
        LmdGhost.computeLmdGhostHead(
            store.blocks,
            store.latestJustified.root(),
            LmdGhost.latestVotes(store.latestKnownAggregatedPayloads),
            0);
  }

  /**
   * {@code accept_new_attestations}: merges the pending pool into the known pool and updates the
   * head.
   */
  static void acceptNewAttestations(Store store) {
    store.latestNewAggregatedPayloads.forEach(
        (data, proofs) ->
            store
                .latestKnownAggregatedPayloads
                .computeIfAbsent(data, d -> new LinkedHashSet<>())
                .addAll(proofs));
    store.latestNewAggregatedPayloads = new LinkedHashMap<>();
    updateHead(store);
  }

  /**
   * {@code update_safe_target}: the deepest block that ⌈2N/3⌉ of the pending ("new") votes support,
   * N from the head state.
   */
  static void updateSafeTarget(Store store) {
    int n = store.states.get(store.head).numValidators();
    int minScore = (2 * n + 2) / 3;
    store.safeTarget =
        LmdGhost.computeLmdGhostHead(
            store.blocks,
            store.latestJustified.root(),
            LmdGhost.latestVotes(store.latestNewAggregatedPayloads),
            minScore);
  }

  // ---------------------------------------------------------------- pruning

  /**
   * {@code prune_stale_attestation_data}: drops votes whose target is at or before the finalized
   * slot.
   */
  static void pruneStaleAttestationData(Store store) {
    long fin = store.latestFinalized.slot();
    store.attestationSignatures.keySet().removeIf(d -> d.target().slot() <= fin);
    store.latestNewAggregatedPayloads.keySet().removeIf(d -> d.target().slot() <= fin);
    store.latestKnownAggregatedPayloads.keySet().removeIf(d -> d.target().slot() <= fin);
  }

  /**
   * Drops blocks and states that can no longer matter: those before the finalized block and those
   * not descending from it. (leanSpec keeps them forever; a long-running node cannot.)
   */
  static void pruneFinalizedHistory(Store store) {
    Bytes32 finalizedRoot = store.latestFinalized.root();
    if (!store.blocks.containsKey(finalizedRoot)) {
      return;
    }
    Set<Bytes32> keep = new HashSet<>();
    keep.add(finalizedRoot);
    List<Map.Entry<Bytes32, Block>> bySlot = new ArrayList<>(store.blocks.entrySet());
    bySlot.sort(Comparator.comparingLong(e -> e.getValue().slot()));
    for (Map.Entry<Bytes32, Block> e : bySlot) {
      if (keep.contains(e.getValue().parentRoot())) {
        keep.add(e.getKey());
      }
    }
    store.blocks.keySet().retainAll(keep);
    store.states.keySet().retainAll(keep);
    store.signedBlocks.keySet().retainAll(keep);
  }
}
