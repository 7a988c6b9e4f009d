package io.leandevnet.consensus.forkchoice;

import static io.leandevnet.consensus.TestChain.data;
import static io.leandevnet.consensus.TestChain.votes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.leandevnet.consensus.RejectedException;
import io.leandevnet.consensus.RejectionReason;
import io.leandevnet.consensus.TestChain;
import io.leandevnet.consensus.chain.Interval;
import io.leandevnet.consensus.containers.AggregatedAttestation;
import io.leandevnet.consensus.containers.AggregatedSignatureProof;
import io.leandevnet.consensus.containers.AttestationData;
import io.leandevnet.consensus.containers.Block;
import io.leandevnet.consensus.containers.BlockBody;
import io.leandevnet.consensus.containers.BlockSignatures;
import io.leandevnet.consensus.containers.Checkpoint;
import io.leandevnet.consensus.containers.Signature;
import io.leandevnet.consensus.containers.SignedAggregatedAttestation;
import io.leandevnet.consensus.containers.SignedAttestation;
import io.leandevnet.consensus.containers.SignedBlock;
import io.leandevnet.consensus.containers.State;
import io.leandevnet.consensus.statetransition.StateTransition;
import io.leandevnet.ssz.Bytes;
import io.leandevnet.ssz.Bytes32;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class StoreTest {
  final TestChain chain = new TestChain(4);
  final Store store = Store.createStore(chain.genesisState, chain.genesisBlock, chain.aggregation);
  final Bytes32 g = chain.genesisRoot;
  final Checkpoint gCp = new Checkpoint(g, 0);

  static void rejects(RejectionReason reason, ThrowingCallable call) {
    assertThatThrownBy(call)
        .isInstanceOf(RejectedException.class)
        .extracting(e -> ((RejectedException) e).reason())
        .isEqualTo(reason);
  }

  /** Imports an empty block at {@code slot} on {@code parent}; returns its root. */
  Bytes32 importBlock(Bytes32 parent, long slot) {
    store.onTick(Interval.fromSlot(slot), true, false);
    Block b = chain.block(store.state(parent), parent, slot, List.of());
    store.onBlock(chain.sign(b));
    return b.hashTreeRoot();
  }

  SignedAggregatedAttestation aggregate(AttestationData d, Integer... validators) {
    return new SignedAggregatedAttestation(d, chain.proof(d, List.of(validators)));
  }

  @Test
  void anchorIsHeadJustifiedAndFinalized() {
    assertThat(store.head()).isEqualTo(g);
    assertThat(store.safeTarget()).isEqualTo(g);
    assertThat(store.latestJustified()).isEqualTo(gCp);
    assertThat(store.latestFinalized()).isEqualTo(gCp);
    assertThat(store.time()).isZero();
  }

  @Test
  void anchorMustCommitToItsState() {
    Block wrong = chain.genesisBlock.withStateRoot(Bytes32.ZERO);
    rejects(
        RejectionReason.ANCHOR_STATE_ROOT_MISMATCH,
        () -> Store.createStore(chain.genesisState, wrong, chain.aggregation));
  }

  @Test
  void equalWeightForksGoToTheLargerRoot() {
    Bytes32 a = importBlock(g, 1);
    Bytes32 b = importBlock(g, 2);
    Bytes32 larger = a.compareTo(b) > 0 ? a : b;
    assertThat(store.head()).isEqualTo(larger);
  }

  @Test
  void aCompetingForkIsResolvedByWeight() {
    Bytes32 a = importBlock(g, 1);
    Bytes32 b = importBlock(g, 2);
    Bytes32 smaller = a.compareTo(b) < 0 ? a : b;
    long smallerSlot = smaller.equals(a) ? 1 : 2;
    store.onTick(Interval.fromSlot(2) + 1, false, false);
    AttestationData vote = data(2, new Checkpoint(smaller, smallerSlot), gCp, gCp);
    store.onGossipAggregatedAttestation(aggregate(vote, 0, 1));
    assertThat(store.head()).as("pending votes do not count yet").isNotEqualTo(smaller);
    store.acceptNewAttestations();
    assertThat(store.head()).isEqualTo(smaller);
    assertThat(store.blockWeights()).containsEntry(smaller, 2);
  }

  @Test
  void safeTargetNeedsTwoThirdsRoundedUpOfPendingVotes() {
    Bytes32 b1 = importBlock(g, 1);
    store.onTick(Interval.fromSlot(1) + 1, false, false);
    AttestationData vote = data(1, new Checkpoint(b1, 1), gCp, gCp);
    store.onGossipAggregatedAttestation(aggregate(vote, 0, 1));
    store.updateSafeTarget();
    assertThat(store.safeTarget()).as("2 of 4 < ceil(8/3) = 3").isEqualTo(g);
    store.onGossipAggregatedAttestation(aggregate(vote, 2));
    store.updateSafeTarget();
    assertThat(store.safeTarget()).isEqualTo(b1);
  }

  @Test
  void intervalThreeUpdatesSafeTargetAndIntervalFourAcceptsVotes() {
    Bytes32 b1 = importBlock(g, 1);
    store.onTick(Interval.fromSlot(1) + 1, false, false);
    AttestationData vote = data(1, new Checkpoint(b1, 1), gCp, gCp);
    store.onGossipAggregatedAttestation(aggregate(vote, 0, 1, 2));
    store.onTick(Interval.fromSlot(1) + 3, false, false);
    assertThat(store.safeTarget()).isEqualTo(b1);
    assertThat(store.newAggregatedPayloads()).containsKey(vote);
    store.onTick(Interval.fromSlot(1) + 4, false, false);
    assertThat(store.newAggregatedPayloads()).isEmpty();
    assertThat(store.knownAggregatedPayloads()).containsKey(vote);
  }

  @Test
  void attestationsFromTheFutureAreRefused() {
    Bytes32 b1 = importBlock(g, 1);
    // The store is at interval 5 (slot 1 start); slot 2 starts at interval 10.
    AttestationData early = data(2, new Checkpoint(b1, 1), gCp, gCp);
    rejects(
        RejectionReason.ATTESTATION_TOO_FAR_IN_FUTURE,
        () -> store.onGossipAggregatedAttestation(aggregate(early, 0)));
    store.onTick(Interval.fromSlot(2) - 1, false, false);
    // One interval of clock disparity is tolerated.
    store.onGossipAggregatedAttestation(aggregate(early, 0));
    assertThat(store.newAggregatedPayloads()).containsKey(early);
  }

  @Test
  void gossipAttestationsAreVerifiedAndKeptOnlyByAggregators() {
    Bytes32 b1 = importBlock(g, 1);
    AttestationData d = data(1, new Checkpoint(b1, 1), gCp, gCp);
    Signature good = chain.keys.signer(2).signAttestation(1, d.hashTreeRoot());
    store.onGossipAttestation(new SignedAttestation(2, d, good), false);
    assertThat(store.attestationSignatures()).isEmpty();
    store.onGossipAttestation(new SignedAttestation(2, d, good), true);
    assertThat(store.attestationSignatures().get(d)).hasSize(1);
    rejects(
        RejectionReason.INVALID_SIGNATURE,
        () -> store.onGossipAttestation(new SignedAttestation(3, d, good), true));
    rejects(
        RejectionReason.VALIDATOR_NOT_IN_STATE,
        () -> store.onGossipAttestation(new SignedAttestation(9, d, good), true));
    AttestationData unknownHead =
        data(1, new Checkpoint(Bytes32.fromHex("33".repeat(32)), 1), gCp, gCp);
    rejects(
        RejectionReason.UNKNOWN_HEAD_BLOCK,
        () -> store.onGossipAttestation(new SignedAttestation(2, unknownHead, good), true));
    AttestationData backwards = data(1, gCp, new Checkpoint(b1, 1), gCp);
    rejects(
        RejectionReason.HEAD_OLDER_THAN_TARGET,
        () -> store.onGossipAttestation(new SignedAttestation(2, backwards, good), true));
  }

  @Test
  void aggregatorBuildsOneProofFromRawSignaturesAtIntervalTwo() {
    Bytes32 b1 = importBlock(g, 1);
    store.onTick(Interval.fromSlot(1) + 1, false, true);
    AttestationData d = data(1, new Checkpoint(b1, 1), gCp, gCp);
    for (int v : new int[] {3, 0, 1}) {
      store.onGossipAttestation(
          new SignedAttestation(v, d, chain.keys.signer(v).signAttestation(1, d.hashTreeRoot())),
          true);
    }
    List<SignedAggregatedAttestation> out = store.onTick(Interval.fromSlot(1) + 2, false, true);
    assertThat(out).hasSize(1);
    assertThat(out.get(0).proof().participantIndices()).containsExactly(0, 1, 3);
    assertThat(store.attestationSignatures()).isEmpty();
    assertThat(store.newAggregatedPayloads().get(d)).containsExactly(out.get(0).proof());
    // A second store accepts the aggregate: the bundled proof verifies.
    Store other = Store.createStore(chain.genesisState, chain.genesisBlock, chain.aggregation);
    other.onTick(Interval.fromSlot(1), true, false);
    other.onBlock(chain.sign(store.block(b1)));
    other.onTick(Interval.fromSlot(1) + 2, false, false);
    other.onGossipAggregatedAttestation(out.get(0));
    assertThat(other.newAggregatedPayloads()).containsKey(d);
  }

  @Test
  void blockWithBadProposerSignatureIsRefused() {
    store.onTick(Interval.fromSlot(1), true, false);
    Block b1 = chain.block(chain.genesisState, g, 1, List.of());
    SignedBlock signed = chain.sign(b1);
    Signature forged = chain.keys.signer(2).signProposal(1, b1.hashTreeRoot());
    SignedBlock bad = new SignedBlock(b1, new BlockSignatures(List.of(), forged));
    rejects(RejectionReason.INVALID_SIGNATURE, () -> store.onBlock(bad));
    assertThat(store.containsBlock(b1.hashTreeRoot())).isFalse();
    store.onBlock(signed);
    assertThat(store.head()).isEqualTo(b1.hashTreeRoot());
  }

  @Test
  void blockWithABadAttestationProofIsRefused() {
    Bytes32 b1 = importBlock(g, 1);
    AttestationData d = data(1, new Checkpoint(b1, 1), gCp, gCp);
    Block b2 = chain.block(store.state(b1), b1, 2, List.of(votes(4, d, 0, 1)));
    SignedBlock good = chain.sign(b2);
    AggregatedSignatureProof otherData = chain.proof(data(1, gCp, gCp, gCp), List.of(0, 1));
    SignedBlock bad =
        new SignedBlock(
            b2, new BlockSignatures(List.of(otherData), good.signature().proposerSignature()));
    store.onTick(Interval.fromSlot(2), true, false);
    rejects(RejectionReason.INVALID_BLOCK_PROOF, () -> store.onBlock(bad));
    store.onBlock(good);
    assertThat(store.knownAggregatedPayloads()).containsKey(d);
  }

  @Test
  void blockWithUnknownParentIsRefused() {
    Block orphan =
        new Block(1, 1, Bytes32.fromHex("44".repeat(32)), Bytes32.ZERO, chain.genesisBlock.body());
    rejects(RejectionReason.UNKNOWN_PARENT_BLOCK, () -> store.onBlock(chain.sign(orphan)));
  }

  @Test
  void blockWithDuplicateAttestationDataIsRefused() {
    Bytes32 b1 = importBlock(g, 1);
    AttestationData d = data(1, new Checkpoint(b1, 1), gCp, gCp);
    Block b2 = chain.block(store.state(b1), b1, 2, List.of(votes(4, d, 0), votes(4, d, 1)));
    store.onTick(Interval.fromSlot(2), true, false);
    rejects(RejectionReason.DUPLICATE_ATTESTATION_DATA, () -> store.onBlock(chain.sign(b2)));
  }

  @Test
  void blockWithMoreThanSixteenAttestationDataIsRefused() {
    Bytes32 b1 = importBlock(g, 1);
    State s1 = store.state(b1);
    List<AggregatedAttestation> many = new ArrayList<>();
    for (int i = 0; i < 17; i++) {
      many.add(votes(4, data(1 + i, new Checkpoint(b1, 1), gCp, gCp), 0));
    }
    Block b2 = chain.block(s1, b1, 2, many);
    store.onTick(Interval.fromSlot(2), true, false);
    rejects(RejectionReason.TOO_MANY_ATTESTATION_DATA, () -> store.onBlock(chain.sign(b2)));
    List<AggregatedAttestation> sixteen = many.subList(0, 16);
    Block ok = chain.block(s1, b1, 2, sixteen);
    store.onBlock(chain.sign(ok));
    assertThat(store.head()).isEqualTo(ok.hashTreeRoot());
  }

  @Test
  void blockWithAValidatorOutsideTheRegistryIsRefused() {
    Bytes32 b1 = importBlock(g, 1);
    AttestationData d = data(1, new Checkpoint(b1, 1), gCp, gCp);
    AggregatedAttestation ghost = votes(8, d, 0, 7);
    Block b2 = new Block(2, 2, b1, Bytes32.ZERO, new BlockBody(List.of(ghost)));
    AggregatedSignatureProof proof =
        new AggregatedSignatureProof(ghost.aggregationBits(), Bytes.zeros(2 * Signature.LENGTH));
    SignedBlock signed =
        new SignedBlock(
            b2,
            new BlockSignatures(
                List.of(proof), chain.keys.signer(2).signProposal(2, b2.hashTreeRoot())));
    store.onTick(Interval.fromSlot(2), true, false);
    rejects(RejectionReason.VALIDATOR_INDEX_OUT_OF_RANGE, () -> store.onBlock(signed));
  }

  @Test
  void producedBlocksCarryPoolVotesAndValidSignatures() {
    Bytes32 b1 = importBlock(g, 1);
    store.onTick(Interval.fromSlot(1) + 1, false, false);
    AttestationData d = data(1, new Checkpoint(b1, 1), new Checkpoint(b1, 1), gCp);
    store.onGossipAggregatedAttestation(aggregate(d, 0, 1, 2));
    SignedBlock produced = store.produceBlock(2, 2, chain.keys.signer(2));
    assertThat(produced.block().body().attestations()).hasSize(1);
    assertThat(store.latestJustified()).isEqualTo(new Checkpoint(b1, 1));
    // Another node accepts it: signatures and state root check out.
    Store other = Store.createStore(chain.genesisState, chain.genesisBlock, chain.aggregation);
    other.onTick(Interval.fromSlot(1), true, false);
    other.onBlock(chain.sign(store.block(b1)));
    other.onTick(Interval.fromSlot(2), true, false);
    other.onBlock(produced);
    assertThat(other.head()).isEqualTo(produced.block().hashTreeRoot());
    assertThat(other.latestJustified()).isEqualTo(new Checkpoint(b1, 1));
    long time = store.time();
    rejects(RejectionReason.WRONG_PROPOSER, () -> store.produceBlock(3, 1, chain.keys.signer(1)));
    assertThat(store.time()).as("a refused proposal leaves the store as it was").isEqualTo(time);
  }

  @Test
  void postStateOfAnImportedBlockMatchesTheStateTransition() {
    Bytes32 b1 = importBlock(g, 1);
    State expected = StateTransition.stateTransition(chain.genesisState, store.block(b1));
    assertThat(store.state(b1)).isEqualTo(expected);
  }
}
