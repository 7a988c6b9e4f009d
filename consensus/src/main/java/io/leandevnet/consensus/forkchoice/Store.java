package io.leandevnet.consensus.forkchoice;

import static io.leandevnet.consensus.RejectedException.require;

import io.leandevnet.consensus.RejectedException;
import io.leandevnet.consensus.RejectionReason;
import io.leandevnet.consensus.chain.ChainConfig;
import io.leandevnet.consensus.chain.Interval;
import io.leandevnet.consensus.chain.Slot;
import io.leandevnet.consensus.chain.ValidatorIndex;
import io.leandevnet.consensus.containers.AggregatedAttestation;
import io.leandevnet.consensus.containers.AggregatedSignatureProof;
import io.leandevnet.consensus.containers.AttestationData;
import io.leandevnet.consensus.containers.Block;
import io.leandevnet.consensus.containers.BlockSignatures;
import io.leandevnet.consensus.containers.Checkpoint;
import io.leandevnet.consensus.containers.Config;
import io.leandevnet.consensus.containers.Signature;
import io.leandevnet.consensus.containers.SignedAggregatedAttestation;
import io.leandevnet.consensus.containers.SignedAttestation;
import io.leandevnet.consensus.containers.SignedBlock;
import io.leandevnet.consensus.containers.State;
import io.leandevnet.consensus.containers.Status;
import io.leandevnet.consensus.containers.Validator;
import io.leandevnet.consensus.signature.SignatureAggregation;
import io.leandevnet.consensus.signature.ValidatorSigner;
import io.leandevnet.consensus.statetransition.StateTransition;
import io.leandevnet.consensus.validator.BlockBuilder;
import io.leandevnet.ssz.Bytes;
import io.leandevnet.ssz.Bytes32;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The fork-choice store of the devnet4 {@code lstar} fork (leanSpec {@code db21cc24}, {@code
 * forks/lstar/store.py} and the fork-choice half of {@code spec.py}).
 *
 * <p>What drives it: {@link #onTick} from the clock (five intervals per slot: 0 accept if
 * proposing, 1 validators attest, 2 aggregators aggregate, 3 safe target, 4 accept), {@link
 * #onBlock}, {@link #onGossipAttestation} and {@link #onGossipAggregatedAttestation} from the
 * network, {@link #produceAttestationData} and {@link #produceBlock} for local validators. Every
 * refusal is a {@link RejectedException} with the spec's reason; a refused input leaves the store
 * unchanged. Read it through the accessors or {@link #snapshot()}.
 *
 * <p>Not thread-safe: the node calls it from one thread. Unlike leanSpec's immutable store it is
 * updated in place.
 */
public final class Store {
  private long time;
  private final Config config;
  private Bytes32 head;
  private Bytes32 safeTarget;
  private Checkpoint latestJustified;
  private Checkpoint latestFinalized;
  private final Map<Bytes32, Block> blocks = new HashMap<>();
  private final Map<Bytes32, State> states = new HashMap<>();

  /** The signed envelopes of imported and produced blocks, to serve blocks_by_root. */
  private final Map<Bytes32, SignedBlock> signedBlocks = new HashMap<>();

  private Map<AttestationData, Set<AttestationSignatureEntry>> attestationSignatures =
      new LinkedHashMap<>();
  private Map<AttestationData, Set<AggregatedSignatureProof>> latestNewAggregatedPayloads =
      new LinkedHashMap<>();
  private Map<AttestationData, Set<AggregatedSignatureProof>> latestKnownAggregatedPayloads =
      new LinkedHashMap<>();
  private final SignatureAggregation aggregation;
  private final BlockBuilder blockBuilder;

  private Store(State anchorState, Block anchorBlock, SignatureAggregation aggregation) {
    Bytes32 anchorRoot = anchorBlock.hashTreeRoot();
    this.time = Interval.fromSlot(anchorBlock.slot());
    this.config = anchorState.config();
    this.head = anchorRoot;
    this.safeTarget = anchorRoot;
    this.latestJustified = new Checkpoint(anchorRoot, anchorBlock.slot());
    this.latestFinalized = latestJustified;
    this.blocks.put(anchorRoot, anchorBlock);
    this.states.put(anchorRoot, anchorState);
    this.aggregation = aggregation;
    this.blockBuilder = new BlockBuilder(aggregation);
  }

  /**
   * {@code create_store}: the anchor block and its post-state are the justified and finalized
   * starting point.
   *
   * @throws RejectedException ANCHOR_STATE_ROOT_MISMATCH if the block does not commit to the state
   */
  public static Store createStore(
      State anchorState, Block anchorBlock, SignatureAggregation aggregation) {
    Bytes32 stateRoot = anchorState.hashTreeRoot();
    require(
        anchorBlock.stateRoot().equals(stateRoot),
        RejectionReason.ANCHOR_STATE_ROOT_MISMATCH,
        "anchor block state_root "
            + anchorBlock.stateRoot()
            + " but the state root is "
            + stateRoot);
    return new Store(anchorState, anchorBlock, aggregation);
  }

  // ---------------------------------------------------------------- time

  /**
   * {@code on_tick}: steps one interval at a time up to {@code targetInterval}, running each
   * interval's action. {@code hasProposal} applies to the last step only.
   *
   * @return the aggregates produced at interval 2 (aggregators only), to publish
   */
  public List<SignedAggregatedAttestation> onTick(
      long targetInterval, boolean hasProposal, boolean isAggregator) {
    List<SignedAggregatedAttestation> produced = new ArrayList<>();
    while (time < targetInterval) {
      boolean signalProposal = hasProposal && time + 1 == targetInterval;
      produced.addAll(tickInterval(signalProposal, isAggregator));
    }
    return produced;
  }

  /** {@code tick_interval}: one interval forward and its action. */
  public List<SignedAggregatedAttestation> tickInterval(boolean hasProposal, boolean isAggregator) {
    time++;
    switch (Interval.inSlot(time)) {
      case 0 -> {
        if (hasProposal) {
          acceptNewAttestations();
        }
      }
      case 2 -> {
        if (isAggregator) {
          return aggregate();
        }
      }
      case 3 -> updateSafeTarget();
      case 4 -> acceptNewAttestations();
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
  public void validateAttestation(AttestationData data) {
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
        Interval.fromSlot(data.slot()) <= time + ChainConfig.GOSSIP_DISPARITY_INTERVALS,
        RejectionReason.ATTESTATION_TOO_FAR_IN_FUTURE,
        "attestation slot "
            + data.slot()
            + " starts at interval "
            + Interval.fromSlot(data.slot())
            + ", the store is at interval "
            + time);
  }

  /**
   * {@code on_gossip_attestation}: validates, verifies the signature with the validator's
   * attestation key (from the target's post-state) and, on an aggregator, keeps it for aggregation.
   */
  public void onGossipAttestation(SignedAttestation signed, boolean isAggregator) {
    AttestationData data = signed.data();
    validateAttestation(data);
    State keyState = states.get(data.target().root());
    require(
        keyState != null,
        RejectionReason.UNKNOWN_TARGET_BLOCK,
        "no state for target " + data.target().root());
    require(
        ValidatorIndex.isValid(signed.validatorId(), keyState.numValidators()),
        RejectionReason.VALIDATOR_NOT_IN_STATE,
        "validator " + signed.validatorId() + " of " + keyState.numValidators());
    Bytes key = keyState.validators().get((int) signed.validatorId()).attestationPubkey();
    require(
        aggregation.verifier().verify(key, data.slot(), data.hashTreeRoot(), signed.signature()),
        RejectionReason.INVALID_SIGNATURE,
        "attestation of validator " + signed.validatorId() + " at slot " + data.slot());
    if (isAggregator) {
      attestationSignatures
          .computeIfAbsent(data, d -> new LinkedHashSet<>())
          .add(new AttestationSignatureEntry(signed.validatorId(), signed.signature()));
    }
  }

  /**
   * {@code on_gossip_aggregated_attestation}: validates, verifies the proof against the
   * participants' attestation keys and adds it to the pending ("new") pool.
   */
  public void onGossipAggregatedAttestation(SignedAggregatedAttestation signed) {
    AttestationData data = signed.data();
    AggregatedSignatureProof proof = signed.proof();
    validateAttestation(data);
    State keyState = states.get(data.target().root());
    require(
        keyState != null,
        RejectionReason.UNKNOWN_TARGET_BLOCK,
        "no state for target " + data.target().root());
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
        aggregation.verify(proof, attestationKeys(keyState, ids), data.hashTreeRoot(), data.slot()),
        RejectionReason.INVALID_SIGNATURE,
        "aggregated attestation at slot " + data.slot() + " for validators " + ids);
    latestNewAggregatedPayloads.computeIfAbsent(data, d -> new LinkedHashSet<>()).add(proof);
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
   * transition, advances the checkpoints, records the block's proofs as known votes and updates the
   * head. Known blocks are ignored.
   */
  public void onBlock(SignedBlock signedBlock) {
    Block block = signedBlock.block();
    Bytes32 blockRoot = block.hashTreeRoot();
    if (blocks.containsKey(blockRoot)) {
      return;
    }
    long previousFinalizedSlot = latestFinalized.slot();
    State parentState = states.get(block.parentRoot());
    require(
        parentState != null,
        RejectionReason.UNKNOWN_PARENT_BLOCK,
        "parent " + block.parentRoot() + " of the block at slot " + block.slot());

    List<AggregatedAttestation> attestations = block.body().attestations();
    Set<AttestationData> distinct = new HashSet<>();
    for (AggregatedAttestation a : attestations) {
      require(
          distinct.add(a.data()),
          RejectionReason.DUPLICATE_ATTESTATION_DATA,
          "attestation data for target slot " + a.data().target().slot() + " appears twice");
    }
    require(
        distinct.size() <= ChainConfig.MAX_ATTESTATIONS_DATA,
        RejectionReason.TOO_MANY_ATTESTATION_DATA,
        distinct.size()
            + " distinct attestation data, the maximum is "
            + ChainConfig.MAX_ATTESTATIONS_DATA);

    verifySignatures(signedBlock, parentState.validators());
    State post = StateTransition.stateTransition(parentState, block);

    latestJustified = latestJustified.advanceTo(post.latestJustified());
    latestFinalized = latestFinalized.advanceTo(post.latestFinalized());
    blocks.put(blockRoot, block);
    states.put(blockRoot, post);
    signedBlocks.put(blockRoot, signedBlock);

    List<AggregatedSignatureProof> proofs = signedBlock.signature().attestationSignatures();
    for (int i = 0; i < attestations.size(); i++) {
      latestKnownAggregatedPayloads
          .computeIfAbsent(attestations.get(i).data(), d -> new LinkedHashSet<>())
          .add(proofs.get(i));
    }
    updateHead();
    if (latestFinalized.slot() > previousFinalizedSlot) {
      pruneStaleAttestationData();
      pruneFinalizedHistory();
    }
  }

  /**
   * {@code verify_signatures}: one proof per body attestation, each over {@code
   * hash_tree_root(data)} at {@code data.slot} by exactly the attestation's participants, and the
   * proposer's signature over the block root with its proposal key.
   */
  public void verifySignatures(SignedBlock signedBlock, List<Validator> validators) {
    Block block = signedBlock.block();
    BlockSignatures signatures = signedBlock.signature();
    List<AggregatedAttestation> attestations = block.body().attestations();
    require(
        attestations.size() == signatures.attestationSignatures().size(),
        RejectionReason.INVALID_BLOCK_PROOF,
        attestations.size()
            + " attestations but "
            + signatures.attestationSignatures().size()
            + " signature groups");
    for (int i = 0; i < attestations.size(); i++) {
      AggregatedAttestation attestation = attestations.get(i);
      AggregatedSignatureProof proof = signatures.attestationSignatures().get(i);
      List<Integer> ids = attestation.aggregationBits().indices().boxed().toList();
      require(
          !ids.isEmpty(),
          RejectionReason.EMPTY_AGGREGATION_BITS,
          "attestation " + i + " has no participants");
      for (int id : ids) {
        require(
            id < validators.size(),
            RejectionReason.VALIDATOR_INDEX_OUT_OF_RANGE,
            "attestation " + i + " names validator " + id + " of " + validators.size());
      }
      require(
          proof.participantIndices().equals(ids),
          RejectionReason.INVALID_BLOCK_PROOF,
          "proof " + i + " covers " + proof.participantIndices() + " but the attestation " + ids);
      List<Bytes> keys = ids.stream().map(id -> validators.get(id).attestationPubkey()).toList();
      require(
          aggregation.verify(
              proof, keys, attestation.data().hashTreeRoot(), attestation.data().slot()),
          RejectionReason.INVALID_BLOCK_PROOF,
          "proof " + i + " does not verify for validators " + ids);
    }
    require(
        ValidatorIndex.isValid(block.proposerIndex(), validators.size()),
        RejectionReason.PROPOSER_INDEX_OUT_OF_RANGE,
        "proposer " + block.proposerIndex() + " of " + validators.size());
    Validator proposer = validators.get((int) block.proposerIndex());
    require(
        aggregation
            .verifier()
            .verify(
                proposer.proposalPubkey(),
                block.slot(),
                block.hashTreeRoot(),
                signatures.proposerSignature()),
        RejectionReason.INVALID_SIGNATURE,
        "proposer signature of validator " + block.proposerIndex() + " at slot " + block.slot());
  }

  // ---------------------------------------------------------------- LMD-GHOST

  /**
   * {@code extract_attestations_from_aggregated_payloads}: each validator's vote with the highest
   * slot.
   */
  private static Map<Integer, AttestationData> latestVotes(
      Map<AttestationData, Set<AggregatedSignatureProof>> payloads) {
    Map<Integer, AttestationData> votes = new HashMap<>();
    payloads.forEach(
        (data, proofs) -> {
          for (AggregatedSignatureProof proof : proofs) {
            proof
                .participants()
                .indices()
                .forEach(
                    v -> {
                      AttestationData existing = votes.get(v);
                      if (existing == null || existing.slot() < data.slot()) {
                        votes.put(v, data);
                      }
                    });
          }
        });
    return votes;
  }

  /** Each vote weighs on its head block and every ancestor above {@code startSlot}. */
  private Map<Bytes32, Integer> weights(Map<Integer, AttestationData> votes, long startSlot) {
    Map<Bytes32, Integer> weights = new HashMap<>();
    for (AttestationData data : votes.values()) {
      Bytes32 current = data.head().root();
      while (blocks.containsKey(current) && blocks.get(current).slot() > startSlot) {
        weights.merge(current, 1, Integer::sum);
        current = blocks.get(current).parentRoot();
      }
    }
    return weights;
  }

  /**
   * {@code _compute_lmd_ghost_head}: from {@code startRoot}, descend to the heaviest child (ties to
   * the larger root) until a leaf; children below {@code minScore} are ignored.
   */
  Bytes32 computeLmdGhostHead(
      Bytes32 startRoot, Map<Integer, AttestationData> votes, int minScore) {
    if (!blocks.containsKey(startRoot)) {
      throw new IllegalStateException("start root " + startRoot + " is not a known block");
    }
    Map<Bytes32, Integer> weights = weights(votes, blocks.get(startRoot).slot());
    Map<Bytes32, List<Bytes32>> children = new HashMap<>();
    blocks.forEach(
        (root, block) -> {
          if (minScore > 0 && weights.getOrDefault(root, 0) < minScore) {
            return;
          }
          children.computeIfAbsent(block.parentRoot(), r -> new ArrayList<>()).add(root);
        });
    Comparator<Bytes32> byWeightThenRoot =
        Comparator.<Bytes32>comparingInt(r -> weights.getOrDefault(r, 0))
            .thenComparing(Comparator.naturalOrder());
    Bytes32 current = startRoot;
    List<Bytes32> next;
    while ((next = children.get(current)) != null && !next.isEmpty()) {
      current = next.stream().max(byWeightThenRoot).orElseThrow();
    }
    return current;
  }

  /** {@code update_head}: LMD-GHOST over the known votes from the latest justified root. */
  public void updateHead() {
    head =
        computeLmdGhostHead(latestJustified.root(), latestVotes(latestKnownAggregatedPayloads), 0);
  }

  /**
   * {@code accept_new_attestations}: merges the pending pool into the known pool and updates the
   * head.
   */
  public void acceptNewAttestations() {
    latestNewAggregatedPayloads.forEach(
        (data, proofs) ->
            latestKnownAggregatedPayloads
                .computeIfAbsent(data, d -> new LinkedHashSet<>())
                .addAll(proofs));
    latestNewAggregatedPayloads = new LinkedHashMap<>();
    updateHead();
  }

  /**
   * {@code update_safe_target}: the deepest block that ⌈2N/3⌉ of the pending ("new") votes support,
   * N from the head state.
   */
  public void updateSafeTarget() {
    int n = states.get(head).numValidators();
    int minScore = (2 * n + 2) / 3;
    safeTarget =
        computeLmdGhostHead(
            latestJustified.root(), latestVotes(latestNewAggregatedPayloads), minScore);
  }

  // ---------------------------------------------------------------- aggregation

  /**
   * {@code aggregate} (interval 2, aggregators): for each data with pending proofs or raw gossip
   * signatures, reuses the best existing proofs (pending first, then known), adds the raw
   * signatures they miss and builds one proof. The pending pool becomes exactly these aggregates;
   * the raw signatures used are dropped.
   *
   * @return the aggregates to publish on the aggregation topic
   */
  public List<SignedAggregatedAttestation> aggregate() {
    List<Validator> validators = states.get(head).validators();
    Set<AttestationData> keys = new LinkedHashSet<>(latestNewAggregatedPayloads.keySet());
    keys.addAll(attestationSignatures.keySet());
    List<SignedAggregatedAttestation> produced = new ArrayList<>();
    for (AttestationData data : keys) {
      List<AggregatedSignatureProof> children =
          SignatureAggregation.selectGreedily(
              latestNewAggregatedPayloads.get(data), latestKnownAggregatedPayloads.get(data));
      Set<Integer> covered = SignatureAggregation.coveredBy(children);
      TreeMap<Integer, Signature> raw = new TreeMap<>();
      for (AttestationSignatureEntry e : attestationSignatures.getOrDefault(data, Set.of())) {
        int id = (int) e.validatorId();
        if (!covered.contains(id) && id < validators.size()) {
          raw.putIfAbsent(id, e.signature());
        }
      }
      if (raw.isEmpty() && children.size() < 2) {
        continue;
      }
      produced.add(new SignedAggregatedAttestation(data, aggregation.aggregate(children, raw)));
    }
    Map<AttestationData, Set<AggregatedSignatureProof>> fresh = new LinkedHashMap<>();
    for (SignedAggregatedAttestation a : produced) {
      fresh.computeIfAbsent(a.data(), d -> new LinkedHashSet<>()).add(a.proof());
    }
    latestNewAggregatedPayloads = fresh;
    attestationSignatures.keySet().removeIf(fresh::containsKey);
    return produced;
  }

  // ---------------------------------------------------------------- pruning

  /**
   * {@code prune_stale_attestation_data}: drops votes whose target is at or before the finalized
   * slot.
   */
  private void pruneStaleAttestationData() {
    long fin = latestFinalized.slot();
    attestationSignatures.keySet().removeIf(d -> d.target().slot() <= fin);
    latestNewAggregatedPayloads.keySet().removeIf(d -> d.target().slot() <= fin);
    latestKnownAggregatedPayloads.keySet().removeIf(d -> d.target().slot() <= fin);
  }

  /**
   * Drops blocks and states that can no longer matter: those before the finalized block and those
   * not descending from it. (leanSpec keeps them forever; a long-running node cannot.)
   */
  private void pruneFinalizedHistory() {
    Bytes32 finalizedRoot = latestFinalized.root();
    if (!blocks.containsKey(finalizedRoot)) {
      return;
    }
    Set<Bytes32> keep = new HashSet<>();
    keep.add(finalizedRoot);
    List<Map.Entry<Bytes32, Block>> bySlot = new ArrayList<>(blocks.entrySet());
    bySlot.sort(Comparator.comparingLong(e -> e.getValue().slot()));
    for (Map.Entry<Bytes32, Block> e : bySlot) {
      if (keep.contains(e.getValue().parentRoot())) {
        keep.add(e.getKey());
      }
    }
    blocks.keySet().retainAll(keep);
    states.keySet().retainAll(keep);
    signedBlocks.keySet().retainAll(keep);
  }

  // ---------------------------------------------------------------- validator duties

  /**
   * {@code get_attestation_target}: from the head, walk back up to {@link
   * ChainConfig#JUSTIFICATION_LOOKBACK_SLOTS} parents while above the safe target, then on until a
   * slot justifiable after the finalized slot.
   */
  public Checkpoint getAttestationTarget() {
    Bytes32 target = head;
    for (int i = 0; i < ChainConfig.JUSTIFICATION_LOOKBACK_SLOTS; i++) {
      if (blocks.get(target).slot() > blocks.get(safeTarget).slot()) {
        target = blocks.get(target).parentRoot();
      } else {
        break;
      }
    }
    while (blocks.get(target).slot() > latestFinalized.slot()
        && !Slot.isJustifiableAfter(blocks.get(target).slot(), latestFinalized.slot())) {
      target = blocks.get(target).parentRoot();
    }
    return new Checkpoint(target, blocks.get(target).slot());
  }

  /**
   * {@code produce_attestation_data}: head = the store's head, target as above, source = the
   * store's latest justified checkpoint (devnet4).
   */
  public AttestationData produceAttestationData(long slot) {
    return new AttestationData(
        slot,
        new Checkpoint(head, blocks.get(head).slot()),
        getAttestationTarget(),
        latestJustified);
  }

  /**
   * A validator's attestation duty (interval 1): updates the head (so a block received this slot
   * counts), produces the data and signs it with the attestation key at epoch {@code slot}.
   */
  public SignedAttestation produceSignedAttestation(
      long slot, long validatorId, ValidatorSigner signer) {
    updateHead();
    AttestationData data = produceAttestationData(slot);
    return new SignedAttestation(
        validatorId, data, signer.signAttestation(slot, data.hashTreeRoot()));
  }

  /**
   * {@code get_proposal_head}: ticks to the slot's first interval as a proposer, accepts pending
   * votes and returns the head.
   */
  public Bytes32 getProposalHead(long slot) {
    onTick(Interval.fromSlot(slot), true, false);
    acceptNewAttestations();
    return head;
  }

  /**
   * {@code produce_block_with_signatures} plus the proposer's signature: builds the block on the
   * proposal head from the known votes, adds it to the store and returns it signed with the
   * proposal key (epoch = slot), ready to publish.
   *
   * @throws RejectedException WRONG_PROPOSER if {@code validatorIndex} does not own the slot
   */
  public SignedBlock produceBlock(long slot, long validatorIndex, ValidatorSigner signer) {
    // The registry never changes, so the proposer can be checked before the store moves.
    require(
        ValidatorIndex.isProposerFor(validatorIndex, slot, headState().numValidators()),
        RejectionReason.WRONG_PROPOSER,
        "validator " + validatorIndex + " is not the proposer of " + "slot " + slot);
    Bytes32 headRoot = getProposalHead(slot);
    State headState = states.get(headRoot);
    BlockBuilder.BuiltBlock built =
        blockBuilder.buildBlock(
            headState,
            slot,
            validatorIndex,
            headRoot,
            blocks.keySet(),
            latestKnownAggregatedPayloads);
    if (built.postState().latestJustified().slot() < latestJustified.slot()) {
      throw new IllegalStateException(
          "produced block justifies slot "
              + built.postState().latestJustified().slot()
              + " < store justified "
              + latestJustified.slot()
              + ": the attestation loop did not converge");
    }
    Block block = built.block();
    Bytes32 blockRoot = block.hashTreeRoot();
    long previousFinalizedSlot = latestFinalized.slot();
    latestJustified = latestJustified.advanceTo(built.postState().latestJustified());
    latestFinalized = latestFinalized.advanceTo(built.postState().latestFinalized());
    blocks.put(blockRoot, block);
    states.put(blockRoot, built.postState());
    if (latestFinalized.slot() > previousFinalizedSlot) {
      pruneStaleAttestationData();
      pruneFinalizedHistory();
    }
    Signature proposerSignature = signer.signProposal(slot, blockRoot);
    SignedBlock signed =
        new SignedBlock(block, new BlockSignatures(built.signatures(), proposerSignature));
    signedBlocks.put(blockRoot, signed);
    return signed;
  }

  // ---------------------------------------------------------------- views

  public long time() {
    return time;
  }

  /** The current slot, from the store's time. */
  public long currentSlot() {
    return Interval.slotOf(time);
  }

  public Config config() {
    return config;
  }

  public Bytes32 head() {
    return head;
  }

  public long headSlot() {
    return blocks.get(head).slot();
  }

  public Bytes32 safeTarget() {
    return safeTarget;
  }

  public Checkpoint latestJustified() {
    return latestJustified;
  }

  public Checkpoint latestFinalized() {
    return latestFinalized;
  }

  public boolean containsBlock(Bytes32 root) {
    return blocks.containsKey(root);
  }

  /** The block with this root, or null. */
  public Block block(Bytes32 root) {
    return blocks.get(root);
  }

  /**
   * The signed block with this root as it was imported or produced, or null (also for the anchor,
   * which has no signature).
   */
  public SignedBlock signedBlock(Bytes32 root) {
    return signedBlocks.get(root);
  }

  /** This node's req/resp status: finalized checkpoint and head. */
  public Status status() {
    return new Status(latestFinalized, new Checkpoint(head, headSlot()));
  }

  /** The post-state of the block with this root, or null. */
  public State state(Bytes32 root) {
    return states.get(root);
  }

  /** The head block's post-state. */
  public State headState() {
    return states.get(head);
  }

  /** Number of distinct attestation data in the known pool (counted by fork choice). */
  public Map<AttestationData, Set<AggregatedSignatureProof>> knownAggregatedPayloads() {
    return copyOf(latestKnownAggregatedPayloads);
  }

  /** The pending pool (not yet counted by fork choice). */
  public Map<AttestationData, Set<AggregatedSignatureProof>> newAggregatedPayloads() {
    return copyOf(latestNewAggregatedPayloads);
  }

  /** Raw gossip signatures kept for aggregation. */
  public Map<AttestationData, Set<AttestationSignatureEntry>> attestationSignatures() {
    Map<AttestationData, Set<AttestationSignatureEntry>> out = new LinkedHashMap<>();
    attestationSignatures.forEach((d, s) -> out.put(d, Set.copyOf(s)));
    return java.util.Collections.unmodifiableMap(out);
  }

  private static Map<AttestationData, Set<AggregatedSignatureProof>> copyOf(
      Map<AttestationData, Set<AggregatedSignatureProof>> pool) {
    Map<AttestationData, Set<AggregatedSignatureProof>> out = new LinkedHashMap<>();
    pool.forEach((d, s) -> out.put(d, Set.copyOf(s)));
    return java.util.Collections.unmodifiableMap(out);
  }

  /**
   * {@code compute_block_weights}: the known votes' weight on every block above the finalized slot.
   */
  public Map<Bytes32, Integer> blockWeights() {
    return Map.copyOf(weights(latestVotes(latestKnownAggregatedPayloads), latestFinalized.slot()));
  }

  /** Everything an API or status view needs, as one immutable value. */
  public ForkChoiceSnapshot snapshot() {
    Map<Bytes32, Integer> weights = blockWeights();
    List<ForkChoiceNode> nodes = new ArrayList<>();
    blocks.forEach(
        (root, block) ->
            nodes.add(
                new ForkChoiceNode(
                    root,
                    block.slot(),
                    block.parentRoot(),
                    block.proposerIndex(),
                    weights.getOrDefault(root, 0))));
    nodes.sort(Comparator.comparingLong(ForkChoiceNode::slot).thenComparing(ForkChoiceNode::root));
    return new ForkChoiceSnapshot(
        time,
        new Checkpoint(head, headSlot()),
        safeTarget,
        latestJustified,
        latestFinalized,
        nodes);
  }
}
