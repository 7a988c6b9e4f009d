package io.leandevnet.consensus.forkchoice;

import io.leandevnet.consensus.containers.Checkpoint;
import io.leandevnet.ssz.Bytes32;
import java.util.List;

/**
 * An immutable view of the store: what {@code /lean/v0/fork_choice}, metrics and status need.
 *
 * @param time intervals since genesis
 * @param head the head root and its slot
 * @param nodes every known block, ascending by slot
 */
public record ForkChoiceSnapshot(
    long time,
    Checkpoint head,
    Bytes32 safeTarget,
    Checkpoint latestJustified,
    Checkpoint latestFinalized,
    List<ForkChoiceNode> nodes) {
  public ForkChoiceSnapshot {
    nodes = List.copyOf(nodes);
  }
}
