package io.leandevnet.node.view;

import io.leandevnet.consensus.containers.Checkpoint;
import io.leandevnet.consensus.forkchoice.ForkChoiceNode;
import io.leandevnet.consensus.forkchoice.ForkChoiceSnapshot;
import io.leandevnet.ssz.Bytes32;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** A node view with fixed content, for tests. */
public record FixedNodeView(
    ForkChoiceSnapshot forkChoice,
    Checkpoint safeTarget,
    OptionalInt validatorCount,
    Optional<byte[]> finalizedState,
    Optional<byte[]> finalizedBlock)
    implements NodeView {

  /** A root whose bytes are all {@code b}. */
  public static Bytes32 root(int b) {
    byte[] bytes = new byte[Bytes32.LENGTH];
    Arrays.fill(bytes, (byte) b);
    return Bytes32.wrap(bytes);
  }

  /**
   * A chain of five blocks (slots 0-4): head 4, safe target 3, justified 2, finalized 1; the
   * genesis block lies before the finalized slot.
   */
  public static FixedNodeView sample() {
    List<ForkChoiceNode> nodes =
        List.of(
            new ForkChoiceNode(root(9), 0, Bytes32.ZERO, 0, 4),
            new ForkChoiceNode(root(1), 1, root(9), 1, 4),
            new ForkChoiceNode(root(2), 2, root(1), 2, 4),
            new ForkChoiceNode(root(3), 3, root(2), 3, 3),
            new ForkChoiceNode(root(4), 4, root(3), 0, 2));
    ForkChoiceSnapshot fc =
        new ForkChoiceSnapshot(
            22,
            new Checkpoint(root(4), 4),
            root(3),
            new Checkpoint(root(2), 2),
            new Checkpoint(root(1), 1),
            nodes);
    return new FixedNodeView(
        fc,
        new Checkpoint(root(3), 3),
        OptionalInt.of(4),
        Optional.of(new byte[] {1, 2, 3, 4}),
        Optional.empty());
  }

  /** Genesis only: every checkpoint at slot 0. */
  public static FixedNodeView genesis() {
    Checkpoint g = new Checkpoint(root(9), 0);
    ForkChoiceSnapshot fc =
        new ForkChoiceSnapshot(
            0, g, g.root(), g, g, List.of(new ForkChoiceNode(root(9), 0, Bytes32.ZERO, 0, 0)));
    return new FixedNodeView(fc, g, OptionalInt.of(4), Optional.empty(), Optional.empty());
  }

  @Override
  public Checkpoint head() {
    return forkChoice.head();
  }

  @Override
  public Checkpoint latestJustified() {
    return forkChoice.latestJustified();
  }

  @Override
  public Checkpoint latestFinalized() {
    return forkChoice.latestFinalized();
  }
}
