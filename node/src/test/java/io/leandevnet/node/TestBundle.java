package io.leandevnet.node;

import io.leandevnet.consensus.containers.Validator;
import io.leandevnet.consensus.genesis.BundleLayout;
import io.leandevnet.consensus.signature.InsecureTestSignatures;
import io.leandevnet.crypto.enr.Enr;
import io.leandevnet.crypto.hashsig.HashSigKeyDir;
import io.leandevnet.crypto.hashsig.HashSigManifest;
import io.leandevnet.crypto.hashsig.ValidatorKeysGenerator;
import io.leandevnet.crypto.secp256k1.Secp256k1PrivateKey;
import io.leandevnet.crypto.xmss.XmssConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * A genesis bundle of {@code nodes} built-in nodes on 127.0.0.1, {@code validatorsPerNode}
 * validators each, written by hand in lean-quickstart's layout (the devnet module's writer is out
 * of reach from here). Node {@code builtin_0} is the aggregator in validator-config.yaml.
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
  public static final int LOG_ACTIVE_EPOCHS = 9;

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
      List<String[]> pubkeys = new ArrayList<>();
      if (xmssKeys == null) {
        for (Validator v : new InsecureTestSignatures(SEED).validators(count)) {
          pubkeys.add(new String[] {v.attestationPubkey().toHex(), v.proposalPubkey().toHex()});
        }
        Files.createDirectories(dir.resolve("hash-sig-keys"));
      } else {
        for (HashSigManifest.Entry v :
            xmssKeys(xmssKeys, count).manifest().validators().subList(0, count)) {
          pubkeys.add(new String[] {"0x" + v.attesterPubkeyHex(), "0x" + v.proposerPubkeyHex()});
        }
        Files.createSymbolicLink(dir.resolve("hash-sig-keys"), xmssKeys.toAbsolutePath());
      }
      long genesisTime = java.time.Instant.now().getEpochSecond() + genesisDelaySeconds;
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
      Files.createDirectories(dir.resolve("hash-sig-keys"));
      List<String[]> pubkeys = new ArrayList<>();
      for (Validator v : validators) {
        pubkeys.add(new String[] {v.attestationPubkey().toHex(), v.proposalPubkey().toHex()});
      }
      return write(dir, 1, 0, genesisTime, pubkeys, false);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static TestBundle write(
      Path dir,
      int nodes,
      int validatorsPerNode,
      long genesisTime,
      List<String[]> pubkeys,
      boolean xmss)
      throws IOException {
    int count = pubkeys.size();
    StringBuilder config =
        new StringBuilder(
            "GENESIS_TIME: "
                + genesisTime
                + "\nATTESTATION_COMMITTEE_COUNT: 1\n"
                + "ACTIVE_EPOCH: "
                + LOG_ACTIVE_EPOCHS
                + "\nVALIDATOR_COUNT: "
                + count
                + "\nGENESIS_VALIDATORS:\n");
    for (String[] v : pubkeys) {
      config
          .append("  - attestation_pubkey: \"")
          .append(v[0].substring(2))
          .append("\"\n    proposal_pubkey: \"")
          .append(v[1].substring(2))
          .append("\"\n");
    }
    Files.writeString(dir.resolve("config.yaml"), config);
    StringBuilder annotated = new StringBuilder();
    StringBuilder validatorConfig =
        new StringBuilder(
            "shuffle: roundrobin\nconfig:\n  activeEpoch: "
                + LOG_ACTIVE_EPOCHS
                + "\n"
                + "  attestation_committee_count: 1\nvalidators:\n");
    StringBuilder nodesYaml = new StringBuilder();
    List<String> names = new ArrayList<>();
    List<Integer> ports = new ArrayList<>();
    SecureRandom random = new SecureRandom();
    for (int n = 0; n < nodes; n++) {
      String name = "builtin_" + n;
      names.add(name);
      int port = freePort(ports);
      ports.add(port);
      Secp256k1PrivateKey key = Secp256k1PrivateKey.generate(random);
      Files.writeString(dir.resolve(name + ".key"), key.toHex() + "\n");
      nodesYaml
          .append("- ")
          .append(Enr.builder().ip("127.0.0.1").quic(port).sign(key).toText())
          .append('\n');
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
      annotated.append(name).append(":\n");
      for (int i = n * validatorsPerNode; i < (n + 1) * validatorsPerNode; i++) {
        for (String role : List.of("attester", "proposer")) {
          annotated
              .append("  - index: ")
              .append(i)
              .append("\n    pubkey_hex: 00\n    privkey_file: validator_")
              .append(i)
              .append('_')
              .append(role)
              .append("_key_sk.ssz\n");
        }
      }
    }
    Files.writeString(dir.resolve("annotated_validators.yaml"), annotated);
    Files.writeString(dir.resolve("validator-config.yaml"), validatorConfig);
    Files.writeString(dir.resolve("nodes.yaml"), nodesYaml);
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
            LOG_ACTIVE_EPOCHS,
            dir,
            true,
            Runtime.getRuntime().availableProcessors()),
        java.security.SecureRandom::new,
        (a, b, c, d) -> {});
  }

  /**
   * A port that is free now, below the kernel's ephemeral range (32768+ on Linux), so that the
   * outgoing connections of nodes already running cannot take it before its node binds it.
   */
  private static int freePort(List<Integer> taken) throws IOException {
    java.util.Random random = new java.util.Random();
    for (int attempt = 0; attempt < 1000; attempt++) {
      int port = 20000 + random.nextInt(12000);
      if (taken.contains(port)) {
        continue;
      }
      try (ServerSocket s = new ServerSocket(port, 1, java.net.InetAddress.getLoopbackAddress())) {
        return s.getLocalPort();
      } catch (IOException inUse) {
        // try another
      }
    }
    throw new IOException("no free port in 20000..31999");
  }
}
