package io.leandevnet.node.net;

import io.leandevnet.node.metrics.LeanMetrics;
import io.leandevnet.node.net.Connection.CloseReason;
import io.leandevnet.node.net.Connection.PendingRequest;
import io.leandevnet.node.net.InvalidFrameException.Reason;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * The network of built-in nodes: TCP connections carrying snappy-compressed SSZ frames ({@link
 * FrameCodec}), not libp2p. It cannot talk to the other Lean clients.
 *
 * <ul>
 *   <li><b>Connections.</b> The transport listens on {@link TransportConfig#listen()} and keeps a
 *       connection to every bootnode, redialling with exponential backoff when it drops. Each side
 *       first sends a handshake with its node name and SSZ {@code Status}. One connection per peer
 *       is kept: when two nodes dial each other, both keep the one dialled by the node whose name
 *       sorts first.
 *   <li><b>Gossip.</b> {@link #publish} sends a message to every peer. A received message is
 *       dropped if its {@link MessageId} was seen before, else handed to the topic's handler, one
 *       at a time on the gossip thread, and, if the handler accepts it, forwarded to the peers that
 *       the sender is not connected to. Each node tells its peers which nodes it is connected to (a
 *       PEERS frame, {@link TransportConfig#peersAnnounceDelay()} after a change), so in a full
 *       mesh nothing is forwarded and every message crosses each connection once; in a partial mesh
 *       it still reaches every node (by induction: every neighbour of a node holding the message
 *       gets it from that node or from the node it came from). Topics without a handler are
 *       relayed.
 *   <li><b>Req/resp.</b> {@link #request} sends a request with a fresh id; the response (chunks,
 *       then an end frame with a code) completes the future, which fails after {@link
 *       TransportConfig#respTimeout()}.
 *   <li><b>Bad input.</b> A frame over the size limit, an undecodable frame, or a frame out of
 *       protocol closes that connection and is counted in {@link
 *       LeanMetrics#NETWORK_INVALID_MESSAGES}; the transport carries on.
 * </ul>
 *
 * Every blocking read, write, dial and request runs on its own virtual thread.
 */
public final class Transport implements AutoCloseable {

  private static final System.Logger LOG = System.getLogger(Transport.class.getName());

  private final TransportConfig config;
  private final LeanMetrics metrics;
  private final Supplier<byte[]> status;
  private final FrameCodec codec;
  private final byte[] pingFrame;
  private final SeenCache seen;
  private final Map<Topic, GossipHandler> gossipHandlers = new ConcurrentHashMap<>();
  private final Map<RequestType, RequestHandler> requestHandlers = new ConcurrentHashMap<>();
  private final List<PeerListener> peerListeners = new CopyOnWriteArrayList<>();
  private final ReentrantLock peersLock = new ReentrantLock();
  private final Map<String, Connection> peers = new ConcurrentHashMap<>();
  private final Map<Connection, Boolean> connections = new ConcurrentHashMap<>();
  private final AtomicLong nextRequestId = new AtomicLong();
  private final List<Thread> threads = new CopyOnWriteArrayList<>();
  private final ExecutorService gossipExecutor;
  private final java.util.concurrent.atomic.AtomicBoolean announcePending =
      new java.util.concurrent.atomic.AtomicBoolean();
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
    this.pingFrame = encode(new Frame.Ping());
    this.seen = new SeenCache(config.seenCacheSize());
    this.gossipExecutor =
        Executors.newSingleThreadExecutor(
            Thread.ofVirtual().name(config.nodeName() + "-gossip").factory());
  }

  /** Handles the gossip of a topic (replacing any earlier handler). */
  public void subscribe(Topic topic, GossipHandler handler) {
    gossipHandlers.put(Objects.requireNonNull(topic), Objects.requireNonNull(handler));
  }

  /** Answers the requests of a type (replacing any earlier handler). */
  public void handle(RequestType type, RequestHandler handler) {
    requestHandlers.put(Objects.requireNonNull(type), Objects.requireNonNull(handler));
  }

  public void addPeerListener(PeerListener listener) {
    peerListeners.add(Objects.requireNonNull(listener));
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
    List<Peer> list = new ArrayList<>();
    for (Connection c : peers.values()) {
      list.add(c.peer());
    }
    list.sort((a, b) -> a.name().compareTo(b.name()));
    return list;
  }

  /**
   * Sends a message of this node to every peer.
   *
   * @return how many peers it was queued for
   * @throws IllegalArgumentException when the payload exceeds the payload limit
   */
  public int publish(Topic topic, byte[] payload) {
    seen.add(MessageId.of(topic, payload));
    byte[] frame = encode(new Frame.Gossip(topic, payload));
    int sent = 0;
    for (Connection c : peers.values()) {
      if (c.send(frame)) {
        sent++;
      }
    }
    return sent;
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
    Connection c = peers.get(peerName);
    if (c == null) {
      return CompletableFuture.failedFuture(new IOException("not connected to peer " + peerName));
    }
    long id = nextRequestId.incrementAndGet();
    CompletableFuture<Response> future = new CompletableFuture<>();
    c.pending()
        .put(id, new PendingRequest(future, Collections.synchronizedList(new ArrayList<>())));
    future
        .orTimeout(config.respTimeout().toMillis(), TimeUnit.MILLISECONDS)
        .whenComplete((r, e) -> c.pending().remove(id));
    if (c.isClosed()) {
      future.completeExceptionally(new IOException("connection to " + peerName + " closed"));
    } else if (!c.send(encode(new Frame.Request(id, type.wireName(), payload)))) {
      future.completeExceptionally(new IOException("send queue to " + peerName + " is full"));
    }
    return future;
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
          if (!peers.containsKey(name)) {
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
          encode(
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
      registered = register(c);
      handshake.complete(hello.nodeName());
      if (!registered) {
        c.close(CloseReason.LOCAL_CLOSE);
        return;
      }
      countConnection(direction, "success");
      for (PeerListener l : peerListeners) {
        notify(() -> l.onConnected(peer, hello.status()));
      }
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
        unregister(c);
      }
    }
  }

  /** Makes a handshaken connection the peer's connection, or refuses it as a duplicate. */
  private boolean register(Connection c) {
    String name = c.peer().name();
    peersLock.lock();
    try {
      if (!running) {
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
      if (existing != null) {
        existing.close(
            CloseReason.LOCAL_CLOSE); // replaced by c: its reader finds nothing to unregister
      }
      updatePeerGauges();
      announcePeersSoon();
      return true;
    } finally {
      peersLock.unlock();
    }
  }

  /**
   * Of two connections between the same nodes, both keep the one dialled by the name that sorts
   * first.
   */
  private boolean preferred(Connection c) {
    String peer = c.peer().name();
    String dialler = c.direction() == Direction.OUTBOUND ? config.nodeName() : peer;
    String acceptor = c.direction() == Direction.OUTBOUND ? peer : config.nodeName();
    return dialler.compareTo(acceptor) < 0;
  }

  private void unregister(Connection c) {
    Peer peer = c.peer();
    peersLock.lock();
    try {
      if (!peers.remove(peer.name(), c)) {
        return; // replaced by a newer connection to the same peer, which stays connected
      }
      updatePeerGauges();
      announcePeersSoon();
    } finally {
      peersLock.unlock();
    }
    CloseReason reason = c.closeReason();
    metrics.peerDisconnectionEvents.labelValues(c.direction().label(), reason.label()).inc();
    for (PeerListener l : peerListeners) {
      notify(() -> l.onDisconnected(peer));
    }
  }

  private void updatePeerGauges() {
    Map<String, Integer> byClient = new HashMap<>();
    for (Connection c : peers.values()) {
      byClient.merge(c.peer().client(), 1, Integer::sum);
    }
    metrics.setConnectedPeers(byClient);
  }

  private void dispatch(Connection c, Frame frame) throws IOException {
    switch (frame) {
      case Frame.Gossip g -> onGossip(c, g);
      case Frame.Request r -> spawn(config.nodeName() + "-req-" + r.id(), () -> answer(c, r));
      case Frame.ResponseChunk chunk -> {
        PendingRequest p = c.pending().get(chunk.id());
        if (p != null) {
          if (p.chunks().size() >= Response.MAX_CHUNKS) {
            throw new InvalidFrameException(
                Reason.PROTOCOL,
                "response to request "
                    + chunk.id()
                    + " has more than "
                    + Response.MAX_CHUNKS
                    + " chunks");
          }
          p.chunks().add(chunk.payload());
        }
      }
      case Frame.ResponseEnd end -> {
        PendingRequest p = c.pending().remove(end.id());
        if (p != null) {
          p.future().complete(new Response(end.code(), end.message(), List.copyOf(p.chunks())));
        }
      }
      case Frame.Ping ping -> {}
      case Frame.Peers announced -> c.peersOfPeer(new java.util.HashSet<>(announced.names()));
      case Frame.Hello hello ->
          throw new InvalidFrameException(Reason.PROTOCOL, "second handshake");
    }
  }

  private void onGossip(Connection from, Frame.Gossip gossip) {
    Topic topic = gossip.topic();
    byte[] payload = gossip.payload();
    if (topic.equals(Topic.BLOCK)) {
      metrics.gossipBlockSize.observe(payload.length);
    } else if (topic.equals(Topic.AGGREGATION)) {
      metrics.gossipAggregationSize.observe(payload.length);
    } else {
      metrics.gossipAttestationSize.observe(payload.length);
    }
    if (!seen.add(MessageId.of(topic, payload))) {
      return;
    }
    String fromPeer = from.peer().name();
    gossipExecutor.execute(
        () -> {
          GossipHandler handler = gossipHandlers.get(topic);
          GossipVerdict verdict;
          try {
            verdict =
                handler == null ? GossipVerdict.ACCEPT : handler.onGossip(topic, payload, fromPeer);
          } catch (RuntimeException e) {
            LOG.log(
                System.Logger.Level.WARNING,
                config.nodeName() + ": " + topic + " handler failed",
                e);
            verdict = GossipVerdict.IGNORE;
          }
          switch (verdict) {
            case ACCEPT -> forward(topic, payload, fromPeer);
            case REJECT -> metrics.countInvalidMessage("rejected");
            case IGNORE -> {}
          }
        });
  }

  private void forward(Topic topic, byte[] payload, String fromPeer) {
    Connection from = peers.get(fromPeer);
    java.util.Set<String> reachedBySender = from == null ? null : from.peersOfPeer();
    byte[] frame = null;
    for (var entry : peers.entrySet()) {
      String name = entry.getKey();
      if (name.equals(fromPeer) || (reachedBySender != null && reachedBySender.contains(name))) {
        continue;
      }
      if (frame == null) {
        frame = encode(new Frame.Gossip(topic, payload));
      }
      entry.getValue().send(frame);
    }
  }

  /**
   * Tells every peer, once changes have settled for a moment, which nodes this node is connected
   * to.
   */
  private void announcePeersSoon() {
    if (!announcePending.compareAndSet(false, true)) {
      return;
    }
    spawn(
        config.nodeName() + "-announce",
        () -> {
          try {
            Thread.sleep(config.peersAnnounceDelay());
          } catch (InterruptedException e) {
            return;
          } finally {
            announcePending.set(false);
          }
          List<String> names = new ArrayList<>(peers.keySet());
          byte[] frame = encode(new Frame.Peers(names));
          for (Connection c : peers.values()) {
            c.send(frame);
          }
        });
  }

  private void answer(Connection c, Frame.Request request) {
    String fromPeer = c.peer().name();
    Response response =
        RequestType.ofWireName(request.protocol())
            .map(
                type -> {
                  RequestHandler handler = requestHandlers.get(type);
                  if (handler == null) {
                    return Response.error(
                        ResponseCode.RESOURCE_UNAVAILABLE,
                        "node " + config.nodeName() + " does not serve " + type.wireName());
                  }
                  try {
                    Response answer = handler.handle(fromPeer, request.payload());
                    return answer != null
                        ? answer
                        : Response.error(
                            ResponseCode.SERVER_ERROR,
                            type.wireName() + " handler gave no response");
                  } catch (RuntimeException e) {
                    LOG.log(
                        System.Logger.Level.WARNING,
                        config.nodeName() + ": " + type.wireName() + " handler failed",
                        e);
                    return Response.error(
                        ResponseCode.SERVER_ERROR, type.wireName() + " failed: " + e);
                  }
                })
            .orElseGet(
                () ->
                    Response.error(
                        ResponseCode.INVALID_REQUEST,
                        "unknown protocol '" + request.protocol() + "'"));
    if (response.chunks().size() > Response.MAX_CHUNKS) {
      response =
          Response.error(
              ResponseCode.SERVER_ERROR,
              "response has more than " + Response.MAX_CHUNKS + " chunks");
    }
    try {
      for (byte[] chunk : response.chunks()) {
        if (chunk.length > config.maxPayloadSize()) {
          response =
              Response.error(ResponseCode.SERVER_ERROR, "response chunk over MAX_PAYLOAD_SIZE");
          break;
        }
        if (!c.send(encode(new Frame.ResponseChunk(request.id(), chunk)), config.respTimeout())) {
          return;
        }
      }
      c.send(
          encode(new Frame.ResponseEnd(request.id(), response.code(), response.message())),
          config.respTimeout());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void countConnection(Direction direction, String result) {
    metrics.peerConnectionEvents.labelValues(direction.label(), result).inc();
  }

  private void notify(Runnable call) {
    try {
      call.run();
    } catch (RuntimeException e) {
      LOG.log(System.Logger.Level.WARNING, config.nodeName() + ": peer listener failed", e);
    }
  }

  private boolean isOwnAddress(InetSocketAddress address) {
    InetSocketAddress own = boundAddress();
    return address.getPort() == own.getPort()
        && (address.equals(own)
            || (address.getAddress() != null
                && address.getAddress().isLoopbackAddress()
                && (own.getAddress().isLoopbackAddress() || own.getAddress().isAnyLocalAddress())));
  }

  private byte[] encode(Frame frame) {
    try {
      return codec.encode(frame);
    } catch (IOException e) {
      throw new UncheckedIOException("snappy compression failed", e);
    }
  }

  private static String kind(Frame frame) {
    return frame.getClass().getSimpleName();
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  private static void closeQuietly(java.io.Closeable socket) {
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
    gossipExecutor.shutdownNow();
  }
}
