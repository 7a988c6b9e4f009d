package io.leandevnet.node.view;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** A node view with fixed content, for tests. */
public record FixedNodeView(ForkChoice forkChoice, Optional<byte[]> finalizedState, Optional<byte[]> finalizedBlock)
        implements NodeView {

    /** A root whose bytes are all {@code b}. */
    public static Root root(int b) {
        byte[] bytes = new byte[Root.LENGTH];
        java.util.Arrays.fill(bytes, (byte) b);
        return new Root(bytes);
    }

    /** A chain of five blocks (slots 0-4): head 4, safe target 3, justified 2, finalized 1. */
    public static FixedNodeView sample() {
        List<ForkChoiceNode> nodes = List.of(
                new ForkChoiceNode(root(1), 1, root(0), 1, 4),
                new ForkChoiceNode(root(2), 2, root(1), 2, 4),
                new ForkChoiceNode(root(3), 3, root(2), 3, 3),
                new ForkChoiceNode(root(4), 4, root(3), 0, 2));
        ForkChoice fc = new ForkChoice(nodes, new Checkpoint(root(4), 4), new Checkpoint(root(2), 2),
                new Checkpoint(root(1), 1), new Checkpoint(root(3), 3), OptionalInt.of(4));
        return new FixedNodeView(fc, Optional.of(new byte[] {1, 2, 3, 4}), Optional.empty());
    }

    /** Genesis only: every checkpoint at slot 0. */
    public static FixedNodeView genesis() {
        Checkpoint g = new Checkpoint(root(9), 0);
        ForkChoice fc = new ForkChoice(List.of(new ForkChoiceNode(root(9), 0, Root.ZERO, 0, 0)), g, g, g, g,
                OptionalInt.of(4));
        return new FixedNodeView(fc, Optional.empty(), Optional.empty());
    }

    @Override
    public Checkpoint head() {
        return forkChoice.head();
    }

    @Override
    public Checkpoint latestJustified() {
        return forkChoice.justified();
    }

    @Override
    public Checkpoint latestFinalized() {
        return forkChoice.finalized();
    }

    @Override
    public Checkpoint safeTarget() {
        return forkChoice.safeTarget();
    }
}
