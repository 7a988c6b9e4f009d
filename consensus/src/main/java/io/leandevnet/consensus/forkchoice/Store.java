package io.leandevnet.consensus.forkchoice;

import static io.leandevnet.consensus.RejectedException.require;

import io.leandevnet.consensus.RejectedException;
import io.leandevnet.consensus.RejectionReason;
import io.leandevnet.consensus.chain.Interval;
import io.leandevnet.consensus.containers.AggregatedSignatureProof;
import io.leandevnet.consensus.containers.AttestationData;
import io.leandevnet.consensus.containers.Block;
import io.leandevnet.consensus.containers.Checkpoint;
import io.leandevnet.consensus.containers.Config;
import io.leandevnet.consensus.containers.SignedAggregatedAttestation;
import io.leandevnet.consensus.containers.SignedAttestation;
import io.leandevnet.consensus.containers.SignedBlock;
import io.leandevnet.consensus.containers.State;
import io.leandevnet.consensus.containers.Status;
import io.leandevnet.consensus.containers.Validator;
import io.leandevnet.consensus.signature.SignatureAggregation;
import io.leandevnet.consensus.signature.ValidatorSigner;
import io.leandevnet.consensus.validator.BlockBuilder;
import io.leandevnet.ssz.Bytes32;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The fork-choice store of the devnet4 {@code lstar} fork (leanSpec {@code db21cc24}, {@code
 * forks/lstar/store.py}): the store's state, its accessors, and the entry points the node calls.
 *
 * <p>The logic lives beside it, split as leanSpec's current files split it: {@link ForkChoice}
 * (tick, attestation and block intake, head, safe target, pruning) with {@link LmdGhost}, {@link
 * ValidatorDuties} (attestation target and data, proposal head), {@link BlockProduction}, {@link
 * AttestationAggregation} and {@link BlockSignatureVerification}. Every refusal is a {@link
 * RejectedException} with the spec's reason; a refused input leaves the store unchanged.
 *
 * <p>Not thread-safe: the node calls it from one thread. Unlike leanSpec's immutable store it is
 * updated in place.
 */
public final class Store {
  long time;
  final Config config;
  Bytes32 head;
  Bytes32 safeTarget;
  Checkpoint latestJustified;
  Checkpoint latestFinalized;
  final Map<Bytes32, Block> blocks = new HashMap<>();
  final Map<Bytes32, State> states = new HashMap<>();

  /** The signed envelopes of imported and produced blocks, to serve blocks_by_root. */
  final Map<Bytes32, SignedBlock> signedBlocks = new HashMap<>();

  /** {@code gossip_signatures}: raw gossip votes an aggregator keeps until interval 2. */
  Map<AttestationData, Set<AttestationSignatureEntry>> attestationSignatures =
      new LinkedHashMap<>();

  /** {@code latest_new_aggregated_payloads}: pending votes, not yet counted by fork choice. */
  Map<AttestationData, Set<AggregatedSignatureProof>> latestNewAggregatedPayloads =
      new LinkedHashMap<>();

  /** {@code latest_known_aggregated_payloads}: the votes fork choice counts. */
  Map<AttestationData, Set<AggregatedSignatureProof>> latestKnownAggregatedPayloads =
      new LinkedHashMap<>();

  final SignatureAggregation aggregation;
  final BlockBuilder blockBuilder;

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

  // ---------------------------------------------------------------- entry points

  /** {@link ForkChoice#onTick}: the aggregates produced at interval 2, to publish. */
  public List<SignedAggregatedAttestation> onTick(
      long targetInterval, boolean hasProposal, boolean isAggregator) {
    return ForkChoice.onTick(this, targetInterval, hasProposal, isAggregator);
  }

  /** {@link ForkChoice#tickInterval}. */
  public List<SignedAggregatedAttestation> tickInterval(boolean hasProposal, boolean isAggregator) {
    return ForkChoice.tickInterval(this, hasProposal, isAggregator);
  }

  /** {@link ForkChoice#validateAttestation}. */
  public void validateAttestation(AttestationData data) {
    ForkChoice.validateAttestation(this, data);
  }

  /** {@link ForkChoice#onGossipAttestation}. */
  public void onGossipAttestation(SignedAttestation signed, boolean isAggregator) {
    ForkChoice.onGossipAttestation(this, signed, isAggregator);
  }

  /** {@link ForkChoice#onGossipAggregatedAttestation}. */
  public void onGossipAggregatedAttestation(SignedAggregatedAttestation signed) {
    ForkChoice.onGossipAggregatedAttestation(this, signed);
  }

  /** {@link ForkChoice#onBlock}. */
  public void onBlock(SignedBlock signedBlock) {
    ForkChoice.onBlock(this, signedBlock);
  }

  /** {@link BlockSignatureVerification#verifySignatures}. */
  public void verifySignatures(SignedBlock signedBlock, List<Validator> validators) {
    BlockSignatureVerification.verifySignatures(aggregation, signedBlock, validators);
  }

  /** {@link ForkChoice#updateHead}. */
  public void updateHead() {
    ForkChoice.updateHead(this);
  }

  /** {@link ForkChoice#acceptNewAttestations}. */
  public void acceptNewAttestations() {
    ForkChoice.acceptNewAttestations(this);
  }

  /** {@link ForkChoice#updateSafeTarget}. */
  public void updateSafeTarget() {
    ForkChoice.updateSafeTarget(this);
  }

  /** {@link AttestationAggregation#aggregate}: the aggregates to publish. */
  public List<SignedAggregatedAttestation> aggregate() {
    return AttestationAggregation.aggregate(this);
  }

  /** {@link ValidatorDuties#getAttestationTarget}. */
  public Checkpoint getAttestationTarget() {
    return ValidatorDuties.getAttestationTarget(this);
  }

  /** {@link ValidatorDuties#produceAttestationData}. */
  public AttestationData produceAttestationData(long slot) {
    return ValidatorDuties.produceAttestationData(this, slot);
  }

  /** {@link ValidatorDuties#produceSignedAttestation}. */
  public SignedAttestation produceSignedAttestation(
      long slot, long validatorId, ValidatorSigner signer) {
    return ValidatorDuties.produceSignedAttestation(this, slot, validatorId, signer);
  }

  /** {@link ValidatorDuties#getProposalHead}. */
  public Bytes32 getProposalHead(long slot) {
    return ValidatorDuties.getProposalHead(this, slot);
  }

  /** {@link BlockProduction#produceBlock}: the signed block, ready to publish. */
  public SignedBlock produceBlock(long slot, long validatorIndex, ValidatorSigner signer) {
    return BlockProduction.produceBlock(this, slot, validatorIndex, signer);
  }

  // ---------------------------------------------------------------- accessors

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

  /** The known pool (counted by fork choice). */
  public Map<AttestationData, Set<AggregatedSignatureProof>> knownAggregatedPayloads() {
    return copyOf(latestKnownAggregatedPayloads);
  }

  /** The pending pool (not yet counted by fork choice). */
  public Map<AttestationData, Set<AggregatedSignatureProof>> newAggregatedPayloads() {
    return copyOf(latestNewAggregatedPayloads);
  }

  /** Raw gossip signatures kept for aggregation. */
  public Map<AttestationData, Set<AttestationSignatureEntry>> attestationSignatures() {
    return copyOf(attestationSignatures);
  }

  private static <T> Map<AttestationData, Set<T>> copyOf(Map<AttestationData, Set<T>> pool) {
    Map<AttestationData, Set<T>> out = new LinkedHashMap<>();
    pool.forEach((d, s) -> out.put(d, Set.copyOf(s)));
    return Collections.unmodifiableMap(out);
  }

  /**
   * {@code compute_block_weights}: the known votes' weight on every block above the finalized slot.
   */
  public Map<Bytes32, Integer> blockWeights() {
    return Map.copyOf(
        LmdGhost.weights(
            blocks, LmdGhost.latestVotes(latestKnownAggregatedPayloads), latestFinalized.slot()));
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
