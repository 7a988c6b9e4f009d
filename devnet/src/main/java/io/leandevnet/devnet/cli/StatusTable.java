package io.leandevnet.devnet.cli;

import io.leandevnet.devnet.observe.DevnetStatus;
import io.leandevnet.devnet.observe.ElSnapshot;
import io.leandevnet.devnet.observe.LeanSnapshot;

/** Renders a {@link DevnetStatus} as the text table {@code status} prints. */
public final class StatusTable {

  private StatusTable() {}

  /**
   * The table, one row per node, then EL rows, then a summary line. {@code previous} (may be null)
   * is an earlier poll, used to say whether justified and finalized are advancing.
   */
  public static String render(DevnetStatus status, DevnetStatus previous) {
    TextTable nodes =
        TextTable.of(
            "NODE",
            "CLIENT",
            "HEAD",
            "JUSTIFIED",
            "FINALIZED",
            "SAFE",
            "PEERS",
            "AGG",
            "HEALTH",
            "LAST ERROR");
    for (LeanSnapshot s : status.lean()) {
      nodes.row(
          s.node(),
          s.client(),
          num(s.headSlot()),
          num(s.justifiedSlot()),
          num(s.finalizedSlot()),
          num(s.safeTargetSlot()),
          num(s.peers()),
          s.aggregator() == null ? "?" : s.aggregator() ? "yes" : "no",
          s.health().label(),
          s.lastError() == null ? "" : s.lastError());
    }
    StringBuilder out = new StringBuilder(nodes.render());
    if (!status.el().isEmpty()) {
      TextTable el = TextTable.of("EL SERVICE", "PAIRED WITH", "BLOCK", "HASH", "LAST ERROR");
      for (ElSnapshot e : status.el()) {
        el.row(
            e.service(),
            e.pairedLean() == null ? "?" : e.pairedLean(),
            num(e.blockNumber()),
            e.blockHash() == null ? "?" : e.blockHash(),
            e.lastError() == null ? "" : e.lastError());
      }
      out.append('\n').append(el.render());
    }
    out.append('\n').append(summary(status, previous)).append('\n');
    return out.toString();
  }

  /** One line: nodes up, whether heads agree, the best justified/finalized and their trend. */
  public static String summary(DevnetStatus status, DevnetStatus previous) {
    long up = status.lean().stream().filter(LeanSnapshot::reachable).count();
    StringBuilder s = new StringBuilder();
    s.append(up).append('/').append(status.lean().size()).append(" nodes up");
    s.append(" · heads ")
        .append(status.headsAgree() ? "agree at slot " + status.maxHead() : "differ");
    s.append(" · justified ")
        .append(num(status.maxJustified()))
        .append(trend(previous == null ? null : previous.maxJustified(), status.maxJustified()));
    s.append(" · finalized ")
        .append(num(status.maxFinalized()))
        .append(trend(previous == null ? null : previous.maxFinalized(), status.maxFinalized()));
    if (!status.el().isEmpty()) {
      s.append(" · EL tips ").append(status.elTipsAgree() ? "agree" : "differ");
    }
    return s.toString();
  }

  private static String trend(Long before, Long now) {
    if (before == null || now == null) {
      return "";
    }
    return now > before ? " (advancing)" : " (not advancing)";
  }

  private static String num(Long n) {
    return n == null ? "?" : n.toString();
  }
}
