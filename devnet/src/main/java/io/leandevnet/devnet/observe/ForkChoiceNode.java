package io.leandevnet.devnet.observe;

/** One block of a node's fork-choice tree, as {@code /lean/v0/fork_choice} lists it. */
public record ForkChoiceNode(
    String root, long slot, String parentRoot, long proposerIndex, long weight) {}
