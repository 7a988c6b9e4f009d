package io.leandevnet.node.net;

import java.util.List;

/**
 * One message on a connection between built-in nodes. The wire layout is in {@link FrameCodec}.
 * Payloads are opaque SSZ bytes to the transport.
 */
sealed interface Frame {

  /**
   * The first frame each side sends: the wire version, the network it belongs to, its node name and
   * its SSZ {@code Status}.
   */
  record Hello(int version, String networkId, String nodeName, byte[] status) implements Frame {}

  /** A gossip message on a topic. */
  record Gossip(Topic topic, byte[] payload) implements Frame {}

  /**
   * A request; {@code protocol} is a {@link RequestType} wire name (unknown ones are answered with
   * an error).
   */
  record Request(long id, String protocol, byte[] payload) implements Frame {}

  /** One chunk of the response to request {@code id}. */
  record ResponseChunk(long id, byte[] payload) implements Frame {}

  /** The end of the response to request {@code id}. */
  record ResponseEnd(long id, ResponseCode code, String message) implements Frame {}

  /** The names of the nodes the sender is connected to now. */
  record Peers(List<String> names) implements Frame {
    public Peers {
      names = List.copyOf(names);
    }
  }

  /** Keeps an idle connection alive. */
  record Ping() implements Frame {}
}
