package io.leandevnet.node.net;

import io.leandevnet.node.metrics.LeanMetrics;
import io.leandevnet.node.net.Connection.CloseReason;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The connected peers, one connection per peer name: when two nodes dial each other, both keep the
 * connection dialled by the node whose name sorts first. Keeps the peer gauges current and tells
 * the {@link PeerListener}s and the change listeners when a peer comes or goes.
 */
final class PeerTable {

  private static final System.Logger LOG = System.getLogger(PeerTable.class.getName());

  private final String nodeName;
  private final LeanMetrics metrics;
  private final List<Runnable> changeListeners = new CopyOnWriteArrayList<>();
  private final ReentrantLock lock = new ReentrantLock();
  private final Map<String, Connection> peers = new ConcurrentHashMap<>();
  private final List<PeerListener> listeners = new CopyOnWriteArrayList<>();
  private final Map<String, ForwardTargets> forwardTargets = new ConcurrentHashMap<>();
  private volatile long version;
  private volatile boolean open = true;

  /**
   * Where gossip from one sender is forwarded, as computed at table version {@code version} from
   * the sender's announced peer set {@code reachedBySender} (null: not announced).
   */
  private record ForwardTargets(
      long version, Set<String> reachedBySender, List<Connection> targets) {}

  PeerTable(String nodeName, LeanMetrics metrics) {
    this.nodeName = nodeName;
    this.metrics = metrics;
  }

  /** Calls {@code listener} (under the table's lock) after a peer was added or removed. */
  void addChangeListener(Runnable listener) {
    changeListeners.add(Objects.requireNonNull(listener));
  }

  void addListener(PeerListener listener) {
    listeners.add(Objects.requireNonNull(listener));
  }

  /** Refuses every later registration. */
  void close() {
    lock.lock();
    try {
      open = false;
    } finally {
      lock.unlock();
    }
  }

  /** The connection of a peer, or null. */
  Connection get(String name) {
    return peers.get(name);
  }

  boolean contains(String name) {
    return peers.containsKey(name);
  }

  Collection<Connection> connections() {
    return peers.values();
  }

  /**
   * The connections that gossip accepted from {@code fromPeer} is forwarded to: every peer but the
   * sender and the nodes the sender said it is connected to (none in a full mesh). Kept per sender
   * until a peer comes or goes or the sender announces another peer set, so that a message costs
   * nothing per peer when nothing is forwarded.
   */
  List<Connection> forwardTargets(String fromPeer) {
    long current = version;
    Connection from = peers.get(fromPeer);
    Set<String> reached = from == null ? null : from.peersOfPeer();
    ForwardTargets cached = forwardTargets.get(fromPeer);
    if (cached != null && cached.version() == current && cached.reachedBySender() == reached) {
      return cached.targets();
    }
    List<Connection> targets = new ArrayList<>();
    for (Connection c : peers.values()) {
      String name = c.peer().name();
      if (!name.equals(fromPeer) && (reached == null || !reached.contains(name))) {
        targets.add(c);
      }
    }
    List<Connection> result = List.copyOf(targets);
    forwardTargets.put(fromPeer, new ForwardTargets(current, reached, result));
    return result;
  }

  List<String> names() {
    return new ArrayList<>(peers.keySet());
  }

  /** The peers connected now, by name. */
  List<Peer> peers() {
    List<Peer> list = new ArrayList<>();
    for (Connection c : peers.values()) {
      list.add(c.peer());
    }
    list.sort((a, b) -> a.name().compareTo(b.name()));
    return list;
  }

  /** Makes a handshaken connection the peer's connection, or refuses it as a duplicate. */
  boolean register(Connection c) {
    String name = c.peer().name();
    lock.lock();
    try {
      if (!open) {
        return false;
      }
      Connection existing = peers.get(name);
      if (existing != null
          && !existing.isClosed()
          && (preferred(existing) || !preferred(c))
          && existing.direction() != c.direction()) {
        return false;
      }
      peers.put(name, c);
      changed();
      if (existing != null) {
        existing.close(
            CloseReason.LOCAL_CLOSE); // replaced by c: its reader finds nothing to unregister
      }
      updateGauges();
      changeListeners.forEach(Runnable::run);
      return true;
    } finally {
      lock.unlock();
    }
  }

  /** Tells the listeners a registered peer is connected, with the status of its handshake. */
  void connected(Peer peer, byte[] status) {
    for (PeerListener l : listeners) {
      notify(() -> l.onConnected(peer, status));
    }
  }

  /**
   * Of two connections between the same nodes, both keep the one dialled by the name that sorts
   * first.
   */
  private boolean preferred(Connection c) {
    String peer = c.peer().name();
    String dialler = c.direction() == Direction.OUTBOUND ? nodeName : peer;
    String acceptor = c.direction() == Direction.OUTBOUND ? peer : nodeName;
    return dialler.compareTo(acceptor) < 0;
  }

  /** Removes a registered connection once it closed, and tells the listeners. */
  void unregister(Connection c) {
    Peer peer = c.peer();
    lock.lock();
    try {
      if (!peers.remove(peer.name(), c)) {
        return; // replaced by a newer connection to the same peer, which stays connected
      }
      forwardTargets.remove(peer.name());
      changed();
      updateGauges();
      changeListeners.forEach(Runnable::run);
    } finally {
      lock.unlock();
    }
    metrics.peerDisconnection(c.direction().label(), c.closeReason().label());
    for (PeerListener l : listeners) {
      notify(() -> l.onDisconnected(peer));
    }
  }

  /** Invalidates the forward targets computed before (under the lock). */
  private void changed() {
    version++;
  }

  private void updateGauges() {
    Map<String, Integer> byClient = new HashMap<>();
    for (Connection c : peers.values()) {
      byClient.merge(c.peer().client(), 1, Integer::sum);
    }
    metrics.setConnectedPeers(byClient);
  }

  private void notify(Runnable call) {
    try {
      call.run();
    } catch (RuntimeException e) {
      LOG.log(System.Logger.Level.WARNING, nodeName + ": peer listener failed", e);
    }
  }
}
