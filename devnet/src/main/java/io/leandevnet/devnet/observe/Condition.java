package io.leandevnet.devnet.observe;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One thing {@code verify} waits for. Each condition is judged on the latest poll, and where it
 * speaks of progress, against the first poll of the run.
 */
public sealed interface Condition {

  /** The verdict on {@code latest}; {@code first} is the run's first poll. */
  Verdict check(DevnetStatus first, DevnetStatus latest);

  /** A short name for messages, e.g. {@code finalized >= 4}. */
  String describe();

  /** Whether a condition holds, and if not, why, naming the nodes. */
  record Verdict(boolean holds, String detail) {

    /** Holds, saying {@code detail}, when there are no {@code failures}; else names every one. */
    static Verdict unless(List<String> failures, String detail) {
      return failures.isEmpty()
          ? new Verdict(true, detail)
          : new Verdict(false, String.join(", ", failures));
    }
  }

  /**
   * Every node answers and every node that reports a finalized slot is at {@code slot} or later.
   */
  record FinalizedAtLeast(long slot) implements Condition {
    @Override
    public Verdict check(DevnetStatus first, DevnetStatus latest) {
      List<String> behind = new ArrayList<>();
      int reporting = 0;
      for (LeanSnapshot s : latest.lean()) {
        if (!s.reachable()) {
          behind.add(s.node() + " is down");
        } else if (s.finalizedSlot() != null) {
          reporting++;
          if (s.finalizedSlot() < slot) {
            behind.add(s.node() + " finalized " + s.finalizedSlot());
          }
        }
      }
      if (reporting == 0 && behind.isEmpty()) {
        return new Verdict(false, "no node reports a finalized slot");
      }
      return Verdict.unless(behind, "every node finalized slot " + slot + " or later");
    }

    @Override
    public String describe() {
      return "finalized >= " + slot;
    }
  }

  /** Every node answers and all share one head. */
  record HeadsAgree() implements Condition {
    @Override
    public Verdict check(DevnetStatus first, DevnetStatus latest) {
      if (latest.headsAgree()) {
        return new Verdict(
            true, "all " + latest.lean().size() + " heads at slot " + latest.maxHead());
      }
      List<String> parts = new ArrayList<>();
      for (LeanSnapshot s : latest.lean()) {
        parts.add(
            s.node()
                + (s.reachable()
                    ? " head " + (s.headSlot() == null ? "unknown" : s.headSlot().toString())
                    : " is down"));
      }
      return new Verdict(false, String.join(", ", parts));
    }

    @Override
    public String describe() {
      return "heads agree";
    }
  }

  /**
   * Every node answers and its justified slot is at most {@code slots} behind its head. The seed's
   * check for ethlambda devnets is {@code justified = head - 1} ({@code slots = 1}); the built-in
   * node, following leanSpec devnet4, justifies {@code head - 2} every slot.
   */
  record JustifiedWithin(long slots) implements Condition {
    @Override
    public Verdict check(DevnetStatus first, DevnetStatus latest) {
      List<String> behind = new ArrayList<>();
      for (LeanSnapshot s : latest.lean()) {
        if (!s.reachable()) {
          behind.add(s.node() + " is down");
        } else if (s.headSlot() == null || s.justifiedSlot() == null) {
          behind.add(s.node() + " reports no head or justified slot");
        } else if (s.justifiedSlot() < s.headSlot() - slots) {
          behind.add(s.node() + " head " + s.headSlot() + " justified " + s.justifiedSlot());
        }
      }
      return Verdict.unless(
          behind, "every node justified a slot at most " + slots + " behind its head");
    }

    @Override
    public String describe() {
      return "justified >= head - " + slots;
    }
  }

  /** Every execution client answers and all share one latest block hash. */
  record ElTipsAgree() implements Condition {
    @Override
    public Verdict check(DevnetStatus first, DevnetStatus latest) {
      if (latest.el().isEmpty()) {
        return new Verdict(false, "this devnet has no execution clients");
      }
      if (latest.elTipsAgree()) {
        ElSnapshot e = latest.el().get(0);
        return new Verdict(true, "all tips at block " + e.blockNumber() + " " + e.blockHash());
      }
      List<String> parts = new ArrayList<>();
      for (ElSnapshot e : latest.el()) {
        parts.add(
            e.service()
                + (e.reachable()
                    ? " block " + e.blockNumber() + " " + abbreviate(e.blockHash())
                    : " unreachable (" + e.lastError() + ")"));
      }
      return new Verdict(false, String.join(", ", parts));
    }

    @Override
    public String describe() {
      return "EL tips agree";
    }
  }

  /**
   * Head, justified and finalized slots of every node have moved past where they were at the first
   * poll.
   */
  record Advancing() implements Condition {
    @Override
    public Verdict check(DevnetStatus first, DevnetStatus latest) {
      List<String> stuck = new ArrayList<>();
      for (LeanSnapshot now : latest.lean()) {
        LeanSnapshot then = first.node(now.node());
        if (!now.reachable()) {
          stuck.add(now.node() + " is down");
          continue;
        }
        check(stuck, now.node(), "head", then == null ? null : then.headSlot(), now.headSlot());
        check(
            stuck,
            now.node(),
            "justified",
            then == null ? null : then.justifiedSlot(),
            now.justifiedSlot());
        check(
            stuck,
            now.node(),
            "finalized",
            then == null ? null : then.finalizedSlot(),
            now.finalizedSlot());
      }
      return Verdict.unless(stuck, "head, justified and finalized advanced on every node");
    }

    private static void check(List<String> stuck, String node, String what, Long then, Long now) {
      if (now == null) {
        stuck.add(node + " " + what + " unknown");
      } else if (then != null && !(now > then)) {
        stuck.add(node + " " + what + " still " + now);
      } else if (then == null && Objects.equals(now, 0L)) {
        stuck.add(node + " " + what + " still 0");
      }
    }

    @Override
    public String describe() {
      return "head, justified and finalized advancing";
    }
  }

  private static String abbreviate(String hash) {
    return hash != null && hash.length() > 12 ? hash.substring(0, 10) + "…" : hash;
  }
}
