package io.leandevnet.node.net;

import java.net.InetSocketAddress;

/**
 * A connected peer: its node name (from the handshake), its remote address and who dialled.
 *
 * @param name the peer's node name, e.g. {@code builtin_1}
 * @param address the remote socket address
 * @param direction whether this node dialled ({@code OUTBOUND}) or accepted ({@code INBOUND})
 */
public record Peer(String name, InetSocketAddress address, Direction direction) {

  /**
   * The client type of a node name: the part before the first {@code _}, as lean-quickstart reads
   * it.
   */
  public static String clientOf(String nodeName) {
    int underscore = nodeName.indexOf('_');
    return underscore > 0 ? nodeName.substring(0, underscore) : nodeName;
  }

  public String client() {
    return clientOf(name);
  }
}
