package io.leandevnet.devnet.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.leandevnet.consensus.containers.Validator;
import io.leandevnet.consensus.genesis.BundleLayout;
import io.leandevnet.consensus.signature.InsecureTestSignatures;
import io.leandevnet.crypto.hashsig.HashSigKeyDir;
import io.leandevnet.crypto.hashsig.HashSigManifest;
import io.leandevnet.crypto.hashsig.KeyRole;
import io.leandevnet.crypto.xmss.XmssConfig;
import io.leandevnet.node.NodeCommand;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class NodeCommandTest {

  private static final String SEED = "node-command-test";

  @TempDir Path tmp;

  @Test
  void runsANodeFromAGenesisBundleUntilStopped() throws Exception {
    Path bundle = genesisBundle();
    ByteArrayOutputStream logBytes = new ByteArrayOutputStream();
    PrintStream log = new PrintStream(logBytes, true, StandardCharsets.UTF_8);
    CommandLine node = new CommandLine(new NodeCommand(log));
    StringWriter err = new StringWriter();
    node.setErr(new PrintWriter(err));
    AtomicInteger exit = new AtomicInteger(-1);
    Thread run =
        Thread.ofVirtual()
            .start(
                () ->
                    exit.set(
                        node.execute(
                            nodeFlags(
                                bundle,
                                BundleLayout.at(bundle).configYaml(),
                                "builtin_0",
                                "--validator-config",
                                BundleLayout.at(bundle).validatorConfigYaml().toString(),
                                "--listen-address",
                                "127.0.0.1",
                                "--api-port",
                                "0",
                                "--metrics-port",
                                "0",
                                "--is-aggregator",
                                "--data-dir",
                                tmp.resolve("data").toString(),
                                "--insecure-test-keys",
                                SEED))));
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> logBytes.toString(StandardCharsets.UTF_8).contains("proposed block"));
    run.interrupt();
    run.join(Duration.ofSeconds(10));
    String text = logBytes.toString(StandardCharsets.UTF_8);
    assertThat(exit.get()).as(err.toString()).isEqualTo(130);
    assertThat(text)
        .contains("builtin_0 started: peer id 16Uiu2", "validators [0, 1], aggregator")
        .containsPattern("slot [1-9]\\d* builtin_0 proposed block 0x[0-9a-f]{8} slot [1-9]")
        .contains("builtin_0 stopped");
    assertThat(tmp.resolve("data/blocks"))
        .isDirectoryContaining(p -> p.toString().endsWith(".ssz"));
  }

  @Test
  void aMissingFlagIsAUsageError() {
    CliRun r = CliRun.of("node", "--validators", "v.yaml");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("Missing required option").contains("--genesis");
  }

  @Test
  void aMissingFileIsNamedWithoutAStackTrace() throws IOException {
    Path bundle = genesisBundle();
    CliRun r = CliRun.of(nodeCommand(bundle, tmp.resolve("nope.yaml"), "builtin_0"));
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err().strip())
        .isEqualTo("node builtin_0: --genesis " + tmp.resolve("nope.yaml") + ": file not found");
  }

  @Test
  void anUnknownNodeIdNamesTheFileAndTheNodesInIt() throws IOException {
    Path bundle = genesisBundle();
    CliRun r = CliRun.of(nodeCommand(bundle, BundleLayout.at(bundle).configYaml(), "zeam_0"));
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err())
        .contains(
            "annotated_validators.yaml: no entry for node 'zeam_0' (the file lists [builtin_0])")
        .doesNotContain("Exception");
  }

  /**
   * {@code node} with {@code bundle}'s files, {@code genesis} as config.yaml, as {@code nodeId}.
   */
  private static String[] nodeCommand(Path bundle, Path genesis, String nodeId) {
    return Stream.concat(Stream.of("node"), Stream.of(nodeFlags(bundle, genesis, nodeId)))
        .toArray(String[]::new);
  }

  /**
   * The node command's flags for {@code bundle}'s files, {@code genesis} as config.yaml, as {@code
   * nodeId}, then {@code more}.
   */
  private static String[] nodeFlags(Path bundle, Path genesis, String nodeId, String... more) {
    String[] files = {
      "--genesis",
      genesis.toString(),
      "--validators",
      BundleLayout.at(bundle).annotatedValidatorsYaml().toString(),
      "--bootnodes",
      BundleLayout.at(bundle).nodesYaml().toString(),
      "--hash-sig-keys-dir",
      BundleLayout.at(bundle).hashSigKeys().toString(),
      "--node-id",
      nodeId,
      "--node-key",
      BundleLayout.at(bundle).nodeKey("builtin_0").toString()
    };
    return Stream.concat(Stream.of(files), Stream.of(more)).toArray(String[]::new);
  }

  /**
   * `lean-devnet genesis` over a one-node validator-config, keys: the insecure test keys of SEED.
   */
  private Path genesisBundle() throws IOException {
    Path keys = Files.createDirectories(tmp.resolve("keys"));
    InsecureTestSignatures scheme = new InsecureTestSignatures(SEED);
    List<HashSigManifest.Entry> entries = new ArrayList<>();
    int i = 0;
    for (Validator v : scheme.validators(2)) {
      entries.add(
          HashSigManifest.Entry.of(
              i,
              v.attestationPubkey().toHex().substring(2),
              v.proposalPubkey().toHex().substring(2)));
      Files.write(
          keys.resolve(HashSigKeyDir.publicKeyFile(i, KeyRole.ATTESTER)),
          v.attestationPubkey().toArray());
      Files.write(
          keys.resolve(HashSigKeyDir.publicKeyFile(i, KeyRole.PROPOSER)),
          v.proposalPubkey().toArray());
      // insecure test keys: the node signs with SEED, these files only have to exist
      Files.write(keys.resolve(HashSigKeyDir.secretKeyFile(i, KeyRole.ATTESTER)), new byte[] {1});
      Files.write(keys.resolve(HashSigKeyDir.secretKeyFile(i, KeyRole.PROPOSER)), new byte[] {1});
      i++;
    }
    HashSigKeyDir.writeManifest(keys, HashSigManifest.generated(XmssConfig.DEVNET4, 10, entries));
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    Path config =
        Files.writeString(
            BundleLayout.at(tmp).validatorConfigYaml(),
            """
        shuffle: roundrobin
        config:
          activeEpoch: 10
          keyType: "hash-sig"
        validators:
          - name: "builtin_0"
            privkey: "bdf953adc161873ba026330c56450453f582e3c4ee6cb713644794bcfdd85fe5"
            enrFields:
              ip: "127.0.0.1"
              quic: %d
            metricsPort: 8080
            apiPort: 5052
            isAggregator: true
            count: 2
        """
                .formatted(port));
    Path out = tmp.resolve("genesis");
    CliRun r =
        CliRun.of(
            "genesis",
            "--validator-config",
            config.toString(),
            "--keys-dir",
            keys.toString(),
            "-o",
            out.toString(),
            "--genesis-time",
            String.valueOf(Instant.now().getEpochSecond() + 2));
    assertThat(r.exit()).as(r.err()).isZero();
    return out;
  }
}
