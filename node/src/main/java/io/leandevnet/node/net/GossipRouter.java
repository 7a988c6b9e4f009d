package io.leandevnet.node.net;

import io.leandevnet.node.metrics.LeanMetrics;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Gossip over the peer table. {@link #publish} sends a message to every peer. A received message is
 * dropped if its {@link MessageId} was seen before, else handed to the topic's handler, one at a
 * time on the gossip thread, and, if the handler accepts it, forwarded to the peers that the sender
 * is not connected to. Each node tells its peers which nodes it is connected to (a PEERS frame, a
 * moment after a change), so in a full mesh nothing is forwarded and every message crosses each
 * connection once; in a partial mesh it still reaches every node (by induction: every neighbour of
 * a node holding the message gets it from that node or from the node it came from). Topics without
 * a handler are relayed.
 */
final class GossipRouter {

  private static final System.Logger LOG = System.getLogger(GossipRouter.class.getName());

  private final String nodeName;
  private final PeerTable peers;
  private final FrameCodec codec;
  private final LeanMetrics metrics;
  private final SeenCache seen;
  private final Duration announceDelay;
  private final Executor background;
  private final Map<Topic, GossipHandler> handlers = new ConcurrentHashMap<>();
  private final ExecutorService handlerThread;
  private final AtomicBoolean announcePending = new AtomicBoolean();

  /**
   * @param background runs the delayed peer announcements
   */
  GossipRouter(
      TransportConfig config,
      PeerTable peers,
      FrameCodec codec,
      LeanMetrics metrics,
      Executor background) {
    this.nodeName = config.nodeName();
    this.peers = peers;
    this.codec = codec;
    this.metrics = metrics;
    this.seen = new SeenCache(config.seenCacheSize());
    this.announceDelay = config.peersAnnounceDelay();
    this.background = background;
    this.handlerThread =
        Executors.newSingleThreadExecutor(Thread.ofVirtual().name(nodeName + "-gossip").factory());
  }

  /** Handles the gossip of a topic (replacing any earlier handler). */
  void subscribe(Topic topic, GossipHandler handler) {
    handlers.put(Objects.requireNonNull(topic), Objects.requireNonNull(handler));
  }

  /** Sends a message of this node to every peer; returns how many peers it was queued for. */
  int publish(Topic topic, byte[] payload) {
    seen.add(MessageId.of(topic, payload));
    byte[] frame = codec.encodeFrame(new Frame.Gossip(topic, payload));
    int sent = 0;
    for (Connection c : peers.connections()) {
      if (c.send(frame)) {
        sent++;
      }
    }
    return sent;
  }

  /** A gossip frame arrived from a peer. */
  void onGossip(Connection from, Frame.Gossip gossip) {
    Topic topic = gossip.topic();
    byte[] payload = gossip.payload();
    metrics.gossipReceived(topic.name(), payload.length);
    if (!seen.add(MessageId.of(topic, payload))) {
      return;
    }
    String fromPeer = from.peer().name();
    handlerThread.execute(
        () -> {
          GossipHandler handler = handlers.get(topic);
          GossipVerdict verdict;
          try {
            verdict =
                handler == null ? GossipVerdict.ACCEPT : handler.onGossip(topic, payload, fromPeer);
          } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, nodeName + ": " + topic + " handler failed", e);
            verdict = GossipVerdict.IGNORE;
          }
          switch (verdict) {
            case ACCEPT -> forward(topic, payload, fromPeer);
            case REJECT -> metrics.countInvalidMessage("rejected");
            case IGNORE -> {}
          }
        });
  }

  /** A peer said which nodes it is connected to. */
  void onPeersOfPeer(Connection from, Frame.Peers announced) {
    from.peersOfPeer(Set.copyOf(announced.names()));
  }

  private void forward(Topic topic, byte[] payload, String fromPeer) {
    List<Connection> targets = peers.forwardTargets(fromPeer);
    if (targets.isEmpty()) {
      return;
    }
    byte[] frame = codec.encodeFrame(new Frame.Gossip(topic, payload));
    for (Connection c : targets) {
      c.send(frame);
    }
  }

  /**
   * Tells every peer, once changes have settled for a moment, which nodes this node is connected
   * to.
   */
  void announcePeersSoon() {
    if (!announcePending.compareAndSet(false, true)) {
      return;
    }
    background.execute(
        () -> {
          try {
            Thread.sleep(announceDelay);
          } catch (InterruptedException e) {
            return;
          } finally {
            announcePending.set(false);
          }
          List<String> names = peers.names();
          byte[] frame = codec.encodeFrame(new Frame.Peers(names));
          for (Connection c : peers.connections()) {
            c.send(frame);
          }
        });
  }

  void close() {
    handlerThread.shutdownNow();
  }
}
