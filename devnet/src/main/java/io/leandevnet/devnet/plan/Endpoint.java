package io.leandevnet.devnet.plan;

import java.util.Map;
import java.util.Objects;

/**
 * Where one service is reached: an IPv4 address and the actual number of each of its logical ports.
 *
 * @param ports actual port number by logical port name ({@link LeanNode#QUIC}, {@link ElNode#RPC},
 *     ...)
 */
public record Endpoint(String ip, Map<String, Integer> ports) {

  public Endpoint {
    Objects.requireNonNull(ip, "ip");
    ports = Map.copyOf(ports);
  }

  /** The actual number of the logical port {@code name}. */
  public int port(String name) {
    Integer p = ports.get(name);
    if (p == null) {
      throw new IllegalArgumentException("no port named " + name + " (has " + ports.keySet() + ")");
    }
    return p;
  }

  /** {@code http://<ip>:<port>} for the logical port {@code name}. */
  public String httpUrl(String name) {
    return "http://" + ip + ":" + port(name);
  }
}
