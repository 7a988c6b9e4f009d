package io.leandevnet.devnet.observe;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The answer to "is my devnet healthy?" over a window of polls: every node up, heads within one
 * slot of each other, and finalization moving. {@code problems} is empty when healthy.
 */
public record Assessment(boolean healthy, List<String> problems) {

  public Assessment {
    problems = List.copyOf(problems);
  }

  /**
   * Judges the latest poll of {@code history} (oldest first). Finalization counts as stalled when
   * the best finalized slot has not moved for {@code stallSlots} slots of head progress.
   */
  public static Assessment of(List<DevnetStatus> history, int stallSlots) {
    if (history.isEmpty()) {
      return new Assessment(false, List.of("no poll yet"));
    }
    DevnetStatus latest = history.get(history.size() - 1);
    List<String> problems = new ArrayList<>();
    if (!latest.downNodes().isEmpty()) {
      problems.add("down: " + String.join(", ", latest.downNodes()));
    }
    Long maxHead = latest.maxHead();
    Long minHead =
        latest.lean().stream()
            .filter(LeanSnapshot::reachable)
            .map(LeanSnapshot::headSlot)
            .filter(Objects::nonNull)
            .min(Long::compare)
            .orElse(null);
    if (maxHead != null && minHead != null && maxHead - minHead > 1) {
      problems.add("heads differ by " + (maxHead - minHead) + " slots");
    }
    Long finalized = latest.maxFinalized();
    if (maxHead == null) {
      problems.add("no node reports a head");
    } else if (finalized == null) {
      problems.add("no node reports a finalized slot");
    } else if (maxHead - finalized > stallSlots) {
      problems.add(
          "finalized slot "
              + finalized
              + " is "
              + (maxHead - finalized)
              + " slots behind the head");
    }
    for (ElSnapshot e : latest.el()) {
      if (!e.reachable()) {
        problems.add(e.service() + " unreachable");
      }
    }
    if (!latest.el().isEmpty()
        && latest.el().stream().allMatch(ElSnapshot::reachable)
        && !latest.elTipsAgree()) {
      problems.add("EL tips differ");
    }
    return new Assessment(problems.isEmpty(), problems);
  }
}
