package io.leandevnet.node.net;

/** Hears peers come and go, on the connection's thread: keep it short. */
public interface PeerListener {

  /**
   * A peer completed the handshake.
   *
   * @param status the SSZ {@code Status} the peer sent in its handshake
   */
  default void onConnected(Peer peer, byte[] status) {}

  default void onDisconnected(Peer peer) {}
}
