package io.leandevnet.devnet.observe;

import java.time.Instant;
import java.util.List;

/**
 * What one poll learned about one Lean node. A {@code null} number means unknown: the node did not
 * answer, or its client does not report that figure.
 *
 * @param headRoot the head block root from the fork-choice API, or null
 * @param tree the fork-choice tree (empty when unknown)
 * @param lastError the first thing that went wrong in this poll, or null
 */
public record LeanSnapshot(
    String node,
    String client,
    Instant at,
    Health health,
    Long headSlot,
    String headRoot,
    Long justifiedSlot,
    Long finalizedSlot,
    Long safeTargetSlot,
    Long currentSlot,
    Long peers,
    Boolean aggregator,
    Long validatorCount,
    List<ForkChoiceEntry> tree,
    String lastError) {

  public LeanSnapshot {
    tree = List.copyOf(tree);
  }

  public boolean reachable() {
    return health != Health.DOWN;
  }
}
