package io.leandevnet.devnet.plan;

import java.util.Objects;

/**
 * A logical port of a planned service: the number the service listens on inside its own network
 * namespace (the same on every node of a kind, as in ethereum-package). An {@link Addresses} layout
 * maps it to the number actually used.
 *
 * @param name the port's role, e.g. {@link LeanNode#QUIC}; unique within one service
 */
public record Port(String name, int number, Protocol protocol) {
  public Port {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(protocol, "protocol");
    requireInRange(name, number);
  }

  /**
   * Checks that {@code number} is a TCP/UDP port number, 1 to 65535.
   *
   * @throws IllegalArgumentException naming port {@code name} when it is not
   */
  public static void requireInRange(String name, int number) {
    if (number < 1 || number > 65535) {
      throw new IllegalArgumentException("port " + name + " out of range: " + number);
    }
  }
}
