package io.leandevnet.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.leandevnet.consensus.chain.ChainConfig;
import io.leandevnet.consensus.containers.AggregatedSignatureProof;
import io.leandevnet.consensus.containers.AttestationData;
import io.leandevnet.consensus.containers.Block;
import io.leandevnet.consensus.containers.BlockBody;
import io.leandevnet.consensus.containers.BlockSignatures;
import io.leandevnet.consensus.containers.Checkpoint;
import io.leandevnet.consensus.containers.Signature;
import io.leandevnet.consensus.containers.SignedAggregatedAttestation;
import io.leandevnet.consensus.containers.SignedAttestation;
import io.leandevnet.consensus.containers.SignedBlock;
import io.leandevnet.consensus.genesis.Genesis;
import io.leandevnet.consensus.genesis.GenesisConfig;
import io.leandevnet.consensus.signature.ValidatorSigner;
import io.leandevnet.node.clock.SlotClock;
import io.leandevnet.node.config.KeySource;
import io.leandevnet.node.metrics.ExpositionParser;
import io.leandevnet.node.metrics.LeanMetrics;
import io.leandevnet.node.net.Topic;
import io.leandevnet.node.net.Transport;
import io.leandevnet.node.net.TransportConfig;
import io.leandevnet.node.runtime.ValidatorKeys;
import io.leandevnet.node.view.FixedNodeView;
import io.leandevnet.ssz.Bits;
import io.leandevnet.ssz.Bytes;
import io.leandevnet.ssz.Bytes32;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * Four built-in nodes (one aggregator, one validator each) over real sockets on 127.0.0.1, on the
 * real 4-second slots, shared by the tests of this class (starting them and reaching finality is
 * the expensive part): they finalize with equal heads; a node fed garbage frames, an invalid block
 * and a forged attestation keeps running and counts them; /metrics parses and carries the
 * leanMetrics names with live values; last, two nodes stopped for three slots and restarted (one
 * with its data directory, one with a fresh one) sync to the head and finality continues. Each test
 * needs only the running devnet, so any one of them also runs alone.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BuiltinNodeDevnetTest {

  private Path tmp;

  private final List<AutoCloseable> toClose = new ArrayList<>();
  private final ByteArrayOutputStream logBytes = new ByteArrayOutputStream();
  private final PrintStream log =
      new PrintStream(new TeeStream(logBytes), true, StandardCharsets.UTF_8);
  private final BuiltinNode[] nodes = new BuiltinNode[4];
  private TestBundle bundle;

  @BeforeAll
  void startFourNodesAndAwaitFinality(@TempDir Path dir) {
    tmp = dir;
    bundle = TestBundle.write(tmp.resolve("genesis"), 4, 1, 3, tmp.resolve("xmss-keys"));
    for (int n = 0; n < 4; n++) {
      nodes[n] = start(bundle, n, tmp.resolve("data-" + n));
    }
    awaitEveryNodeFinalizedAfter(1, Duration.ofSeconds(40));
  }

  /** Until every node has finalized a slot after {@code slot} and all heads are equal. */
  private void awaitEveryNodeFinalizedAfter(long slot, Duration atMost) {
    await()
        .atMost(atMost)
        .pollInterval(Duration.ofMillis(200))
        .untilAsserted(
            () -> {
              for (BuiltinNode node : nodes) {
                assertThat(node.view().latestFinalized().slot())
                    .as(node.nodeId() + " finalized")
                    .isGreaterThan(slot);
              }
              assertThat(distinctHeads(List.of(nodes))).hasSize(1);
            });
  }

  @AfterAll
  void closeAll() throws Exception {
    for (int i = toClose.size() - 1; i >= 0; i--) {
      toClose.get(i).close();
    }
  }

  @Test
  @Order(1)
  void fourNodesJustifyAndFinalizeWithEqualHeads() {
    await()
        .atMost(Duration.ofSeconds(20))
        .pollInterval(Duration.ofMillis(200))
        .untilAsserted(() -> assertThat(distinctHeads(List.of(nodes))).hasSize(1));
    for (BuiltinNode node : nodes) {
      assertThat(node.view().latestFinalized().slot()).isGreaterThanOrEqualTo(2);
    }
    assertThat(nodes[0].view().latestJustified().slot())
        .isGreaterThan(nodes[0].view().latestFinalized().slot());
  }

  @Test
  @Order(2)
  void badInputIsRejectedCountedAndSurvived() throws Exception {
    InetSocketAddress target = nodes[1].p2pAddress();
    for (int i = 0; i < 3; i++) {
      try (Socket s = new Socket(target.getAddress(), target.getPort())) {
        s.getOutputStream()
            .write("GET / HTTP/1.1\r\n\r\nthis is not a frame".getBytes(StandardCharsets.US_ASCII));
        s.getOutputStream().flush();
      }
    }
    try (Transport attacker = sendBadGossip(bundle, nodes[1], nodes[0])) {
      await()
          .atMost(Duration.ofSeconds(10))
          .untilAsserted(
              () -> {
                Map<String, ExpositionParser.Family> m = scrape(nodes[1]);
                assertThat(total(m, "lean_blocks_invalid_total")).isGreaterThanOrEqualTo(2);
                assertThat(total(m, "lean_attestations_invalid_total"))
                    .isGreaterThanOrEqualTo(1); // the aggregate
                assertThat(total(m, "lean_pq_sig_aggregated_signatures_invalid_total"))
                    .isEqualTo(1);
                assertThat(total(m, LeanMetrics.NETWORK_INVALID_MESSAGES))
                    .isGreaterThanOrEqualTo(3 + 3);
                Map<String, ExpositionParser.Family> aggregator = scrape(nodes[0]);
                assertThat(total(aggregator, "lean_attestations_invalid_total"))
                    .isGreaterThanOrEqualTo(2);
                assertThat(total(aggregator, "lean_pq_sig_attestation_signatures_invalid_total"))
                    .isEqualTo(1);
              });
    }
    assertThat(logBytes.toString(StandardCharsets.UTF_8))
        .containsPattern(
            "builtin_1 rejected block 0x[0-9a-f]{8} slot \\d+ proposer \\d+ from attacker_0: INVALID_SIGNATURE")
        .containsPattern(
            "builtin_1 rejected block 0x[0-9a-f]{8} slot \\d+ proposer \\d+ from attacker_0: WRONG_PROPOSER")
        // the attacker's vote may reach builtin_0 first through builtin_1, which forwards
        // single votes unchecked (only aggregators check them)
        .containsPattern(
            "builtin_0 rejected attestation of validator 2 slot \\d+ from (attacker_0|builtin_1): INVALID_SIGNATURE");
    long head = nodes[1].view().head().slot();
    await()
        .atMost(Duration.ofSeconds(12))
        .until(() -> nodes[1].view().head().slot() > head); // still following the chain
  }

  @Test
  @Order(3)
  void metricsCarryTheLeanMetricsNamesWithLiveValues() throws Exception {
    Map<String, ExpositionParser.Family> m = scrape(nodes[1]);
    for (String name :
        List.of(
            "lean_node_info",
            "lean_head_slot",
            "lean_current_slot",
            "lean_safe_target_slot",
            "lean_latest_justified_slot",
            "lean_latest_finalized_slot",
            "lean_connected_peers",
            "lean_validators_count",
            "lean_is_aggregator",
            "lean_finalizations_total",
            "lean_attestations_valid_total",
            "lean_attestations_invalid_total",
            "lean_pq_sig_attestation_signatures_total",
            "lean_pq_sig_attestation_verification_time_seconds",
            "lean_fork_choice_block_processing_time_seconds",
            "lean_block_building_time_seconds")) {
      assertThat(m).as(name).containsKey(name);
    }
    assertThat(total(m, "lean_head_slot")).isGreaterThan(3);
    assertThat(total(m, "lean_latest_finalized_slot")).isGreaterThanOrEqualTo(2);
    assertThat(total(m, "lean_connected_peers")).isEqualTo(3);
    assertThat(total(m, "lean_validators_count")).isEqualTo(1);
    assertThat(total(m, "lean_attestations_valid_total")).isGreaterThan(5);
    assertThat(total(m, "lean_pq_sig_attestation_signatures_total")).isGreaterThan(3);
    assertThat(
            m.get("lean_finalizations_total")
                .value("lean_finalizations_total", Map.of("result", "success")))
        .isGreaterThan(0);
    assertThat(total(scrape(nodes[0]), "lean_is_aggregator")).isEqualTo(1);
    assertThat(total(scrape(nodes[0]), "lean_pq_sig_aggregated_signatures_total")).isGreaterThan(0);
    assertThat(logBytes.toString(StandardCharsets.UTF_8))
        .containsPattern("\\d\\d:\\d\\d:\\d\\d\\.\\d{3} slot \\d+ builtin_0 proposed block 0x")
        .contains("imported block")
        .contains("finalized slot")
        .contains("justified slot")
        .contains("peer builtin_3 connected");
  }

  /** Last: it stops and restarts nodes. */
  @Test
  @Order(4)
  void nodesStoppedForThreeSlotsCatchUpAndFinalityContinues() {
    nodes[2].close();
    nodes[3].close();
    toClose.remove(nodes[2]);
    toClose.remove(nodes[3]);
    SlotClock clock = new SlotClock(bundle.genesisTime(), InstantSource.system());
    long stoppedAt = clock.currentSlot();
    // finality stalls without them for three slots
    await()
        .atMost(Duration.ofMillis(4 * ChainConfig.MILLISECONDS_PER_SLOT))
        .pollInterval(Duration.ofMillis(100))
        .until(() -> clock.currentSlot() >= stoppedAt + 3);
    long finalizedBefore = nodes[0].view().latestFinalized().slot();
    nodes[2] = start(bundle, 2, tmp.resolve("data-2"));
    nodes[3] = start(bundle, 3, tmp.resolve("data-3-fresh"));
    awaitEveryNodeFinalizedAfter(finalizedBefore, Duration.ofSeconds(30));
    assertThat(logBytes.toString(StandardCharsets.UTF_8))
        .containsPattern("builtin_2 started: .*, \\d+ blocks restored from ")
        .contains("peer builtin_3 disconnected");
  }

  private BuiltinNode start(TestBundle bundle, int n, Path dataDir) {
    BuiltinNode node =
        BuiltinNode.start(bundle.nodeConfig(n, dataDir), InstantSource.system(), log);
    toClose.add(node);
    return node;
  }

  /**
   * Joins the network as "attacker_0", connected to {@code victim} and {@code aggregator}, and
   * gossips a block with a garbage proposer signature, a block signed by the wrong proposer, a
   * forged single vote (checked by the aggregator) and a forged aggregate (checked by everyone).
   * Returns the attacker's transport, still connected, for the caller to close once the messages
   * arrived.
   */
  private static Transport sendBadGossip(
      TestBundle bundle, BuiltinNode victim, BuiltinNode aggregator) throws Exception {
    Checkpoint head = victim.view().head();
    String networkId = genesisRoot(bundle);
    LeanMetrics metrics =
        new LeanMetrics(
            "attacker_0",
            "test",
            Instant.now(),
            FixedNodeView.sample(),
            new SlotClock(bundle.genesisTime(), InstantSource.system()));
    Transport attacker =
        new Transport(
            TransportConfig.of(
                networkId,
                "attacker_0",
                new InetSocketAddress("127.0.0.1", 0),
                List.of(victim.p2pAddress(), aggregator.p2pAddress())),
            metrics,
            () -> new byte[0]);
    attacker.start();
    try {
      await().atMost(Duration.ofSeconds(5)).until(() -> attacker.peers().size() == 2);
      long slot = head.slot() + 1;
      long proposer = slot % 4;
      Signature garbage = new Signature(Bytes.wrap(new byte[Signature.LENGTH]));
      Block forged = new Block(slot, proposer, head.root(), Bytes32.ZERO, new BlockBody(List.of()));
      attacker.publish(
          Topic.BLOCK,
          SignedBlock.SSZ.serialize(
              new SignedBlock(
                  forged, new BlockSignatures(List.<AggregatedSignatureProof>of(), garbage))));
      int wrongProposer = (int) ((proposer + 1) % 4);
      ValidatorSigner wrongKeys =
          ValidatorKeys.load(
                  new KeySource.HashSigKeys(),
                  bundle.layout().hashSigKeys(),
                  GenesisConfig.load(bundle.layout().configYaml()).validators(),
                  List.of(wrongProposer))
              .signers()
              .get(wrongProposer);
      Block wrong =
          new Block(slot, wrongProposer, head.root(), Bytes32.ZERO, new BlockBody(List.of()));
      attacker.publish(
          Topic.BLOCK,
          SignedBlock.SSZ.serialize(
              new SignedBlock(
                  wrong,
                  new BlockSignatures(
                      List.of(), wrongKeys.signProposal(slot, wrong.hashTreeRoot())))));
      AttestationData data = new AttestationData(head.slot(), head, head, head);
      attacker.publish(
          Topic.attestation(0),
          SignedAttestation.SSZ.serialize(new SignedAttestation(2, data, garbage)));
      AggregatedSignatureProof proof =
          new AggregatedSignatureProof(
              Bits.ofIndices(4, List.of(1, 2)), Bytes.wrap(new byte[2 * Signature.LENGTH]));
      attacker.publish(
          Topic.AGGREGATION,
          SignedAggregatedAttestation.SSZ.serialize(new SignedAggregatedAttestation(data, proof)));
      return attacker;
    } catch (Exception | AssertionError e) {
      attacker.close();
      throw e;
    }
  }

  private static String genesisRoot(TestBundle bundle) {
    var config = GenesisConfig.load(bundle.layout().configYaml());
    return Genesis.genesisBlock(config.genesisState()).hashTreeRoot().toHex();
  }

  private static List<Bytes32> distinctHeads(List<BuiltinNode> nodes) {
    return nodes.stream().map(n -> n.view().head().root()).distinct().toList();
  }

  private static Map<String, ExpositionParser.Family> scrape(BuiltinNode node) throws Exception {
    HttpResponse<String> r =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create(
                            "http://"
                                + node.metricsAddress().getHostString()
                                + ":"
                                + node.metricsAddress().getPort()
                                + "/metrics"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(200);
    return ExpositionParser.parse(r.body());
  }

  private static double total(Map<String, ExpositionParser.Family> metrics, String name) {
    ExpositionParser.Family f = metrics.get(name);
    assertThat(f).as(name).isNotNull();
    return f.samples().stream()
        .filter(s -> s.name().equals(name))
        .mapToDouble(ExpositionParser.Sample::value)
        .sum();
  }

  /** Shows the nodes' log on the console as well as keeping it for assertions. */
  private static final class TeeStream extends OutputStream {
    private final ByteArrayOutputStream copy;

    TeeStream(ByteArrayOutputStream copy) {
      this.copy = copy;
    }

    @Override
    public synchronized void write(int b) {
      copy.write(b);
      System.out.write(b);
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) {
      copy.write(b, off, len);
      System.out.write(b, off, len);
    }
  }
}
