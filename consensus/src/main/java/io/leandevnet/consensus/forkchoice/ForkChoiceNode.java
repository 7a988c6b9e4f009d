package io.leandevnet.consensus.forkchoice;

import io.leandevnet.ssz.Bytes32;

/**
 * One block of the fork-choice tree with its LMD-GHOST weight (for {@code /lean/v0/fork_choice}).
 */
public record ForkChoiceNode(
    Bytes32 root, long slot, Bytes32 parentRoot, long proposerIndex, int weight) {}
