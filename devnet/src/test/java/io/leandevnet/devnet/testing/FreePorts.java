package io.leandevnet.devnet.testing;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Ports probed free for a test's devnet, instead of fixed numbers that collide when two checkouts
 * test at once.
 */
public final class FreePorts {

  /** Below Linux's ephemeral range (32768+): outgoing connections do not take these meanwhile. */
  private static final int LOW = 20000;

  private static final int HIGH = 32000;

  private FreePorts() {}

  /**
   * The first of {@code count} consecutive ports that are free now on loopback, for TCP and UDP
   * alike: a {@code public_port_start} for a devnet of {@code count / 10} services.
   *
   * @throws IOException when no such block was found in 200 random tries
   */
  public static int block(int count) throws IOException {
    InetAddress loopback = InetAddress.getLoopbackAddress();
    for (int attempt = 0; attempt < 200; attempt++) {
      int start = ThreadLocalRandom.current().nextInt(LOW, HIGH - count);
      boolean free = true;
      for (int port = start; port < start + count && free; port++) {
        free = free(loopback, port);
      }
      if (free) {
        return start;
      }
    }
    throw new IOException("no " + count + " consecutive free ports in " + LOW + ".." + HIGH);
  }

  private static boolean free(InetAddress address, int port) {
    try (ServerSocket tcp = new ServerSocket();
        DatagramSocket udp = new DatagramSocket(null)) {
      tcp.setReuseAddress(true);
      tcp.bind(new InetSocketAddress(address, port));
      udp.bind(new InetSocketAddress(address, port));
      return true;
    } catch (IOException inUse) {
      return false;
    }
  }
}
