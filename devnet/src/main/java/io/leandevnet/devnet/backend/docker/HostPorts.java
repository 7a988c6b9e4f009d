package io.leandevnet.devnet.backend.docker;

import io.leandevnet.devnet.plan.Protocol;
import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.HashSet;
import java.util.Set;

/**
 * Free ports on the address containers are published on, handed out once each: the ports {@code up}
 * publishes every service's ports on when {@code public_port_start} is not set.
 */
final class HostPorts {
  private final InetAddress address;
  private final Set<Integer> given = new HashSet<>();

  HostPorts(InetAddress address) {
    this.address = address;
  }

  /** {@code preferred} when it is free for {@code protocol}, else any free port. */
  int take(int preferred, Protocol protocol) throws IOException {
    if (preferred > 0 && !given.contains(preferred) && free(preferred, protocol)) {
      given.add(preferred);
      return preferred;
    }
    for (int attempt = 0; attempt < 50; attempt++) {
      int port;
      try (ServerSocket s = new ServerSocket()) {
        s.bind(new InetSocketAddress(address, 0));
        port = s.getLocalPort();
      }
      if (!given.contains(port) && free(port, protocol)) {
        given.add(port);
        return port;
      }
    }
    throw new IOException("no free port on " + address.getHostAddress() + " after 50 tries");
  }

  /** Whether {@code port} can be bound on the address for {@code protocol} right now. */
  boolean free(int port, Protocol protocol) {
    try {
      if (protocol == Protocol.UDP) {
        try (DatagramSocket d = new DatagramSocket(new InetSocketAddress(address, port))) {
          return true;
        }
      }
      try (ServerSocket s = new ServerSocket()) {
        s.setReuseAddress(true);
        s.bind(new InetSocketAddress(address, port));
        return true;
      }
    } catch (IOException e) {
      return false;
    }
  }
}
