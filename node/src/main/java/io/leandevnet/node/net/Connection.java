package io.leandevnet.node.net;

import io.leandevnet.node.metrics.LabelValue;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One TCP connection to another built-in node: a reader (run by the transport) and a writer virtual
 * thread draining a bounded queue of encoded frames, so that a slow peer never blocks the sender.
 */
final class Connection {

  /** Why a connection ended: the leanMetrics {@code reason} label of a disconnection. */
  enum CloseReason implements LabelValue {
    TIMEOUT,
    REMOTE_CLOSE,
    LOCAL_CLOSE,
    ERROR
  }

  /** A request of ours waiting for its response on this connection. */
  record PendingRequest(CompletableFuture<Response> future, List<byte[]> chunks) {}

  private static final System.Logger LOG = System.getLogger(Connection.class.getName());

  private final Socket socket;
  private final Direction direction;
  private final InetSocketAddress remote;
  private final DataInputStream in;
  private final OutputStream out;
  private final LinkedBlockingQueue<byte[]> sendQueue;
  private final byte[] pingFrame;
  private final Duration keepAlive;
  private final String ownName;
  private final AtomicReference<CloseReason> closeReason = new AtomicReference<>();
  private final CompletableFuture<CloseReason> closed = new CompletableFuture<>();
  private final Map<Long, PendingRequest> pending = new ConcurrentHashMap<>();
  private volatile Peer peer;
  private volatile Set<String> peersOfPeer;
  private Thread writer;

  Connection(
      Socket socket,
      Direction direction,
      int sendQueueCapacity,
      byte[] pingFrame,
      Duration keepAlive,
      String ownName)
      throws IOException {
    this.socket = socket;
    this.direction = direction;
    this.remote = (InetSocketAddress) socket.getRemoteSocketAddress();
    this.in = new DataInputStream(new BufferedInputStream(socket.getInputStream(), 64 * 1024));
    this.out = new BufferedOutputStream(socket.getOutputStream(), 64 * 1024);
    this.sendQueue = new LinkedBlockingQueue<>(sendQueueCapacity);
    this.pingFrame = pingFrame;
    this.keepAlive = keepAlive;
    this.ownName = ownName;
  }

  Direction direction() {
    return direction;
  }

  InetSocketAddress remote() {
    return remote;
  }

  Socket socket() {
    return socket;
  }

  DataInputStream in() {
    return in;
  }

  /** The peer, once the handshake is done; null before. */
  Peer peer() {
    return peer;
  }

  void handshaken(Peer handshakePeer) {
    this.peer = handshakePeer;
  }

  /** The nodes the peer last said it is connected to; null until it says. */
  Set<String> peersOfPeer() {
    return peersOfPeer;
  }

  void peersOfPeer(Set<String> names) {
    this.peersOfPeer = Set.copyOf(names);
  }

  String describe() {
    Peer p = peer;
    return (p == null ? "?" : p.name()) + "@" + remote + " (" + direction.label() + ")";
  }

  Map<Long, PendingRequest> pending() {
    return pending;
  }

  /** Completes with the close reason when the connection has closed. */
  CompletableFuture<CloseReason> closed() {
    return closed;
  }

  boolean isClosed() {
    return closeReason.get() != null;
  }

  /** Starts the writer; {@code first} is written before anything else (the handshake). */
  void startWriter(byte[] first) {
    sendQueue.add(first);
    writer = Thread.ofVirtual().name(ownName + "-write-" + remote).start(this::writeLoop);
  }

  /**
   * Queues a frame; false (and the frame is dropped) when the queue is full or the connection
   * closed.
   */
  boolean send(byte[] frame) {
    return !isClosed() && sendQueue.offer(frame);
  }

  /** Queues a frame, waiting up to {@code timeout} for room. */
  boolean send(byte[] frame, Duration timeout) throws InterruptedException {
    return !isClosed() && sendQueue.offer(frame, timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  private void writeLoop() {
    try {
      while (!isClosed()) {
        byte[] frame = sendQueue.poll(keepAlive.toMillis(), TimeUnit.MILLISECONDS);
        out.write(frame == null ? pingFrame : frame);
        while ((frame = sendQueue.poll()) != null) {
          out.write(frame);
        }
        out.flush();
      }
    } catch (InterruptedException e) {
      // closing
    } catch (IOException e) {
      close(CloseReason.ERROR);
    }
  }

  /**
   * Closes the connection; the first reason given wins.
   *
   * @return whether this call closed it
   */
  boolean close(CloseReason reason) {
    if (!closeReason.compareAndSet(null, reason)) {
      return false;
    }
    try {
      socket.close();
    } catch (IOException e) {
      LOG.log(System.Logger.Level.DEBUG, "closing " + describe() + ": " + e);
    }
    if (writer != null) {
      writer.interrupt();
    }
    var disconnected =
        new IOException("connection to " + describe() + " closed (" + reason.label() + ")");
    pending.values().forEach(p -> p.future().completeExceptionally(disconnected));
    pending.clear();
    closed.complete(reason);
    return true;
  }

  CloseReason closeReason() {
    return closeReason.get();
  }
}
