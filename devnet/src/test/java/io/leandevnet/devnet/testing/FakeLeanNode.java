package io.leandevnet.devnet.testing;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;

/**
 * A loopback HTTP server that answers {@code /lean/v0/health}, {@code /lean/v0/fork_choice} and
 * {@code /metrics} as a Lean client whose chain moves one slot every {@code slotMillis}, with
 * justified one slot and finalized two slots behind the head. For testing the observer, the
 * commands and the dashboard without a devnet.
 */
public final class FakeLeanNode implements AutoCloseable {
  private final HttpServer server;
  private final long startNanos;
  private final long slotMillis;
  private final long firstSlot;

  private FakeLeanNode(long startNanos, long slotMillis, long firstSlot) throws IOException {
    this.startNanos = startNanos;
    this.slotMillis = slotMillis;
    this.firstSlot = firstSlot;
    this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
    server.createContext(
        "/",
        ex -> {
          long slot = headSlot();
          String body =
              switch (ex.getRequestURI().getPath()) {
                case "/lean/v0/health" -> "{\"status\":\"healthy\",\"service\":\"lean-rpc-api\"}";
                case "/lean/v0/fork_choice" -> forkChoice(slot);
                case "/metrics" ->
                    "# TYPE lean_head_slot gauge\nlean_head_slot "
                        + slot
                        + "\nlean_latest_justified_slot "
                        + (slot - 1)
                        + "\nlean_latest_finalized_slot "
                        + (slot - 2)
                        + "\nlean_connected_peers 2\nlean_is_aggregator 0\n";
                default -> null;
              };
          if (body == null) {
            ex.sendResponseHeaders(404, -1);
          } else {
            byte[] b = body.getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(200, b.length);
            ex.getResponseBody().write(b);
          }
          ex.close();
        });
    server.start();
  }

  /**
   * A node whose head is {@code firstSlot} at {@code startNanos} and grows every {@code
   * slotMillis}.
   */
  public static FakeLeanNode start(long startNanos, long slotMillis, long firstSlot)
      throws IOException {
    return new FakeLeanNode(startNanos, slotMillis, firstSlot);
  }

  public long headSlot() {
    return firstSlot + (System.nanoTime() - startNanos) / (slotMillis * 1_000_000L);
  }

  public URI url() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  /** A loopback URL nothing listens on. */
  public static URI closedPort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return URI.create("http://127.0.0.1:" + s.getLocalPort());
    }
  }

  private static String forkChoice(long head) {
    StringBuilder nodes = new StringBuilder();
    for (long i = Math.max(0, head - 6); i <= head; i++) {
      if (nodes.length() > 0) {
        nodes.append(',');
      }
      nodes
          .append("{\"root\":\"")
          .append(root(i))
          .append("\",\"slot\":")
          .append(i)
          .append(",\"parent_root\":\"")
          .append(root(i - 1))
          .append("\",\"proposer_index\":")
          .append(i % 3)
          .append(",\"weight\":3}");
    }
    return "{\"nodes\":["
        + nodes
        + "],\"head\":\""
        + root(head)
        + "\",\"justified\":{\"slot\":"
        + (head - 1)
        + ",\"root\":\""
        + root(head - 1)
        + "\"},\"finalized\":{\"slot\":"
        + (head - 2)
        + ",\"root\":\""
        + root(head - 2)
        + "\"},\"safe_target\":\""
        + root(head - 1)
        + "\",\"validator_count\":3}";
  }

  private static String root(long slot) {
    return String.format("0x%064x", Math.max(slot, 0) + 1000);
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
