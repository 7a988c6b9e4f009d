package io.leandevnet.node.view;

import java.util.Objects;

/**
 * One block of the fork-choice tree.
 *
 * @param weight the votes currently counted for this block's subtree
 */
public record ForkChoiceNode(Root root, long slot, Root parentRoot, long proposerIndex, long weight) {

    public ForkChoiceNode {
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(parentRoot, "parentRoot");
    }
}
