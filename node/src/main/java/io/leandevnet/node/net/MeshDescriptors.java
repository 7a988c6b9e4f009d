package io.leandevnet.node.net;

import com.sun.management.UnixOperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The file descriptors a full mesh of built-in nodes in one JVM needs, checked against this
 * process' limit before any node starts (a node that runs out of descriptors half-way only fails
 * its dials and leaves a devnet that never forms).
 */
public final class MeshDescriptors {

  private MeshDescriptors() {}

  /**
   * About how many descriptors {@code nodes} built-in nodes in one JVM need: every pair keeps one
   * loopback connection with both ends in this JVM, and while the mesh forms both nodes of a pair
   * may dial each other (2n(n-1) socket ends); each node also holds its listeners, its log and its
   * database files.
   */
  public static long needed(int nodes) {
    return 2L * nodes * (nodes - 1) + 16L * nodes;
  }

  /** This process' limit on open file descriptors; empty where the platform does not tell it. */
  public static OptionalLong processLimit() {
    if (ManagementFactory.getOperatingSystemMXBean() instanceof UnixOperatingSystemMXBean unix) {
      return OptionalLong.of(unix.getMaxFileDescriptorCount());
    }
    return OptionalLong.empty();
  }

  /**
   * A problem naming both numbers and the way out when {@code limit} is below {@link #needed};
   * empty if it is enough or unknown.
   */
  public static Optional<String> problem(int nodes, OptionalLong limit) {
    long needed = needed(nodes);
    if (limit.isEmpty() || limit.getAsLong() >= needed) {
      return Optional.empty();
    }
    return Optional.of(
        nodes
            + " built-in nodes in one process need about "
            + needed
            + " file descriptors (a full mesh: 2n(n-1) socket ends while it forms), but the limit"
            + " is "
            + limit.getAsLong()
            + ": raise it (`ulimit -n "
            + needed
            + "`, up to the hard limit `ulimit -Hn`) or run fewer nodes");
  }
}
