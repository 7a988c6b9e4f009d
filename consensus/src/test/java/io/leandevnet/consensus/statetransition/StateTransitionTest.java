package io.leandevnet.consensus.statetransition;

import static io.leandevnet.consensus.TestChain.data;
import static io.leandevnet.consensus.TestChain.votes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.leandevnet.consensus.RejectedException;
import io.leandevnet.consensus.RejectionReason;
import io.leandevnet.consensus.TestChain;
import io.leandevnet.consensus.containers.AggregatedAttestation;
import io.leandevnet.consensus.containers.Block;
import io.leandevnet.consensus.containers.BlockBody;
import io.leandevnet.consensus.containers.Checkpoint;
import io.leandevnet.consensus.containers.State;
import io.leandevnet.ssz.Bits;
import io.leandevnet.ssz.Bytes32;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class StateTransitionTest {
  final TestChain chain = new TestChain(4);
  final State genesis = chain.genesisState;
  final Bytes32 g = chain.genesisRoot;
  final Checkpoint gCp = new Checkpoint(g, 0);

  /** Blocks at slots 1..count on genesis, each empty; returns their post-states and roots. */
  record Chain(List<State> states, List<Bytes32> roots) {
    Checkpoint cp(int slot) {
      return new Checkpoint(roots.get(slot), slot);
    }
  }

  Chain emptyChain(int count) {
    List<State> states = new ArrayList<>(List.of(genesis));
    List<Bytes32> roots = new ArrayList<>(List.of(g));
    for (int s = 1; s <= count; s++) {
      Block b = chain.block(states.get(s - 1), roots.get(s - 1), s, List.of());
      states.add(StateTransition.stateTransition(states.get(s - 1), b));
      roots.add(b.hashTreeRoot());
    }
    return new Chain(states, roots);
  }

  static void rejects(RejectionReason reason, ThrowingCallable call) {
    assertThatThrownBy(call)
        .isInstanceOf(RejectedException.class)
        .extracting(e -> ((RejectedException) e).reason())
        .isEqualTo(reason);
  }

  @Test
  void firstBlockAnchorsGenesisAsJustifiedAndFinalized() {
    Block b1 = chain.block(genesis, g, 1, List.of());
    State post = StateTransition.stateTransition(genesis, b1);
    assertThat(post.slot()).isEqualTo(1);
    assertThat(post.latestJustified()).isEqualTo(gCp);
    assertThat(post.latestFinalized()).isEqualTo(gCp);
    assertThat(post.historicalBlockHashes()).containsExactly(g);
    assertThat(post.justifiedSlots().length()).isZero();
    assertThat(post.latestBlockHeader().stateRoot()).isEqualTo(Bytes32.ZERO);
    assertThat(post.latestBlockHeader().parentRoot()).isEqualTo(g);
    // The genesis header got its state root cached when slot 0 was left.
    assertThat(g)
        .isEqualTo(
            genesis.latestBlockHeader().withStateRoot(genesis.hashTreeRoot()).hashTreeRoot());
  }

  @Test
  void skippedSlotsGetZeroRootsAndUntrackedBits() {
    Chain c = emptyChain(1);
    Block b4 = chain.block(c.states().get(1), c.roots().get(1), 4, List.of());
    State post = StateTransition.stateTransition(c.states().get(1), b4);
    assertThat(post.historicalBlockHashes())
        .containsExactly(g, c.roots().get(1), Bytes32.ZERO, Bytes32.ZERO);
    // Tracked from finalized slot 0: slots 1..3, none justified.
    assertThat(post.justifiedSlots()).isEqualTo(Bits.of(false, false, false));
  }

  @Test
  void twoThirdsOfValidatorsJustifyTheTarget() {
    Chain c = emptyChain(2);
    AggregatedAttestation three = votes(4, data(2, c.cp(2), c.cp(1), gCp), 0, 1, 2);
    Block b3 = chain.block(c.states().get(2), c.roots().get(2), 3, List.of(three));
    State post = StateTransition.stateTransition(c.states().get(2), b3);
    assertThat(post.latestJustified()).isEqualTo(c.cp(1));
    assertThat(post.latestFinalized()).isEqualTo(gCp);
    assertThat(post.justifiedSlots()).isEqualTo(Bits.of(true, false));
    assertThat(post.justificationsRoots()).isEmpty();
  }

  @Test
  void fewerThanTwoThirdsStayPendingInTheVoteMatrix() {
    Chain c = emptyChain(2);
    AggregatedAttestation two = votes(4, data(2, c.cp(2), c.cp(1), gCp), 1, 3);
    Block b3 = chain.block(c.states().get(2), c.roots().get(2), 3, List.of(two));
    State post = StateTransition.stateTransition(c.states().get(2), b3);
    assertThat(post.latestJustified()).isEqualTo(gCp);
    assertThat(post.justificationsRoots()).containsExactly(c.roots().get(1));
    assertThat(post.justificationsValidators()).isEqualTo(Bits.of(false, true, false, true));
  }

  @Test
  void adjacentJustifiedSourceAndTargetFinalizeTheSource() {
    Chain c = emptyChain(3);
    AggregatedAttestation justify1 = votes(4, data(2, c.cp(2), c.cp(1), gCp), 0, 1, 2);
    AggregatedAttestation justify2 = votes(4, data(3, c.cp(3), c.cp(2), c.cp(1)), 1, 2, 3);
    Block b4 = chain.block(c.states().get(3), c.roots().get(3), 4, List.of(justify1, justify2));
    State post = StateTransition.stateTransition(c.states().get(3), b4);
    assertThat(post.latestJustified()).isEqualTo(c.cp(2));
    assertThat(post.latestFinalized()).isEqualTo(c.cp(1));
    // Tracked from slot 2 now: slot 2 justified, slot 3 not.
    assertThat(post.justifiedSlots()).isEqualTo(Bits.of(true, false));
  }

  @Test
  void finalizationPrunesJustifiedSlotsAndStaleJustifications() {
    Chain c = emptyChain(4);
    AggregatedAttestation pendingFor2 = votes(4, data(4, c.cp(4), c.cp(2), gCp), 0, 1);
    AggregatedAttestation justify3 = votes(4, data(4, c.cp(4), c.cp(3), gCp), 0, 1, 2);
    AggregatedAttestation justify4 = votes(4, data(4, c.cp(4), c.cp(4), c.cp(3)), 1, 2, 3);

    Block partial =
        chain.block(c.states().get(4), c.roots().get(4), 5, List.of(pendingFor2, justify3));
    State mid = StateTransition.stateTransition(c.states().get(4), partial);
    assertThat(mid.justificationsRoots()).containsExactly(c.roots().get(2));
    assertThat(mid.latestJustified()).isEqualTo(c.cp(3));
    assertThat(mid.latestFinalized()).isEqualTo(gCp);
    assertThat(mid.justifiedSlots()).isEqualTo(Bits.of(false, false, true, false));

    Block b5 =
        chain.block(
            c.states().get(4), c.roots().get(4), 5, List.of(pendingFor2, justify3, justify4));
    State post = StateTransition.stateTransition(c.states().get(4), b5);
    assertThat(post.latestJustified()).isEqualTo(c.cp(4));
    assertThat(post.latestFinalized()).isEqualTo(c.cp(3));
    assertThat(post.justificationsRoots()).isEmpty();
    assertThat(post.justificationsValidators().length()).isZero();
    assertThat(post.justifiedSlots()).isEqualTo(Bits.of(true));
  }

  @Test
  void votesForTargetsThatAreNotJustifiableAreIgnored() {
    Chain c = emptyChain(8);
    // Slot 7 is 7 after finalized slot 0: not ≤ 5, not a square, not pronic.
    AggregatedAttestation toSeven = votes(4, data(8, c.cp(8), c.cp(7), gCp), 0, 1, 2, 3);
    Block b9 = chain.block(c.states().get(8), c.roots().get(8), 9, List.of(toSeven));
    State post = StateTransition.stateTransition(c.states().get(8), b9);
    assertThat(post.latestJustified()).isEqualTo(gCp);
    assertThat(post.justificationsRoots()).isEmpty();
  }

  @Test
  void rejectsWrongProposer() {
    Block good = chain.block(genesis, g, 1, List.of());
    Block bad = new Block(1, 2, g, good.stateRoot(), good.body());
    rejects(RejectionReason.WRONG_PROPOSER, () -> StateTransition.stateTransition(genesis, bad));
  }

  @Test
  void rejectsWrongParent() {
    Block good = chain.block(genesis, g, 1, List.of());
    Block bad = new Block(1, 1, Bytes32.fromHex("11".repeat(32)), good.stateRoot(), good.body());
    rejects(
        RejectionReason.PARENT_ROOT_MISMATCH, () -> StateTransition.stateTransition(genesis, bad));
  }

  @Test
  void rejectsASlotThatIsNotInTheFuture() {
    Chain c = emptyChain(2);
    Block again = new Block(2, 2, c.roots().get(1), Bytes32.ZERO, BlockBody.EMPTY);
    rejects(
        RejectionReason.BLOCK_SLOT_NOT_IN_FUTURE,
        () -> StateTransition.stateTransition(c.states().get(2), again));
  }

  @Test
  void rejectsStateRootMismatch() {
    Block good = chain.block(genesis, g, 1, List.of());
    Block bad = good.withStateRoot(Bytes32.fromHex("22".repeat(32)));
    rejects(
        RejectionReason.STATE_ROOT_MISMATCH, () -> StateTransition.stateTransition(genesis, bad));
  }

  @Test
  void rejectsVotesFromValidatorsOutsideTheRegistry() {
    Chain c = emptyChain(2);
    AggregatedAttestation ghost = votes(5, data(2, c.cp(2), c.cp(1), gCp), 0, 4);
    Block b3 = new Block(3, 3, c.roots().get(2), Bytes32.ZERO, new BlockBody(List.of(ghost)));
    rejects(
        RejectionReason.VALIDATOR_INDEX_OUT_OF_RANGE,
        () -> StateTransition.stateTransition(c.states().get(2), b3));
  }

  @Test
  void rejectsEmptyAggregationBits() {
    Chain c = emptyChain(2);
    AggregatedAttestation none =
        new AggregatedAttestation(Bits.zeros(4), data(2, c.cp(2), c.cp(1), gCp));
    Block b3 = new Block(3, 3, c.roots().get(2), Bytes32.ZERO, new BlockBody(List.of(none)));
    rejects(
        RejectionReason.EMPTY_AGGREGATION_BITS,
        () -> StateTransition.stateTransition(c.states().get(2), b3));
  }
}
