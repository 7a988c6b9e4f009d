package io.leandevnet.node.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.leandevnet.node.clock.SlotClock;
import io.leandevnet.node.metrics.ExpositionParser;
import io.leandevnet.node.metrics.LeanMetrics;
import io.leandevnet.node.view.FixedNodeView;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.xerial.snappy.Snappy;

class TransportTest {

  private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();
  private static final Duration WAIT = Duration.ofSeconds(15);
  private static final String NETWORK = "devnet-1700000000";

  private final List<Transport> started = new CopyOnWriteArrayList<>();
  private final Map<String, LeanMetrics> metricsByNode = new ConcurrentHashMap<>();

  /** Delivered gossip per receiving node: "topic:payload". */
  private final Map<String, List<String>> delivered = new ConcurrentHashMap<>();

  @AfterEach
  void closeAll() {
    started.forEach(Transport::close);
  }

  private static InetSocketAddress address(int port) {
    return new InetSocketAddress(LOOPBACK, port);
  }

  private static List<Integer> freePorts(int n) throws IOException {
    List<ServerSocket> sockets = new ArrayList<>();
    try {
      for (int i = 0; i < n; i++) {
        sockets.add(new ServerSocket(0, 50, LOOPBACK));
      }
      return sockets.stream().map(ServerSocket::getLocalPort).toList();
    } finally {
      for (ServerSocket s : sockets) {
        s.close();
      }
    }
  }

  private TransportConfig config(String name, int port, InetSocketAddress... bootnodes) {
    return TransportConfig.of(NETWORK, name, address(port), List.of(bootnodes))
        .withBackoff(Duration.ofMillis(50), Duration.ofMillis(400));
  }

  private Transport start(TransportConfig config) {
    LeanMetrics metrics =
        new LeanMetrics(
            config.nodeName(), "test", Instant.now(), FixedNodeView.genesis(), SlotClock.system(0));
    metricsByNode.put(config.nodeName(), metrics);
    Transport t =
        new Transport(
            config,
            metrics,
            () -> ("status of " + config.nodeName()).getBytes(StandardCharsets.UTF_8));
    List<String> inbox =
        delivered.computeIfAbsent(config.nodeName(), k -> new CopyOnWriteArrayList<>());
    inbox.clear();
    t.subscribe(
        Topic.BLOCK,
        (topic, payload, from) -> {
          inbox.add(topic + ":" + new String(payload, StandardCharsets.UTF_8));
          return GossipVerdict.ACCEPT;
        });
    t.start();
    started.add(t);
    return t;
  }

  private static void awaitPeers(Transport t, int count) {
    await().atMost(WAIT).until(() -> t.peers().size() == count);
  }

  private double invalid(String node, String reason) {
    return ExpositionParser.value(
        metricsByNode.get(node), LeanMetrics.NETWORK_INVALID_MESSAGES, Map.of("reason", reason));
  }

  private static Frame.Hello hello(String name) {
    return new Frame.Hello(FrameCodec.VERSION, NETWORK, name, new byte[0]);
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void threeNodesDiallingEachOtherKeepOneConnectionPerPairAndGossipArrivesOnce() throws Exception {
    List<Integer> ports = freePorts(3);
    InetSocketAddress[] all =
        ports.stream().map(TransportTest::address).toArray(InetSocketAddress[]::new);
    Transport a = start(config("builtin_0", ports.get(0), all));
    Transport b = start(config("builtin_1", ports.get(1), all));
    Transport c = start(config("builtin_2", ports.get(2), all));
    for (Transport t : List.of(a, b, c)) {
      awaitPeers(t, 2);
    }
    assertThat(a.peers()).extracting(Peer::name).containsExactly("builtin_1", "builtin_2");

    assertThat(a.publish(Topic.BLOCK, utf8("block-1"))).isEqualTo(2);
    c.publish(Topic.BLOCK, utf8("block-2"));
    await()
        .atMost(WAIT)
        .until(
            () ->
                delivered.get("builtin_1").size() == 2
                    && delivered.get("builtin_2").size() == 1
                    && delivered.get("builtin_0").size() == 1);
    // forwarded copies arrive, and must be suppressed
    stays(
        () ->
            delivered.get("builtin_1").size() == 2
                && delivered.get("builtin_2").size() == 1
                && delivered.get("builtin_0").size() == 1);
    assertThat(delivered.get("builtin_1"))
        .containsExactlyInAnyOrder("block:block-1", "block:block-2");
    assertThat(delivered.get("builtin_2")).containsExactly("block:block-1");
    assertThat(delivered.get("builtin_0")).containsExactly("block:block-2");

    // The duplicate connections were resolved the same way on both sides: still a full mesh.
    for (Transport t : List.of(a, b, c)) {
      assertThat(t.peers()).hasSize(2);
    }
    assertThat(
            ExpositionParser.value(
                metricsByNode.get("builtin_0"),
                "lean_connected_peers",
                Map.of("client", "builtin")))
        .isEqualTo(2);

    // Once the peer sets are announced, nobody forwards in a full mesh: one copy per receiver.
    for (Transport t : List.of(a, b, c)) {
      for (Peer p : t.peers()) {
        await()
            .atMost(WAIT)
            .until(() -> t.announcedPeersOf(p.name()).map(Set::size).orElse(0) == 2);
      }
    }
    long copiesAtB = receivedBlockCopies("builtin_1");
    a.publish(Topic.BLOCK, utf8("block-3"));
    await().atMost(WAIT).until(() -> delivered.get("builtin_2").contains("block:block-3"));
    stays(() -> receivedBlockCopies("builtin_1") == copiesAtB + 1);
  }

  /** Waits out the time in which a wrong copy would arrive: {@code condition} holds throughout. */
  private static void stays(Callable<Boolean> condition) {
    await().during(Duration.ofMillis(300)).atMost(WAIT).until(condition);
  }

  private long receivedBlockCopies(String node) {
    return (long)
        ExpositionParser.value(
            metricsByNode.get(node), "lean_gossip_block_size_bytes_count", Map.of());
  }

  @Test
  void acceptedGossipIsForwardedAcrossALineAndRejectedGossipIsNot() throws Exception {
    Transport a = start(config("node_a", 0));
    Transport b = start(config("node_b", 0, a.boundAddress()));
    Transport c = start(config("node_c", 0, b.boundAddress()));
    awaitPeers(b, 2);
    awaitPeers(a, 1);
    awaitPeers(c, 1);

    a.publish(Topic.BLOCK, utf8("via-b"));
    await().atMost(WAIT).until(() -> delivered.get("node_c").contains("block:via-b"));

    List<String> attestationsAtC = new CopyOnWriteArrayList<>();
    b.subscribe(Topic.attestation(0), (topic, payload, from) -> GossipVerdict.REJECT);
    c.subscribe(
        Topic.attestation(0),
        (topic, payload, from) -> {
          attestationsAtC.add(new String(payload, StandardCharsets.UTF_8));
          return GossipVerdict.ACCEPT;
        });
    a.publish(Topic.attestation(0), utf8("bad attestation"));
    await().atMost(WAIT).until(() -> invalid("node_b", "rejected") == 1);
    stays(attestationsAtC::isEmpty);

    // A topic without a handler is relayed.
    c.subscribe(
        Topic.AGGREGATION,
        (topic, payload, from) -> {
          attestationsAtC.add("aggregate " + new String(payload, StandardCharsets.UTF_8));
          return GossipVerdict.ACCEPT;
        });
    a.publish(Topic.AGGREGATION, utf8("agg"));
    await().atMost(WAIT).until(() -> attestationsAtC.contains("aggregate agg"));
  }

  @Test
  void aNodeThatJoinsLaterGetsTheGossipForwardedToIt() throws Exception {
    // b forwards a's gossip to the peers a is not connected to: none at first, then c.
    Transport a = start(config("node_a", 0));
    Transport b = start(config("node_b", 0, a.boundAddress()));
    awaitPeers(a, 1);
    awaitPeers(b, 1);
    a.publish(Topic.BLOCK, utf8("before c"));
    await().atMost(WAIT).until(() -> delivered.get("node_b").contains("block:before c"));

    Transport c = start(config("node_c", 0, b.boundAddress()));
    awaitPeers(b, 2);
    awaitPeers(c, 1);
    a.publish(Topic.BLOCK, utf8("after c"));
    await().atMost(WAIT).until(() -> delivered.get("node_c").contains("block:after c"));

    // c goes, d comes: b forwards to d, and no longer to c.
    c.close();
    started.remove(c);
    awaitPeers(b, 1);
    Transport d = start(config("node_d", 0, b.boundAddress()));
    awaitPeers(b, 2);
    a.publish(Topic.BLOCK, utf8("after d"));
    await().atMost(WAIT).until(() -> delivered.get("node_d").contains("block:after d"));
    assertThat(d.peers()).extracting(Peer::name).containsExactly("node_b");
  }

  @Test
  void aRestartedNodeIsRedialledAndReceivesGossipAgain() throws Exception {
    List<Integer> ports = freePorts(3);
    Transport a = start(config("builtin_0", ports.get(0)));
    Transport b = start(config("builtin_1", ports.get(1), address(ports.get(0))));
    Transport c =
        start(config("builtin_2", ports.get(2), address(ports.get(0)), address(ports.get(1))));
    awaitPeers(a, 2);
    awaitPeers(b, 2);
    awaitPeers(c, 2);

    b.close();
    started.remove(b);
    awaitPeers(a, 1);
    awaitPeers(c, 1);
    assertThat(
            ExpositionParser.value(
                    metricsByNode.get("builtin_2"),
                    "lean_peer_disconnection_events_total",
                    Map.of("direction", "outbound", "reason", "remote_close"))
                + ExpositionParser.value(
                    metricsByNode.get("builtin_2"),
                    "lean_peer_disconnection_events_total",
                    Map.of("direction", "outbound", "reason", "error"))
                + ExpositionParser.value(
                    metricsByNode.get("builtin_2"),
                    "lean_peer_disconnection_events_total",
                    Map.of("direction", "inbound", "reason", "remote_close"))
                + ExpositionParser.value(
                    metricsByNode.get("builtin_2"),
                    "lean_peer_disconnection_events_total",
                    Map.of("direction", "inbound", "reason", "error")))
        .isEqualTo(1);
    // builtin_2 keeps redialling builtin_1, and fails while it is down
    await()
        .atMost(WAIT)
        .until(
            () ->
                ExpositionParser.value(
                        metricsByNode.get("builtin_2"),
                        "lean_peer_connection_events_total",
                        Map.of("direction", "outbound", "result", "error"))
                    >= 2);

    Transport restarted = start(config("builtin_1", ports.get(1), address(ports.get(0))));
    awaitPeers(restarted, 2); // builtin_2 redials it
    awaitPeers(c, 2);

    c.publish(Topic.BLOCK, utf8("after restart"));
    await().atMost(WAIT).until(() -> delivered.get("builtin_1").contains("block:after restart"));
  }

  @Test
  void blocksByRootRoundTripAndStatus() throws Exception {
    Transport server = start(config("server_0", 0));
    Transport client = start(config("client_0", 0, server.boundAddress()));
    awaitPeers(client, 1);
    List<byte[]> handshakeStatus = new CopyOnWriteArrayList<>();
    server.handle(
        RequestType.BLOCKS_BY_ROOT,
        (from, request) -> {
          List<byte[]> blocks = new ArrayList<>();
          for (int i = 0; i + 32 <= request.length; i += 32) {
            byte[] root = Arrays.copyOfRange(request, i, i + 32);
            if (root[0] != 0) { // roots starting with 0 are unknown
              blocks.add(utf8("block " + root[0] + " for " + from));
            }
          }
          return Response.ok(blocks);
        });
    server.handle(RequestType.STATUS, (from, request) -> Response.ok(utf8("server status")));

    byte[] roots = new byte[96];
    roots[0] = 7;
    roots[32] = 0;
    roots[64] = 9;
    Response response =
        client.request("server_0", RequestType.BLOCKS_BY_ROOT, roots).get(10, TimeUnit.SECONDS);
    assertThat(response.code()).isEqualTo(ResponseCode.SUCCESS);
    assertThat(response.chunks())
        .extracting(b -> new String(b, StandardCharsets.UTF_8))
        .containsExactly("block 7 for client_0", "block 9 for client_0");

    Response status =
        client
            .request("server_0", RequestType.STATUS, utf8("client status"))
            .get(10, TimeUnit.SECONDS);
    assertThat(new String(status.chunks().get(0), StandardCharsets.UTF_8))
        .isEqualTo("server status");

    assertThat(client.request("nobody", RequestType.STATUS, new byte[0]))
        .failsWithin(Duration.ofSeconds(1))
        .withThrowableOfType(ExecutionException.class)
        .withMessageContaining("not connected to peer nobody");
  }

  @Test
  void handlerFailuresAndMissingHandlersAnswerWithErrorCodes() throws Exception {
    Transport server = start(config("server_0", 0));
    Transport client = start(config("client_0", 0, server.boundAddress()));
    awaitPeers(client, 1);
    Response missing =
        client.request("server_0", RequestType.STATUS, new byte[0]).get(10, TimeUnit.SECONDS);
    assertThat(missing.code()).isEqualTo(ResponseCode.RESOURCE_UNAVAILABLE);
    assertThat(missing.message()).contains("does not serve status");

    server.handle(
        RequestType.STATUS,
        (from, request) -> {
          throw new IllegalStateException("store not ready");
        });
    Response failed =
        client.request("server_0", RequestType.STATUS, new byte[0]).get(10, TimeUnit.SECONDS);
    assertThat(failed.code()).isEqualTo(ResponseCode.SERVER_ERROR);
    assertThat(failed.message()).contains("store not ready");
  }

  @Test
  void aRequestWithoutAnswerTimesOutAndTheConnectionKeepsWorking() throws Exception {
    Transport server = start(config("server_0", 0));
    Transport client =
        start(config("client_0", 0, server.boundAddress()).withRespTimeout(Duration.ofMillis(300)));
    awaitPeers(client, 1);
    AtomicInteger calls = new AtomicInteger();
    server.handle(
        RequestType.BLOCKS_BY_ROOT,
        (from, request) -> {
          if (calls.incrementAndGet() == 1) {
            try {
              Thread.sleep(1_500);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
          }
          return Response.ok(utf8("late"));
        });
    long t0 = System.nanoTime();
    assertThatThrownBy(
            () -> client.request("server_0", RequestType.BLOCKS_BY_ROOT, new byte[32]).get())
        .hasCauseInstanceOf(TimeoutException.class);
    assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofMillis(1_400));

    Response second =
        client
            .request("server_0", RequestType.BLOCKS_BY_ROOT, new byte[32])
            .get(5, TimeUnit.SECONDS);
    assertThat(second.isSuccess()).isTrue();
    // the late answer to the first request arrives and is dropped
    await().during(Duration.ofMillis(1_500)).atMost(WAIT).until(() -> client.peers().size() == 1);
  }

  @Test
  void theDefaultResponseTimeoutIsRespTimeout() {
    assertThat(TransportConfig.of(NETWORK, "x_0", address(0), List.of()).respTimeout())
        .isEqualTo(Duration.ofSeconds(10));
    assertThat(TransportConfig.MAX_PAYLOAD_SIZE).isEqualTo(10 * 1024 * 1024);
  }

  /** Reads from a raw socket until the node closes it. */
  private static boolean closedByNode(Socket socket) throws IOException {
    socket.setSoTimeout(10_000);
    InputStream in = socket.getInputStream();
    try {
      while (in.read() != -1) {
        // the node's handshake and pings
      }
      return true;
    } catch (SocketException e) {
      return true; // reset by the node
    }
  }

  private static byte[] frame(int kind, byte[] rest) {
    return ByteBuffer.allocate(5 + rest.length)
        .putInt(1 + rest.length)
        .put((byte) kind)
        .put(rest)
        .array();
  }

  @Test
  void garbageAndOversizeFramesCloseTheConnectionAreCountedAndTheNodeKeepsServing()
      throws Exception {
    Transport node = start(config("victim_0", 0));
    InetSocketAddress target = node.boundAddress();

    // 1. a length far over the frame limit
    try (Socket s = new Socket(target.getAddress(), target.getPort())) {
      new DataOutputStream(s.getOutputStream())
          .write(new byte[] {0x7f, (byte) 0xff, (byte) 0xff, (byte) 0xff, 1, 2});
      assertThat(closedByNode(s)).isTrue();
    }
    await().atMost(WAIT).until(() -> invalid("victim_0", "oversize") == 1);

    // 2. an unknown frame kind
    try (Socket s = new Socket(target.getAddress(), target.getPort())) {
      s.getOutputStream().write(frame(0x63, utf8("garbage")));
      assertThat(closedByNode(s)).isTrue();
    }
    await().atMost(WAIT).until(() -> invalid("victim_0", "malformed") == 1);

    FrameCodec codec = new FrameCodec(TransportConfig.MAX_PAYLOAD_SIZE);
    // 3. a gossip frame before any handshake
    try (Socket s = new Socket(target.getAddress(), target.getPort())) {
      s.getOutputStream().write(codec.encode(new Frame.Gossip(Topic.BLOCK, utf8("early"))));
      assertThat(closedByNode(s)).isTrue();
    }
    await().atMost(WAIT).until(() -> invalid("victim_0", "protocol") == 1);

    // 4. after a valid handshake: a payload decompressing past MAX_PAYLOAD_SIZE, then bad snappy
    try (Socket s = new Socket(target.getAddress(), target.getPort())) {
      s.getOutputStream().write(codec.encode(hello("mallory_0")));
      byte[] topic = utf8("block");
      byte[] bomb = Snappy.compress(new byte[TransportConfig.MAX_PAYLOAD_SIZE + 1]);
      byte[] rest =
          ByteBuffer.allocate(1 + topic.length + bomb.length)
              .put((byte) topic.length)
              .put(topic)
              .put(bomb)
              .array();
      s.getOutputStream().write(frame(FrameCodec.GOSSIP, rest));
      assertThat(closedByNode(s)).isTrue();
    }
    await().atMost(WAIT).until(() -> invalid("victim_0", "oversize") == 2);
    try (Socket s = new Socket(target.getAddress(), target.getPort())) {
      s.getOutputStream().write(codec.encode(hello("mallory_0")));
      byte[] rest =
          ByteBuffer.allocate(1 + 5 + 6)
              .put((byte) 5)
              .put(utf8("block"))
              .put(new byte[] {(byte) 0x80, 1, 2, 3, 4, 5})
              .array();
      s.getOutputStream().write(frame(FrameCodec.GOSSIP, rest));
      assertThat(closedByNode(s)).isTrue();
    }
    await().atMost(WAIT).until(() -> invalid("victim_0", "malformed") == 2);
    assertThat(node.peers()).isEmpty();

    // The node still serves: a real peer connects and gossips.
    Transport friend = start(config("friend_0", 0, target));
    awaitPeers(node, 1);
    friend.publish(Topic.BLOCK, utf8("still alive"));
    await().atMost(WAIT).until(() -> delivered.get("victim_0").contains("block:still alive"));
  }

  @Test
  void aFailingStatusSupplierCostsOneConnectionAttemptNotTheDialler() {
    Transport server = start(config("server_0", 0));
    AtomicInteger calls = new AtomicInteger();
    TransportConfig clientConfig = config("client_0", 0, server.boundAddress());
    LeanMetrics metrics =
        new LeanMetrics(
            "client_0", "test", Instant.now(), FixedNodeView.genesis(), SlotClock.system(0));
    Transport client =
        new Transport(
            clientConfig,
            metrics,
            () -> {
              if (calls.incrementAndGet() == 1) {
                throw new IllegalStateException("store not ready");
              }
              return new byte[0];
            });
    started.add(client.start());
    awaitPeers(client, 1);
    assertThat(calls.get()).isGreaterThanOrEqualTo(2);
    assertThat(
            ExpositionParser.value(
                metrics,
                "lean_peer_connection_events_total",
                Map.of("direction", "outbound", "result", "error")))
        .isEqualTo(1);
  }

  @Test
  void nodesOfAnotherNetworkOrWireVersionAreRefused() throws Exception {
    Transport node = start(config("node_0", 0));
    Transport stranger =
        start(
            new TransportConfig(
                "devnet-1600000000",
                "stranger_0",
                address(0),
                List.of(node.boundAddress()),
                TransportConfig.MAX_PAYLOAD_SIZE,
                TransportConfig.RESP_TIMEOUT,
                Duration.ofSeconds(5),
                Duration.ofSeconds(2),
                Duration.ofSeconds(10),
                Duration.ofSeconds(2),
                Duration.ofMillis(50),
                Duration.ofMillis(400),
                Duration.ofMillis(200),
                1024,
                1024));
    await()
        .atMost(WAIT)
        .until(() -> invalid("node_0", "protocol") >= 1 && invalid("stranger_0", "protocol") >= 1);
    assertThat(node.peers()).isEmpty();
    assertThat(stranger.peers()).isEmpty();

    InetSocketAddress target = node.boundAddress();
    FrameCodec codec = new FrameCodec(TransportConfig.MAX_PAYLOAD_SIZE);
    double before = invalid("node_0", "protocol");
    try (Socket s = new Socket(target.getAddress(), target.getPort())) {
      s.getOutputStream()
          .write(
              codec.encode(
                  new Frame.Hello(FrameCodec.VERSION + 1, NETWORK, "future_0", new byte[0])));
      assertThat(closedByNode(s)).isTrue();
    }
    await().atMost(WAIT).until(() -> invalid("node_0", "protocol") > before);
    assertThat(node.peers()).isEmpty();
  }

  @Test
  void aPeerThatFallsSilentIsDroppedAfterTheIdleTimeout() throws Exception {
    Transport node =
        start(config("node_0", 0).withKeepAlive(Duration.ofMillis(200), Duration.ofMillis(800)));
    List<String> gone = new CopyOnWriteArrayList<>();
    node.addPeerListener(
        new PeerListener() {
          @Override
          public void onDisconnected(Peer peer) {
            gone.add(peer.name());
          }
        });
    InetSocketAddress target = node.boundAddress();
    FrameCodec codec = new FrameCodec(TransportConfig.MAX_PAYLOAD_SIZE);
    try (Socket s = new Socket(target.getAddress(), target.getPort())) {
      s.getOutputStream().write(codec.encode(hello("silent_0")));
      awaitPeers(node, 1);
      assertThat(node.peers().get(0).direction()).isEqualTo(Direction.INBOUND);
      await().atMost(WAIT).until(() -> node.peers().isEmpty());
    }
    assertThat(gone).containsExactly("silent_0");
    assertThat(
            ExpositionParser.value(
                metricsByNode.get("node_0"),
                "lean_peer_disconnection_events_total",
                Map.of("direction", "inbound", "reason", "timeout")))
        .isEqualTo(1);
    assertThat(
            ExpositionParser.value(
                metricsByNode.get("node_0"),
                "lean_peer_connection_events_total",
                Map.of("direction", "inbound", "result", "success")))
        .isEqualTo(1);
  }

  @Test
  void aPeerSendingOversizeGossipIsDisconnectedAndComesBack() {
    Transport small = start(config("small_0", 0).withMaxPayloadSize(1024));
    Transport big = start(config("big_0", 0, small.boundAddress()));
    awaitPeers(small, 1);
    big.publish(Topic.BLOCK, new byte[4096]);
    await().atMost(WAIT).until(() -> invalid("small_0", "oversize") == 1);
    awaitPeers(small, 1); // big redials
    big.publish(Topic.BLOCK, utf8("small enough"));
    await().atMost(WAIT).until(() -> delivered.get("small_0").contains("block:small enough"));
  }
}
