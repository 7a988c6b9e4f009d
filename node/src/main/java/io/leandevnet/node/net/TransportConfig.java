package io.leandevnet.node.net;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Settings of one node's transport.
 *
 * @param networkId the devnet this node belongs to (e.g. its genesis time or genesis state root);
 *     peers with another id are refused, so that nodes of an old devnet on the same ports never
 *     join a new one
 * @param nodeName this node's name, sent in the handshake (e.g. {@code builtin_0})
 * @param listen address and port to accept connections on (port 0: any free port)
 * @param bootnodes addresses to keep a connection to: the {@code ip} and {@code quic} port of each
 *     ENR in nodes.yaml (this node's own address may be among them)
 * @param maxPayloadSize largest decompressed payload: MAX_PAYLOAD_SIZE, 10 MiB
 * @param respTimeout how long a request waits for the end of its response: RESP_TIMEOUT, 10 s
 * @param handshakeTimeout how long a new connection may take to send its handshake
 * @param keepAlive idle time after which a connection sends a ping
 * @param idleTimeout silence after which a connection is considered dead
 * @param connectTimeout TCP connect timeout
 * @param initialBackoff first wait before redialling a bootnode; doubles on each failure
 * @param maxBackoff longest wait between dials
 * @param peersAnnounceDelay how long peer-set changes are gathered before this node tells its peers
 *     which nodes it is connected to (used to forward gossip only where needed)
 * @param seenCacheSize how many gossip message ids are remembered for duplicate suppression
 * @param sendQueueCapacity frames queued per connection before new ones are dropped
 */
public record TransportConfig(
    String networkId,
    String nodeName,
    InetSocketAddress listen,
    List<InetSocketAddress> bootnodes,
    int maxPayloadSize,
    Duration respTimeout,
    Duration handshakeTimeout,
    Duration keepAlive,
    Duration idleTimeout,
    Duration connectTimeout,
    Duration initialBackoff,
    Duration maxBackoff,
    Duration peersAnnounceDelay,
    int seenCacheSize,
    int sendQueueCapacity) {

  /** MAX_PAYLOAD_SIZE of leanSpec's networking config. */
  public static final int MAX_PAYLOAD_SIZE = 10 * 1024 * 1024;

  /** RESP_TIMEOUT of leanSpec's networking config. */
  public static final Duration RESP_TIMEOUT = Duration.ofSeconds(10);

  public TransportConfig {
    Objects.requireNonNull(networkId, "networkId");
    if (networkId.getBytes(StandardCharsets.UTF_8).length > 255) {
      throw new IllegalArgumentException(
          "network id must be at most 255 bytes, got '" + networkId + "'");
    }
    Objects.requireNonNull(nodeName, "nodeName");
    if (nodeName.isBlank()) {
      throw new IllegalArgumentException("node name must not be blank");
    }
    Objects.requireNonNull(listen, "listen");
    bootnodes = List.copyOf(bootnodes);
    positive(maxPayloadSize, "maxPayloadSize");
    positive(seenCacheSize, "seenCacheSize");
    positive(sendQueueCapacity, "sendQueueCapacity");
    for (var d :
        List.of(
            respTimeout,
            handshakeTimeout,
            keepAlive,
            idleTimeout,
            connectTimeout,
            initialBackoff,
            maxBackoff,
            peersAnnounceDelay)) {
      if (d == null || !d.isPositive()) {
        throw new IllegalArgumentException("transport durations must be positive, got " + d);
      }
    }
    if (idleTimeout.compareTo(keepAlive) <= 0) {
      throw new IllegalArgumentException(
          "idleTimeout (" + idleTimeout + ") must exceed keepAlive (" + keepAlive + ")");
    }
  }

  private static void positive(int value, String name) {
    if (value < 1) {
      throw new IllegalArgumentException(name + " must be >= 1, got " + value);
    }
  }

  /**
   * The defaults: spec limits, 250 ms to 4 s backoff, peer sets announced 200 ms after a change.
   */
  public static TransportConfig of(
      String networkId,
      String nodeName,
      InetSocketAddress listen,
      List<InetSocketAddress> bootnodes) {
    return new TransportConfig(
        networkId,
        nodeName,
        listen,
        bootnodes,
        MAX_PAYLOAD_SIZE,
        RESP_TIMEOUT,
        Duration.ofSeconds(5),
        Duration.ofSeconds(2),
        Duration.ofSeconds(10),
        Duration.ofSeconds(2),
        Duration.ofMillis(250),
        Duration.ofSeconds(4),
        Duration.ofMillis(200),
        16_384,
        4_096);
  }

  public TransportConfig withBootnodes(List<InetSocketAddress> newBootnodes) {
    return with(c -> c.bootnodes = newBootnodes);
  }

  public TransportConfig withRespTimeout(Duration timeout) {
    return with(c -> c.respTimeout = timeout);
  }

  public TransportConfig withBackoff(Duration initial, Duration max) {
    return with(
        c -> {
          c.initialBackoff = initial;
          c.maxBackoff = max;
        });
  }

  public TransportConfig withKeepAlive(Duration newKeepAlive, Duration newIdleTimeout) {
    return with(
        c -> {
          c.keepAlive = newKeepAlive;
          c.idleTimeout = newIdleTimeout;
        });
  }

  public TransportConfig withMaxPayloadSize(int size) {
    return with(c -> c.maxPayloadSize = size);
  }

  /** This config with {@code change} made to a copy of its fields (validated again). */
  private TransportConfig with(Consumer<Copy> change) {
    Copy c = new Copy(this);
    change.accept(c);
    return c.build();
  }

  /** A config's fields, to change some and build a new (validated) config: the with-methods. */
  private static final class Copy {
    private String networkId;
    private String nodeName;
    private InetSocketAddress listen;
    private List<InetSocketAddress> bootnodes;
    private int maxPayloadSize;
    private Duration respTimeout;
    private Duration handshakeTimeout;
    private Duration keepAlive;
    private Duration idleTimeout;
    private Duration connectTimeout;
    private Duration initialBackoff;
    private Duration maxBackoff;
    private Duration peersAnnounceDelay;
    private int seenCacheSize;
    private int sendQueueCapacity;

    Copy(TransportConfig c) {
      networkId = c.networkId;
      nodeName = c.nodeName;
      listen = c.listen;
      bootnodes = c.bootnodes;
      maxPayloadSize = c.maxPayloadSize;
      respTimeout = c.respTimeout;
      handshakeTimeout = c.handshakeTimeout;
      keepAlive = c.keepAlive;
      idleTimeout = c.idleTimeout;
      connectTimeout = c.connectTimeout;
      initialBackoff = c.initialBackoff;
      maxBackoff = c.maxBackoff;
      peersAnnounceDelay = c.peersAnnounceDelay;
      seenCacheSize = c.seenCacheSize;
      sendQueueCapacity = c.sendQueueCapacity;
    }

    TransportConfig build() {
      return new TransportConfig(
          networkId,
          nodeName,
          listen,
          bootnodes,
          maxPayloadSize,
          respTimeout,
          handshakeTimeout,
          keepAlive,
          idleTimeout,
          connectTimeout,
          initialBackoff,
          maxBackoff,
          peersAnnounceDelay,
          seenCacheSize,
          sendQueueCapacity);
    }
  }
}
