package io.leandevnet.node;

import io.leandevnet.consensus.containers.Validator;
import io.leandevnet.consensus.genesis.BundleFiles;
import io.leandevnet.consensus.genesis.BundleLayout;
import io.leandevnet.consensus.genesis.ValidatorPubkeys;
import io.leandevnet.consensus.signature.InsecureTestSignatures;
import io.leandevnet.crypto.enr.Enr;
import io.leandevnet.crypto.hashsig.HashSigKeyDir;
import io.leandevnet.crypto.hashsig.HashSigManifest;
import io.leandevnet.crypto.hashsig.ValidatorKeysGenerator;
import io.leandevnet.crypto.secp256k1.Secp256k1PrivateKey;
import io.leandevnet.crypto.xmss.XmssConfig;
import io.leandevnet.node.config.KeySource;
import io.leandevnet.node.config.NodeConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * A genesis bundle of {@code nodes} built-in nodes on 127.0.0.1, {@code validatorsPerNode}
 * validators each, in lean-quickstart's layout: config.yaml, annotated_validators.yaml, nodes.yaml,
 * validators.yaml and the node keys from the bundle's own writer ({@link BundleFiles}, at the paths
 * of {@link BundleLayout}); validator-config.yaml, the user's input to genesis, written here. Node
 * {@code builtin_0} is the aggregator in validator-config.yaml.
 *
 * @param dir the bundle directory
 * @param genesisTime GENESIS_TIME
 * @param nodeNames builtin_0, builtin_1, …
 * @param p2pPorts each node's free p2p port ({@code enrFields.quic})
 * @param xmss whether the validators have real XMSS keys in hash-sig-keys/ (else the insecure test
 *     keys of {@link #SEED})
 */
public record TestBundle(
    Path dir, long genesisTime, List<String> nodeNames, List<Integer> p2pPorts, boolean xmss) {

  public static final String SEED = "test-devnet";

  /** log2 of the active slots of the test XMSS keys: 512 slots, 34 minutes. */
  public static final int LOG_NUM_ACTIVE_EPOCHS = 9;

  /** The bundle's file names and paths. */
  public BundleLayout layout() {
    return BundleLayout.at(dir);
  }

  /**
   * A bundle with the insecure test keys of {@link #SEED}, genesis {@code genesisDelaySeconds} from
   * now.
   */
  public static TestBundle write(
      Path dir, int nodes, int validatorsPerNode, long genesisDelaySeconds) {
    return write(dir, nodes, validatorsPerNode, genesisDelaySeconds, null);
  }

  /**
   * A bundle with real XMSS keys of the small scheme, generated into {@code xmssKeys} unless it
   * already holds keys for at least this many validators (then reused); hash-sig-keys/ links to it.
   * Genesis is {@code genesisDelaySeconds} after the keys are ready.
   */
  public static TestBundle write(
      Path dir, int nodes, int validatorsPerNode, long genesisDelaySeconds, Path xmssKeys) {
    try {
      Files.createDirectories(dir);
      int count = nodes * validatorsPerNode;
      List<ValidatorPubkeys> pubkeys = new ArrayList<>();
      BundleLayout layout = BundleLayout.at(dir);
      if (xmssKeys == null) {
        pubkeys.addAll(pubkeys(new InsecureTestSignatures(SEED).validators(count)));
        Files.createDirectories(layout.hashSigKeys());
      } else {
        for (HashSigManifest.Entry v :
            xmssKeys(xmssKeys, count).manifest().validators().subList(0, count)) {
          pubkeys.add(new ValidatorPubkeys(v.attesterPubkeyHex(), v.proposerPubkeyHex()));
        }
        Files.createSymbolicLink(layout.hashSigKeys(), xmssKeys.toAbsolutePath());
      }
      long genesisTime = Instant.now().getEpochSecond() + genesisDelaySeconds;
      return write(dir, nodes, validatorsPerNode, genesisTime, pubkeys, xmssKeys != null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A bundle of one node, {@code builtin_0}, that owns no validator, on a genesis of these
   * validators at {@code genesisTime}: a node that follows a given chain.
   */
  public static TestBundle observer(Path dir, long genesisTime, List<Validator> validators) {
    try {
      Files.createDirectories(BundleLayout.at(dir).hashSigKeys());
      return write(dir, 1, 0, genesisTime, pubkeys(validators), false);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<ValidatorPubkeys> pubkeys(List<Validator> validators) {
    return validators.stream()
        .map(
            v ->
                new ValidatorPubkeys(
                    v.attestationPubkey().toHex().substring(2),
                    v.proposalPubkey().toHex().substring(2)))
        .toList();
  }

  private static TestBundle write(
      Path dir,
      int nodes,
      int validatorsPerNode,
      long genesisTime,
      List<ValidatorPubkeys> pubkeys,
      boolean xmss)
      throws IOException {
    BundleLayout layout = BundleLayout.at(dir);
    StringBuilder validatorConfig =
        new StringBuilder(
            "shuffle: roundrobin\nconfig:\n  activeEpoch: "
                + LOG_NUM_ACTIVE_EPOCHS
                + "\n"
                + "  attestation_committee_count: 1\nvalidators:\n");
    List<String> enrs = new ArrayList<>();
    Map<String, List<Integer>> indices = new LinkedHashMap<>();
    List<String> names = new ArrayList<>();
    List<Integer> ports = new ArrayList<>();
    SecureRandom random = new SecureRandom();
    for (int n = 0; n < nodes; n++) {
      String name = "builtin_" + n;
      names.add(name);
      int port = freePort(ports);
      ports.add(port);
      Secp256k1PrivateKey key = Secp256k1PrivateKey.generate(random);
      Files.writeString(layout.nodeKey(name), BundleFiles.nodeKey(key.toHex()));
      enrs.add(Enr.builder().ip("127.0.0.1").quic(port).sign(key).toText());
      validatorConfig
          .append("  - name: \"")
          .append(name)
          .append("\"\n    privkey: \"")
          .append(key.toHex())
          .append("\"\n    enrFields:\n      ip: \"127.0.0.1\"\n      quic: ")
          .append(port)
          .append("\n    metricsPort: 0\n    apiPort: 0\n    isAggregator: ")
          .append(n == 0)
          .append("\n    count: ")
          .append(validatorsPerNode)
          .append('\n');
      indices.put(
          name,
          IntStream.range(n * validatorsPerNode, (n + 1) * validatorsPerNode).boxed().toList());
    }
    Files.writeString(
        layout.configYaml(), BundleFiles.config(genesisTime, 1, LOG_NUM_ACTIVE_EPOCHS, pubkeys));
    Files.writeString(
        layout.annotatedValidatorsYaml(), BundleFiles.annotatedValidators(indices, pubkeys));
    Files.writeString(layout.validatorsYaml(), BundleFiles.validators(indices));
    Files.writeString(layout.nodesYaml(), BundleFiles.nodes(enrs));
    Files.writeString(layout.validatorConfigYaml(), validatorConfig);
    return new TestBundle(dir, genesisTime, List.copyOf(names), List.copyOf(ports), xmss);
  }

  /**
   * The config of node {@code n}: loopback only, API and metrics on one free port, insecure keys.
   */
  public NodeConfig nodeConfig(int n, Path dataDir) {
    return NodeConfig.ofBundle(
        BundleLayout.at(dir),
        nodeNames.get(n),
        "127.0.0.1",
        OptionalInt.empty(),
        "127.0.0.1",
        0,
        0,
        n == 0,
        OptionalInt.empty(),
        dataDir,
        xmss ? new KeySource.HashSigKeys() : new KeySource.InsecureTest(SEED));
  }

  /**
   * The small-scheme keys of validators 0..count-1 in {@code dir}: read back, or generated there.
   */
  private static HashSigKeyDir xmssKeys(Path dir, int count) throws IOException {
    if (HashSigKeyDir.exists(dir) && HashSigKeyDir.open(dir).manifest().numValidators() >= count) {
      return HashSigKeyDir.open(dir);
    }
    return ValidatorKeysGenerator.generate(
        new ValidatorKeysGenerator.Request(
            XmssConfig.SMALL,
            count,
            LOG_NUM_ACTIVE_EPOCHS,
            dir,
            true,
            Runtime.getRuntime().availableProcessors()),
        SecureRandom::new,
        (a, b, c, d) -> {});
  }

  /**
   * A port that is free now, below the kernel's ephemeral range (32768+ on Linux), so that the
   * outgoing connections of nodes already running cannot take it before its node binds it.
   */
  private static int freePort(List<Integer> taken) throws IOException {
    Random random = new Random();
    for (int attempt = 0; attempt < 1000; attempt++) {
      int port = 20000 + random.nextInt(12000);
      if (taken.contains(port)) {
        continue;
      }
      try (ServerSocket s = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
        return s.getLocalPort();
      } catch (IOException inUse) {
        // try another
      }
    }
    throw new IOException("no free port in 20000..31999");
  }
}
