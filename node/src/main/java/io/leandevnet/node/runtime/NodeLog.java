package io.leandevnet.node.runtime;

import io.leandevnet.node.clock.SlotClock;
import io.leandevnet.ssz.Bytes32;
import java.io.PrintStream;
import java.time.InstantSource;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * One node's log: one line per event, prefixed with the UTC time, the current slot and the node's
 * name, e.g. {@code 12:00:04.012 slot 1 builtin_0 proposed block 0x3f2a9c01 slot 1 (0
 * attestations)}.
 */
public final class NodeLog {

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("HH:mm:ss.SSS").withZone(ZoneOffset.UTC);

  private final PrintStream out;
  private final InstantSource time;
  private final SlotClock clock;
  private final String nodeId;

  public NodeLog(PrintStream out, InstantSource time, SlotClock clock, String nodeId) {
    this.out = out;
    this.time = time;
    this.clock = clock;
    this.nodeId = nodeId;
  }

  public void info(String message) {
    String slot = clock.beforeGenesis() ? "genesis-" : String.valueOf(clock.currentSlot());
    out.println(TIME.format(time.instant()) + " slot " + slot + " " + nodeId + " " + message);
  }

  /** The first four bytes of a root, enough to tell blocks apart in a log. */
  public static String shortRoot(Bytes32 root) {
    return root.toHex().substring(0, 10);
  }
}
