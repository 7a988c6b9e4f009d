package io.leandevnet.node.view;

import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * A consistent snapshot of the fork choice, as {@code /lean/v0/fork_choice} shows it.
 *
 * @param nodes          the blocks at or after the finalized slot
 * @param head           the head block
 * @param justified      the latest justified checkpoint
 * @param finalized      the latest finalized checkpoint
 * @param safeTarget     the safe target block
 * @param validatorCount validators in the head state; empty when the head state is unavailable
 */
public record ForkChoice(List<ForkChoiceNode> nodes, Checkpoint head, Checkpoint justified, Checkpoint finalized,
                         Checkpoint safeTarget, OptionalInt validatorCount) {

    public ForkChoice {
        nodes = List.copyOf(nodes);
        Objects.requireNonNull(head, "head");
        Objects.requireNonNull(justified, "justified");
        Objects.requireNonNull(finalized, "finalized");
        Objects.requireNonNull(safeTarget, "safeTarget");
        Objects.requireNonNull(validatorCount, "validatorCount");
    }
}
