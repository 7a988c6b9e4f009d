package io.leandevnet.devnet.observe;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/** One poll of a whole devnet: every Lean node and every execution client. */
public record DevnetStatus(Instant at, List<LeanSnapshot> lean, List<ElSnapshot> el) {

  public DevnetStatus {
    lean = List.copyOf(lean);
    el = List.copyOf(el);
  }

  /** The nodes that did not answer at all. */
  public List<String> downNodes() {
    return lean.stream().filter(s -> !s.reachable()).map(LeanSnapshot::node).toList();
  }

  /**
   * Whether every Lean node answered and all report the same head: the same head root where every
   * node reports one, else the same head slot.
   */
  public boolean headsAgree() {
    if (lean.isEmpty() || lean.stream().anyMatch(s -> !s.reachable() || s.headSlot() == null)) {
      return false;
    }
    boolean allRoots = lean.stream().allMatch(s -> s.headRoot() != null);
    Function<LeanSnapshot, Object> key =
        allRoots ? s -> s.headRoot().toLowerCase() : LeanSnapshot::headSlot;
    return lean.stream().map(key).distinct().count() == 1;
  }

  /** Whether every execution client answered and all share one latest block hash. */
  public boolean elTipsAgree() {
    return !el.isEmpty()
        && el.stream().allMatch(ElSnapshot::reachable)
        && el.stream().map(e -> e.blockHash().toLowerCase()).distinct().count() == 1;
  }

  public Long maxHead() {
    return max(LeanSnapshot::headSlot);
  }

  public Long maxJustified() {
    return max(LeanSnapshot::justifiedSlot);
  }

  public Long maxFinalized() {
    return max(LeanSnapshot::finalizedSlot);
  }

  /** The lowest finalized slot over the nodes that report one, or null if none does. */
  public Long minFinalized() {
    return lean.stream()
        .map(LeanSnapshot::finalizedSlot)
        .filter(Objects::nonNull)
        .min(Long::compare)
        .orElse(null);
  }

  private Long max(Function<LeanSnapshot, Long> f) {
    return lean.stream().map(f).filter(Objects::nonNull).max(Long::compare).orElse(null);
  }

  /** The snapshot of the named node, or null. */
  public LeanSnapshot node(String name) {
    return lean.stream().filter(s -> s.node().equals(name)).findFirst().orElse(null);
  }
}
