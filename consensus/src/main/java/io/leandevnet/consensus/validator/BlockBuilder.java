package io.leandevnet.consensus.validator;

import io.leandevnet.consensus.chain.ChainConfig;
import io.leandevnet.consensus.chain.Slot;
import io.leandevnet.consensus.containers.AggregatedAttestation;
import io.leandevnet.consensus.containers.AggregatedSignatureProof;
import io.leandevnet.consensus.containers.AttestationData;
import io.leandevnet.consensus.containers.Block;
import io.leandevnet.consensus.containers.BlockBody;
import io.leandevnet.consensus.containers.Checkpoint;
import io.leandevnet.consensus.containers.State;
import io.leandevnet.consensus.signature.SignatureAggregation;
import io.leandevnet.consensus.statetransition.JustifiedSlots;
import io.leandevnet.consensus.statetransition.StateTransition;
import io.leandevnet.ssz.Bits;
import io.leandevnet.ssz.Bytes32;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code build_block} (leanSpec {@code db21cc24}): picks attestations from the aggregated-payload
 * pool in a fixed-point loop and computes the block's state root.
 */
public final class BlockBuilder {
  /** The block, its post-state and the per-attestation proofs (parallel to the body). */
  public record BuiltBlock(
      Block block, State postState, List<AggregatedSignatureProof> signatures) {
    public BuiltBlock {
      signatures = List.copyOf(signatures);
    }
  }

  private final SignatureAggregation aggregation;

  public BlockBuilder(SignatureAggregation aggregation) {
    this.aggregation = aggregation;
  }

  /**
   * Builds a block at {@code slot} on {@code parentRoot} (whose post-state is {@code state}).
   *
   * <p>Candidates are taken in order of target slot. A data enters when its head is a known block,
   * its source and target lie on the chain as the block will see it, its source is justified and
   * its target is not yet (except the genesis self-vote), up to {@link
   * ChainConfig#MAX_ATTESTATIONS_DATA} distinct data. Whenever the candidate block moves
   * justification or finalization the filter runs again. Proofs chosen for the same data in
   * different rounds are merged into one. When that budget leaves out data that would record new
   * votes, they are taken first instead (see below).
   */
  public BuiltBlock buildBlock(
      State state,
      long slot,
      long proposerIndex,
      Bytes32 parentRoot,
      Set<Bytes32> knownBlockRoots,
      Map<AttestationData, ? extends Iterable<AggregatedSignatureProof>> aggregatedPayloads) {
    List<AggregatedAttestation> attestations = new ArrayList<>();
    List<AggregatedSignatureProof> signatures = new ArrayList<>();

    if (aggregatedPayloads != null && !aggregatedPayloads.isEmpty()) {
      List<Map.Entry<AttestationData, ? extends Iterable<AggregatedSignatureProof>>> candidates =
          new ArrayList<>(aggregatedPayloads.entrySet());
      candidates.sort(Comparator.comparingLong(e -> e.getKey().target().slot()));
      Selection chosen =
          select(state, slot, proposerIndex, parentRoot, knownBlockRoots, candidates);

      // Past the spec: when the budget of MAX_ATTESTATIONS_DATA left out data that would record a
      // vote the parent state does not hold yet, those go first. Otherwise stale data (genesis
      // self-votes, votes already counted), taken first by target slot, fill every block for good
      // once more of them pile up than a block carries (a slow start of many nodes), and
      // justification never moves again.
      Map<Bytes32, Bits> counted = countedVotes(state);
      Set<AttestationData> fresh = new HashSet<>();
      for (var entry : candidates) {
        if (addsVote(entry.getKey(), entry.getValue(), counted, state.latestFinalized().slot())) {
          fresh.add(entry.getKey());
        }
      }
      if (chosen.processed().size() >= ChainConfig.MAX_ATTESTATIONS_DATA
          && !chosen.processed().containsAll(fresh)) {
        candidates.sort(
            Comparator
                .<Map.Entry<AttestationData, ? extends Iterable<AggregatedSignatureProof>>>
                    comparingInt(e -> fresh.contains(e.getKey()) ? 0 : 1)
                .thenComparingLong(e -> e.getKey().target().slot()));
        chosen = select(state, slot, proposerIndex, parentRoot, knownBlockRoots, candidates);
      }

      // Compact: one proof per data, merging proofs picked in different rounds.
      Map<AttestationData, List<AggregatedSignatureProof>> groups = new LinkedHashMap<>();
      for (int i = 0; i < chosen.attestations().size(); i++) {
        groups
            .computeIfAbsent(chosen.attestations().get(i).data(), d -> new ArrayList<>())
            .add(chosen.signatures().get(i));
      }
      for (var group : groups.entrySet()) {
        AggregatedSignatureProof proof =
            group.getValue().size() == 1
                ? group.getValue().get(0)
                : aggregation.aggregate(group.getValue(), Map.of());
        signatures.add(proof);
        attestations.add(new AggregatedAttestation(proof.participants(), group.getKey()));
      }
    }

    Block block =
        new Block(slot, proposerIndex, parentRoot, Bytes32.ZERO, new BlockBody(attestations));
    State post = StateTransition.processBlock(StateTransition.processSlots(state, slot), block);
    return new BuiltBlock(block.withStateRoot(post.hashTreeRoot()), post, signatures);
  }

  /** The data a block takes, one entry per chosen proof, and the distinct data among them. */
  private record Selection(
      List<AggregatedAttestation> attestations,
      List<AggregatedSignatureProof> signatures,
      Set<AttestationData> processed) {}

  /**
   * The spec's fixed-point loop over {@code candidates} in the order given: a data enters when its
   * head is known, it lies on the chain the block extends, its source is justified and its target
   * is not yet (except the genesis self-vote), up to {@link ChainConfig#MAX_ATTESTATIONS_DATA}
   * distinct data; whenever the candidate block moves justification or finalization, again.
   */
  private static Selection select(
      State state,
      long slot,
      long proposerIndex,
      Bytes32 parentRoot,
      Set<Bytes32> knownBlockRoots,
      List<Map.Entry<AttestationData, ? extends Iterable<AggregatedSignatureProof>>> candidates) {
    List<AggregatedAttestation> attestations = new ArrayList<>();
    List<AggregatedSignatureProof> signatures = new ArrayList<>();
    Checkpoint currentJustified =
        state.latestBlockHeader().slot() == 0
            ? state.latestJustified().withRoot(parentRoot)
            : state.latestJustified();
    long currentFinalizedSlot = state.latestFinalized().slot();
    Bits currentJustifiedSlots =
        JustifiedSlots.extendToSlot(state.justifiedSlots(), currentFinalizedSlot, slot - 1);

    long numEmptySlots = slot - state.latestBlockHeader().slot() - 1;
    List<Bytes32> extendedHistory = new ArrayList<>(state.historicalBlockHashes());
    extendedHistory.add(parentRoot);
    for (long i = 0; i < numEmptySlots; i++) {
      extendedHistory.add(Bytes32.ZERO);
    }
    Set<AttestationData> processed = new HashSet<>();

    while (true) {
      boolean found = false;
      for (var entry : candidates) {
        AttestationData data = entry.getKey();
        if (processed.contains(data)) {
          continue;
        }
        if (processed.size() >= ChainConfig.MAX_ATTESTATIONS_DATA) {
          break;
        }
        if (!knownBlockRoots.contains(data.head().root())) {
          continue;
        }
        if (!StateTransition.attestationDataMatchesChain(data, extendedHistory)) {
          continue;
        }
        if (!JustifiedSlots.isSlotJustified(
            currentJustifiedSlots, currentFinalizedSlot, data.source().slot())) {
          continue;
        }
        boolean genesisSelfVote = data.source().slot() == 0 && data.target().slot() == 0;
        if (!genesisSelfVote
            && JustifiedSlots.isSlotJustified(
                currentJustifiedSlots, currentFinalizedSlot, data.target().slot())) {
          continue;
        }
        processed.add(data);
        found = true;
        List<AggregatedSignatureProof> proofs = new ArrayList<>();
        entry.getValue().forEach(proofs::add);
        for (AggregatedSignatureProof proof : SignatureAggregation.selectGreedily(proofs)) {
          signatures.add(proof);
          attestations.add(new AggregatedAttestation(proof.participants(), data));
        }
      }
      if (!found) {
        break;
      }
      Block candidate =
          new Block(slot, proposerIndex, parentRoot, Bytes32.ZERO, new BlockBody(attestations));
      State post =
          StateTransition.processBlock(StateTransition.processSlots(state, slot), candidate);
      if (!post.latestJustified().equals(currentJustified)
          || post.latestFinalized().slot() != currentFinalizedSlot) {
        currentJustified = post.latestJustified();
        currentJustifiedSlots = post.justifiedSlots();
        currentFinalizedSlot = post.latestFinalized().slot();
        continue;
      }
      break;
    }
    return new Selection(attestations, signatures, processed);
  }

  /** The votes {@code state} has recorded per target root ({@code justifications_*}). */
  private static Map<Bytes32, Bits> countedVotes(State state) {
    int n = state.numValidators();
    Map<Bytes32, Bits> out = new HashMap<>();
    List<Bytes32> roots = state.justificationsRoots();
    Bits flat = state.justificationsValidators();
    for (int i = 0; i < roots.size(); i++) {
      int from = Math.min(i * n, flat.length());
      out.put(roots.get(i), flat.slice(from, Math.min(from + n, flat.length())));
    }
    return out;
  }

  /**
   * Whether a block carrying {@code data} would make {@code process_attestations} record a vote it
   * has not recorded yet: the target is later than the source and justifiable, and some
   * participant's vote for the target root is not counted.
   */
  private static boolean addsVote(
      AttestationData data,
      Iterable<AggregatedSignatureProof> proofs,
      Map<Bytes32, Bits> counted,
      long finalizedSlot) {
    if (data.target().slot() <= data.source().slot()
        || !Slot.isJustifiableAfter(data.target().slot(), finalizedSlot)) {
      return false;
    }
    Bits votes = counted.getOrDefault(data.target().root(), Bits.EMPTY);
    for (AggregatedSignatureProof proof : proofs) {
      if (proof.participants().indices().anyMatch(i -> i >= votes.length() || !votes.get(i))) {
        return true;
      }
    }
    return false;
  }
}
