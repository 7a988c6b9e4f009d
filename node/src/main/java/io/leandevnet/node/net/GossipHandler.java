package io.leandevnet.node.net;

/**
 * Receives the gossip messages of one topic. Calls come one at a time, in arrival order, on the
 * transport's gossip thread; a handler must not block on a response from the network (use the
 * future of {@link Transport#request} asynchronously instead).
 */
@FunctionalInterface
public interface GossipHandler {

  /**
   * @param topic the topic the message came on
   * @param payload the decompressed SSZ payload
   * @param fromPeer the name of the peer that sent it (not necessarily its origin)
   * @return whether to forward it
   */
  GossipVerdict onGossip(Topic topic, byte[] payload, String fromPeer);
}
