package io.leandevnet.node.net;

/** What a gossip handler decided about a message: only accepted messages are forwarded. */
public enum GossipVerdict {
  /** Valid: deliver and forward to other peers. */
  ACCEPT,
  /** Not useful now (e.g. already known, too old): do not forward, not a fault of the sender. */
  IGNORE,
  /** Invalid: do not forward; counted as an invalid network message. */
  REJECT
}
