package io.leandevnet.devnet.elstandin;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The stand-in's devp2p side, as far as peering goes: a node id, a TCP listener on the p2p port,
 * and {@code admin_addPeer}, which dials the enode's address (a real client would then speak RLPx;
 * the stand-in only proves the address reaches the other client's listener). Like a client with no
 * {@code --nat}, its own enode names 127.0.0.1.
 */
final class P2p {

  private final String id;
  private final int port;
  private final List<String> peers = new CopyOnWriteArrayList<>();

  private P2p(String id, int port) {
    this.id = id;
    this.port = port;
  }

  /** Listens on {@code port} (every interface) and logs every connection. */
  static P2p listen(int port) throws IOException {
    byte[] id = new byte[64];
    new SecureRandom().nextBytes(id);
    ServerSocket server = new ServerSocket();
    server.bind(new InetSocketAddress("0.0.0.0", port));
    Thread.ofVirtual()
        .start(
            () -> {
              while (true) {
                try (Socket s = server.accept()) {
                  System.out.println("ethrex stand-in: p2p connection from " + s.getInetAddress());
                } catch (IOException e) {
                  return;
                }
              }
            });
    return new P2p(HexFormat.of().formatHex(id), port);
  }

  String id() {
    return id;
  }

  String enode() {
    return "enode://" + id + "@127.0.0.1:" + port;
  }

  /** Dials the enode's address; true once the enode parses, as real clients answer. */
  boolean addPeer(String enode) {
    URI uri = URI.create(enode);
    try (Socket s = new Socket()) {
      s.connect(new InetSocketAddress(uri.getHost(), uri.getPort()), 2000);
      peers.add(enode);
      System.out.println(
          "ethrex stand-in: added peer " + uri.getHost() + ":" + uri.getPort() + ", connected");
    } catch (IOException e) {
      System.out.println(
          "ethrex stand-in: added peer " + uri.getHost() + ":" + uri.getPort() + ", " + e);
    }
    return true;
  }

  List<String> peers() {
    return List.copyOf(peers);
  }
}
