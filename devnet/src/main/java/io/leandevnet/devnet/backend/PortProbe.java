package io.leandevnet.devnet.backend;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** Whether a TCP port can be bound on an address right now. */
final class PortProbe {
  private PortProbe() {}

  static boolean free(String ip, int port) {
    try (ServerSocket s = new ServerSocket()) {
      s.setReuseAddress(true); // as the nodes bind: connections in TIME_WAIT do not block them
      s.bind(new InetSocketAddress(InetAddress.getByName(ip), port));
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
