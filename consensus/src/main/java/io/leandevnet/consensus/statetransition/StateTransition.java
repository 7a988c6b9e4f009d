package io.leandevnet.consensus.statetransition;

import static io.leandevnet.consensus.RejectedException.require;

import io.leandevnet.consensus.RejectionReason;
import io.leandevnet.consensus.chain.Slot;
import io.leandevnet.consensus.chain.ValidatorIndex;
import io.leandevnet.consensus.containers.AggregatedAttestation;
import io.leandevnet.consensus.containers.AttestationData;
import io.leandevnet.consensus.containers.Block;
import io.leandevnet.consensus.containers.BlockHeader;
import io.leandevnet.consensus.containers.Checkpoint;
import io.leandevnet.consensus.containers.State;
import io.leandevnet.ssz.Bits;
import io.leandevnet.ssz.Bytes32;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The devnet4 state transition function (leanSpec {@code db21cc24}, {@code forks/lstar/spec.py}:
 * {@code process_slots}, {@code process_block_header}, {@code process_attestations}, {@code
 * state_transition}). Pure functions from state to state. Signatures are checked before, by the
 * caller ({@code Store.onBlock}).
 */
public final class StateTransition {
  private StateTransition() {}

  /**
   * {@code state_transition}: advances to the block's slot, applies the block and checks the
   * block's state root.
   *
   * @throws io.leandevnet.consensus.RejectedException with the spec's reason when the block is
   *     invalid
   */
  public static State stateTransition(State state, Block block) {
    State advanced = processSlots(state, block.slot());
    State post = processBlock(advanced, block);
    Bytes32 computed = post.hashTreeRoot();
    require(
        block.stateRoot().equals(computed),
        RejectionReason.STATE_ROOT_MISMATCH,
        "block state_root " + block.stateRoot() + " but the post-state root is " + computed);
    return post;
  }

  /**
   * {@code process_slots}: steps empty slots up to {@code targetSlot}, caching the pre-block state
   * root into the latest header on the first step after a block.
   */
  public static State processSlots(State state, long targetSlot) {
    require(
        state.slot() < targetSlot,
        RejectionReason.BLOCK_SLOT_NOT_IN_FUTURE,
        "target slot " + targetSlot + " is not after the state slot " + state.slot());
    while (state.slot() < targetSlot) {
      BlockHeader header = state.latestBlockHeader();
      if (header.stateRoot().isZero()) {
        header = header.withStateRoot(state.hashTreeRoot());
      }
      state = state.withSlotAndHeader(state.slot() + 1, header);
    }
    return state;
  }

  /** {@code process_block}: the header, then the body's attestations. */
  public static State processBlock(State state, Block block) {
    return processAttestations(processBlockHeader(state, block), block.body().attestations());
  }

  /**
   * {@code process_block_header}: checks slot, proposer and parent, applies the genesis anchor
   * rule, records the parent (and zero roots for skipped slots) in the history and installs the new
   * header with an empty state root.
   */
  public static State processBlockHeader(State state, Block block) {
    BlockHeader parentHeader = state.latestBlockHeader();
    Bytes32 parentRoot = parentHeader.hashTreeRoot();

    require(
        block.slot() == state.slot(),
        RejectionReason.BLOCK_SLOT_MISMATCH,
        "block slot " + block.slot() + " but state slot " + state.slot());
    require(
        block.slot() > parentHeader.slot(),
        RejectionReason.BLOCK_OLDER_THAN_LATEST_HEADER,
        "block slot "
            + block.slot()
            + " is not after the latest header slot "
            + parentHeader.slot());
    require(
        state.numValidators() > 0,
        RejectionReason.EMPTY_VALIDATOR_REGISTRY,
        "the state has no validators");
    require(
        ValidatorIndex.isProposerFor(block.proposerIndex(), state.slot(), state.numValidators()),
        RejectionReason.WRONG_PROPOSER,
        "proposer "
            + block.proposerIndex()
            + " but slot "
            + state.slot()
            + " belongs to "
            + ValidatorIndex.proposerForSlot(state.slot(), state.numValidators()));
    require(
        block.parentRoot().equals(parentRoot),
        RejectionReason.PARENT_ROOT_MISMATCH,
        "parent_root " + block.parentRoot() + " but the latest header root is " + parentRoot);

    // Genesis anchor: the first block after genesis makes the genesis block justified and
    // finalized, since nothing can vote for it.
    Checkpoint justified = state.latestJustified();
    Checkpoint finalized = state.latestFinalized();
    if (parentHeader.slot() == 0) {
      justified = justified.withRoot(parentRoot);
      finalized = finalized.withRoot(parentRoot);
    }

    long numEmptySlots = block.slot() - parentHeader.slot() - 1;
    List<Bytes32> history = new ArrayList<>(state.historicalBlockHashes());
    history.add(parentRoot);
    for (long i = 0; i < numEmptySlots; i++) {
      history.add(Bytes32.ZERO);
    }

    Bits justifiedSlots =
        JustifiedSlots.extendToSlot(
            state.justifiedSlots(), state.latestFinalized().slot(), block.slot() - 1);

    BlockHeader header =
        new BlockHeader(
            block.slot(),
            block.proposerIndex(),
            block.parentRoot(),
            Bytes32.ZERO,
            block.body().hashTreeRoot());
    return state.withHeaderFields(justified, finalized, history, justifiedSlots, header);
  }

  /**
   * Whether source and target point at blocks of this chain: neither root is zero, both slots are
   * inside the history and the roots match it ({@code _attestation_data_matches_chain}).
   */
  public static boolean attestationDataMatchesChain(
      AttestationData data, List<Bytes32> historicalBlockHashes) {
    Checkpoint source = data.source();
    Checkpoint target = data.target();
    if (source.root().isZero() || target.root().isZero()) {
      return false;
    }
    if (source.slot() < 0
        || source.slot() >= historicalBlockHashes.size()
        || target.slot() < 0
        || target.slot() >= historicalBlockHashes.size()) {
      return false;
    }
    return source.root().equals(historicalBlockHashes.get((int) source.slot()))
        && target.root().equals(historicalBlockHashes.get((int) target.slot()));
  }

  /**
   * {@code process_attestations}: tallies votes per target root, justifies a target at 2/3 of the
   * validators, finalizes the source when no justifiable slot lies strictly between source and
   * target, and prunes the tracking data across the new finalized boundary.
   */
  public static State processAttestations(State state, List<AggregatedAttestation> attestations) {
    int n = state.numValidators();
    Map<Bytes32, boolean[]> justifications = new HashMap<>();
    List<Bytes32> roots = state.justificationsRoots();
    for (int i = 0; i < roots.size(); i++) {
      require(
          !roots.get(i).isZero(),
          RejectionReason.DECODE_ERROR,
          "zero hash in justifications_roots");
      boolean[] votes = new boolean[n];
      for (int v = 0; v < n; v++) {
        long bit = (long) i * n + v;
        votes[v] =
            bit < state.justificationsValidators().length()
                && state.justificationsValidators().get((int) bit);
      }
      justifications.put(roots.get(i), votes);
    }

    Checkpoint latestJustified = state.latestJustified();
    Checkpoint latestFinalized = state.latestFinalized();
    long finalizedSlot = latestFinalized.slot();
    Bits justifiedSlots = state.justifiedSlots();

    Map<Bytes32, Long> rootToSlot = new HashMap<>();
    List<Bytes32> history = state.historicalBlockHashes();
    for (int i = (int) finalizedSlot + 1; i < history.size(); i++) {
      rootToSlot.put(history.get(i), (long) i);
    }

    for (AggregatedAttestation attestation : attestations) {
      Checkpoint source = attestation.data().source();
      Checkpoint target = attestation.data().target();

      if (!JustifiedSlots.isSlotJustified(justifiedSlots, finalizedSlot, source.slot())) {
        continue;
      }
      if (JustifiedSlots.isSlotJustified(justifiedSlots, finalizedSlot, target.slot())) {
        continue;
      }
      if (!attestationDataMatchesChain(attestation.data(), history)) {
        continue;
      }
      if (target.slot() <= source.slot()) {
        continue;
      }
      if (!Slot.isJustifiableAfter(target.slot(), finalizedSlot)) {
        continue;
      }

      Bits bits = attestation.aggregationBits();
      require(
          bits.count() > 0,
          RejectionReason.EMPTY_AGGREGATION_BITS,
          "aggregated attestation for target slot " + target.slot() + " has no participants");
      require(
          bits.length() <= n || bits.indices().allMatch(i -> i < n),
          RejectionReason.VALIDATOR_INDEX_OUT_OF_RANGE,
          "aggregation bits name validator "
              + bits.indices().max().orElse(0)
              + " but there are "
              + n
              + " validators");

      boolean[] votes = justifications.computeIfAbsent(target.root(), r -> new boolean[n]);
      bits.indices().forEach(i -> votes[i] = true);
      int count = 0;
      for (boolean v : votes) {
        count += v ? 1 : 0;
      }

      if (3L * count >= 2L * n) {
        latestJustified = target;
        justifiedSlots =
            JustifiedSlots.withJustified(justifiedSlots, finalizedSlot, target.slot(), true);
        justifications.remove(target.root());

        // Finalize the source when no justifiable slot lies strictly between it and the target.
        // (The source.slot > finalized guard is from later leanSpec; devnet4 would raise on that
        // degenerate case instead of skipping it.)
        if (source.slot() > finalizedSlot
            && noJustifiableSlotBetween(source.slot(), target.slot(), finalizedSlot)) {
          long oldFinalizedSlot = finalizedSlot;
          latestFinalized = source;
          finalizedSlot = source.slot();
          long delta = finalizedSlot - oldFinalizedSlot;
          if (delta > 0) {
            justifiedSlots = JustifiedSlots.shiftWindow(justifiedSlots, delta);
            long fin = finalizedSlot;
            justifications.keySet().removeIf(root -> rootToSlot.getOrDefault(root, 0L) <= fin);
          }
        }
      }
    }

    // Repack: roots sorted ascending, their vote bits concatenated in that order.
    TreeMap<Bytes32, boolean[]> sorted = new TreeMap<>(justifications);
    List<Bytes32> sortedRoots = new ArrayList<>(sorted.keySet());
    List<Integer> setBits = new ArrayList<>();
    int offset = 0;
    for (boolean[] votes : sorted.values()) {
      for (int v = 0; v < n; v++) {
        if (votes[v]) {
          setBits.add(offset + v);
        }
      }
      offset += n;
    }
    Bits flat = Bits.ofIndices(offset, setBits);
    return state.withJustification(
        latestJustified, latestFinalized, justifiedSlots, sortedRoots, flat);
  }

  private static boolean noJustifiableSlotBetween(long source, long target, long finalizedSlot) {
    for (long s = source + 1; s < target; s++) {
      if (Slot.isJustifiableAfter(s, finalizedSlot)) {
        return false;
      }
    }
    return true;
  }
}
