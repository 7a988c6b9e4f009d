package io.leandevnet.node.net;

import io.leandevnet.node.metrics.LeanMetrics;
import io.leandevnet.node.net.Connection.CloseReason;
import io.leandevnet.node.net.InvalidFrameException.Reason;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;

/**
 * The network of built-in nodes: TCP connections carrying snappy-compressed SSZ frames ({@link
 * FrameCodec}), not libp2p. It cannot talk to the other Lean clients. A façade over three parts:
 *
 * <ul>
 *   <li><b>Connections</b> (this class). The transport listens on {@link TransportConfig#listen()}
 *       and keeps a connection to every bootnode, redialling with exponential backoff when it
 *       drops. Each side first sends a handshake with its node name and SSZ {@code Status}; a
 *       handshaken connection joins the {@link PeerTable} (one connection per peer).
 *   <li><b>Gossip</b>: {@link GossipRouter} (publish, de-duplicate, hand to the topic's handler,
 *       forward).
 *   <li><b>Req/resp</b>: {@link RequestResponse} (requests with ids and timeouts, answers by the
 *       handler of the request type).
 * </ul>
 *
 * A frame over the size limit, an undecodable frame, or a frame out of protocol closes that
 * connection and is counted in {@link LeanMetrics#NETWORK_INVALID_MESSAGES}; the transport carries
 * on. Every blocking read, write, dial and request runs on its own virtual thread.
 */
public final class Transport implements AutoCloseable {

  private static final System.Logger LOG = System.getLogger(Transport.class.getName());

  private final TransportConfig config;
  private final LeanMetrics metrics;
  private final Supplier<byte[]> status;
  private final FrameCodec codec;
  private final byte[] pingFrame;
  private final PeerTable peers;
  private final GossipRouter gossip;
  private final RequestResponse reqResp;
  private final Map<Connection, Boolean> connections = new ConcurrentHashMap<>();
  private final List<Thread> threads = new CopyOnWriteArrayList<>();
  private volatile boolean running;
  private ServerSocket server;

  /**
   * @param config addresses, limits and timings
   * @param metrics where connection events, peers and invalid frames are counted
   * @param status this node's current SSZ {@code Status}, sent in every handshake
   */
  public Transport(TransportConfig config, LeanMetrics metrics, Supplier<byte[]> status) {
    this.config = Objects.requireNonNull(config, "config");
    this.metrics = Objects.requireNonNull(metrics, "metrics");
    this.status = Objects.requireNonNull(status, "status");
    this.codec = new FrameCodec(config.maxPayloadSize());
    this.pingFrame = codec.encodeFrame(new Frame.Ping());
    this.peers = new PeerTable(config.nodeName(), metrics);
    this.gossip =
        new GossipRouter(
            config, peers, codec, metrics, task -> spawn(config.nodeName() + "-announce", task));
    peers.addChangeListener(gossip::announcePeersSoon);
    this.reqResp = new RequestResponse(config, peers, codec);
  }

  /** Handles the gossip of a topic (replacing any earlier handler). */
  public void subscribe(Topic topic, GossipHandler handler) {
    gossip.subscribe(topic, handler);
  }

  /** Answers the requests of a type (replacing any earlier handler). */
  public void handle(RequestType type, RequestHandler handler) {
    reqResp.handle(type, handler);
  }

  public void addPeerListener(PeerListener listener) {
    peers.addListener(listener);
  }

  /**
   * Binds the listening socket and starts accepting and dialling.
   *
   * @throws UncheckedIOException when the address cannot be bound (named in the message)
   */
  public synchronized Transport start() {
    if (server != null) {
      throw new IllegalStateException("transport of " + config.nodeName() + " already started");
    }
    ServerSocket socket = null;
    try {
      socket = new ServerSocket();
      socket.setReuseAddress(true);
      socket.bind(config.listen());
    } catch (IOException e) {
      if (socket != null) {
        closeQuietly(socket);
      }
      throw new UncheckedIOException(
          "node "
              + config.nodeName()
              + " cannot listen on "
              + config.listen()
              + ": "
              + e.getMessage(),
          e);
    }
    server = socket;
    running = true;
    spawn(config.nodeName() + "-accept", this::acceptLoop);
    for (InetSocketAddress bootnode : new LinkedHashSet<>(config.bootnodes())) {
      if (!isOwnAddress(bootnode)) {
        spawn(config.nodeName() + "-dial-" + bootnode, () -> dialLoop(bootnode));
      }
    }
    return this;
  }

  /** The address the transport listens on (with the real port when configured with port 0). */
  public InetSocketAddress boundAddress() {
    ServerSocket s = server;
    if (s == null) {
      throw new IllegalStateException("transport of " + config.nodeName() + " not started");
    }
    return new InetSocketAddress(config.listen().getAddress(), s.getLocalPort());
  }

  public String nodeName() {
    return config.nodeName();
  }

  /** The peers connected now, by name. */
  public List<Peer> peers() {
    return peers.peers();
  }

  /**
   * The peer names that {@code peer} has announced as its own peers (what forwarding skips), or
   * none before its first announcement.
   */
  Optional<Set<String>> announcedPeersOf(String peer) {
    Connection c = peers.get(peer);
    return c == null ? Optional.empty() : Optional.ofNullable(c.peersOfPeer());
  }

  /**
   * Sends a message of this node to every peer.
   *
   * @return how many peers it was queued for
   * @throws IllegalArgumentException when the payload exceeds the payload limit
   */
  public int publish(Topic topic, byte[] payload) {
    return gossip.publish(topic, payload);
  }

  /**
   * Sends a request to a connected peer.
   *
   * @return the response; fails with {@link java.util.concurrent.TimeoutException} after the
   *     response timeout, with an {@link IOException} when the peer is not connected or disconnects
   *     first
   * @throws IllegalArgumentException when the payload exceeds the payload limit
   */
  public CompletableFuture<Response> request(String peerName, RequestType type, byte[] payload) {
    return reqResp.request(peerName, type, payload);
  }

  private void acceptLoop() {
    while (running) {
      Socket socket;
      try {
        socket = server.accept();
      } catch (IOException e) {
        if (running) {
          LOG.log(System.Logger.Level.WARNING, config.nodeName() + ": accept failed: " + e);
          try {
            Thread.sleep(config.initialBackoff()); // e.g. out of file descriptors: do not spin
          } catch (InterruptedException interrupted) {
            return;
          }
        }
        continue;
      }
      spawn(
          config.nodeName() + "-in-" + socket.getRemoteSocketAddress(),
          () -> runConnection(socket, Direction.INBOUND, new CompletableFuture<>()));
    }
  }

  private void dialLoop(InetSocketAddress address) {
    Duration backoff = config.initialBackoff();
    String knownName = null;
    try {
      while (running) {
        Connection existing = knownName == null ? null : peers.get(knownName);
        if (existing != null) {
          awaitClosed(existing);
          Thread.sleep(config.initialBackoff());
          continue;
        }
        String name = dialOnce(address);
        if (name == null) {
          Thread.sleep(backoff);
          backoff = min(backoff.multipliedBy(2), config.maxBackoff());
        } else if (name.equals(config.nodeName())) {
          return; // this bootnode is ourselves
        } else {
          knownName = name;
          backoff = config.initialBackoff();
          if (!peers.contains(name)) {
            Thread.sleep(
                config.initialBackoff()); // lost the duplicate race and the other is gone too
          }
        }
      }
    } catch (InterruptedException e) {
      // closing
    }
  }

  private static void awaitClosed(Connection c) throws InterruptedException {
    try {
      c.closed().get();
    } catch (ExecutionException e) {
      // never completed exceptionally: closed either way
    }
  }

  /** Connects and runs the handshake; the peer's name, or null when either failed. */
  private String dialOnce(InetSocketAddress address) throws InterruptedException {
    Socket socket = new Socket();
    try {
      socket.connect(address, (int) config.connectTimeout().toMillis());
    } catch (IOException | RuntimeException e) {
      closeQuietly(socket);
      countConnection(
          Direction.OUTBOUND, e instanceof SocketTimeoutException ? "timeout" : "error");
      return null;
    }
    CompletableFuture<String> handshake = new CompletableFuture<>();
    spawn(
        config.nodeName() + "-out-" + address,
        () -> runConnection(socket, Direction.OUTBOUND, handshake));
    try {
      return handshake.get();
    } catch (ExecutionException e) {
      return null; // runConnection completes with null, never exceptionally
    }
  }

  /**
   * Runs a connection: handshake, registration, then the read loop until it closes. {@code
   * handshake} completes with the peer's name, or null when no handshake happened.
   */
  private void runConnection(
      Socket socket, Direction direction, CompletableFuture<String> handshake) {
    Connection c;
    try {
      c =
          new Connection(
              socket,
              direction,
              config.sendQueueCapacity(),
              pingFrame,
              config.keepAlive(),
              config.nodeName());
    } catch (IOException e) {
      countConnection(direction, "error");
      closeQuietly(socket);
      handshake.complete(null);
      return;
    }
    connections.put(c, Boolean.TRUE);
    boolean registered = false;
    try {
      if (!running) {
        c.close(CloseReason.LOCAL_CLOSE);
        return;
      }
      c.startWriter(
          codec.encodeFrame(
              new Frame.Hello(
                  FrameCodec.VERSION, config.networkId(), config.nodeName(), status.get())));
      socket.setSoTimeout((int) config.handshakeTimeout().toMillis());
      Frame first;
      try {
        first = codec.read(c.in());
      } catch (SocketTimeoutException e) {
        countConnection(direction, "timeout");
        c.close(CloseReason.TIMEOUT);
        return;
      }
      if (!(first instanceof Frame.Hello hello)) {
        throw new InvalidFrameException(
            Reason.PROTOCOL, "expected a handshake first, got " + kind(first));
      }
      if (hello.version() != FrameCodec.VERSION) {
        throw new InvalidFrameException(
            Reason.PROTOCOL,
            "peer "
                + hello.nodeName()
                + " speaks wire version "
                + hello.version()
                + ", this node "
                + FrameCodec.VERSION);
      }
      if (!hello.networkId().equals(config.networkId())) {
        throw new InvalidFrameException(
            Reason.PROTOCOL,
            "peer "
                + hello.nodeName()
                + " is on network '"
                + hello.networkId()
                + "', this node on '"
                + config.networkId()
                + "'");
      }
      Peer peer = new Peer(hello.nodeName(), c.remote(), direction);
      c.handshaken(peer);
      if (hello.nodeName().equals(config.nodeName())) {
        c.close(CloseReason.LOCAL_CLOSE); // dialled ourselves
        handshake.complete(hello.nodeName());
        return;
      }
      registered = peers.register(c);
      handshake.complete(hello.nodeName());
      if (!registered) {
        c.close(CloseReason.LOCAL_CLOSE);
        return;
      }
      countConnection(direction, "success");
      peers.connected(peer, hello.status());
      socket.setSoTimeout((int) config.idleTimeout().toMillis());
      while (!c.isClosed()) {
        dispatch(c, codec.read(c.in()));
      }
    } catch (InvalidFrameException e) {
      metrics.countInvalidMessage(e.reason().label());
      LOG.log(
          System.Logger.Level.INFO,
          config.nodeName() + ": closing " + c.describe() + ": " + e.getMessage());
      if (c.peer() == null) {
        countConnection(direction, "error");
      }
      c.close(CloseReason.ERROR);
    } catch (SocketTimeoutException e) {
      c.close(CloseReason.TIMEOUT);
    } catch (EOFException e) {
      if (c.peer() == null) {
        countConnection(direction, "error");
      }
      c.close(CloseReason.REMOTE_CLOSE);
    } catch (IOException e) {
      if (c.peer() == null && !c.isClosed()) {
        countConnection(direction, "error");
      }
      c.close(CloseReason.ERROR);
    } catch (RuntimeException e) {
      LOG.log(
          System.Logger.Level.WARNING,
          config.nodeName() + ": closing " + c.describe() + " after an internal error",
          e);
      if (c.peer() == null) {
        countConnection(direction, "error");
      }
      c.close(CloseReason.ERROR);
    } finally {
      handshake.complete(null);
      connections.remove(c);
      c.close(CloseReason.LOCAL_CLOSE);
      if (registered) {
        peers.unregister(c);
      }
    }
  }

  private void dispatch(Connection c, Frame frame) throws IOException {
    switch (frame) {
      case Frame.Gossip g -> gossip.onGossip(c, g);
      case Frame.Request r ->
          spawn(config.nodeName() + "-req-" + r.id(), () -> reqResp.answer(c, r));
      case Frame.ResponseChunk chunk -> reqResp.onChunk(c, chunk);
      case Frame.ResponseEnd end -> reqResp.onEnd(c, end);
      case Frame.Ping ping -> {}
      case Frame.Peers announced -> gossip.onPeersOfPeer(c, announced);
      case Frame.Hello hello ->
          throw new InvalidFrameException(Reason.PROTOCOL, "second handshake");
    }
  }

  private void countConnection(Direction direction, String result) {
    metrics.peerConnection(direction.label(), result);
  }

  private boolean isOwnAddress(InetSocketAddress address) {
    InetSocketAddress own = boundAddress();
    return address.getPort() == own.getPort()
        && (address.equals(own)
            || (address.getAddress() != null
                && address.getAddress().isLoopbackAddress()
                && (own.getAddress().isLoopbackAddress() || own.getAddress().isAnyLocalAddress())));
  }

  private static String kind(Frame frame) {
    return frame.getClass().getSimpleName();
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  private static void closeQuietly(Closeable socket) {
    try {
      socket.close();
    } catch (IOException ignored) {
      // nothing more to do
    }
  }

  private void spawn(String name, Runnable task) {
    Thread t =
        Thread.ofVirtual()
            .name(name)
            .unstarted(
                () -> {
                  try {
                    task.run();
                  } finally {
                    threads.remove(Thread.currentThread());
                  }
                });
    threads.add(t);
    t.start();
  }

  /** Stops accepting and dialling and closes every connection. */
  @Override
  public void close() {
    synchronized (this) {
      if (!running) {
        return;
      }
      running = false;
    }
    peers.close();
    closeQuietly(server); // every connection is in `connections` before it checks `running`
    for (Connection c : connections.keySet()) {
      c.close(CloseReason.LOCAL_CLOSE);
    }
    for (Thread t : threads) {
      t.interrupt();
    }
    for (Thread t : threads) {
      try {
        t.join(Duration.ofSeconds(2));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    gossip.close();
  }
}
