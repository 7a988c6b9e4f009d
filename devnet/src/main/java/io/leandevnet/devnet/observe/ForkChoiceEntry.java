package io.leandevnet.devnet.observe;

/**
 * One block of a node's fork-choice tree as {@code /lean/v0/fork_choice} lists it: the observer's
 * reading of the API, not the consensus module's {@code ForkChoiceNode}.
 */
public record ForkChoiceEntry(
    String root, long slot, String parentRoot, long proposerIndex, long weight) {}
