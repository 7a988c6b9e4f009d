package io.leandevnet.devnet.cli;

import io.leandevnet.node.BuiltinNode;
import io.leandevnet.node.KeySource;
import io.leandevnet.node.NodeConfig;
import io.leandevnet.node.NodeConfigException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.InstantSource;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code lean-devnet node …}: runs one built-in Lean node until SIGTERM or Ctrl-C, with ethlambda's
 * flags, reading a lean-quickstart genesis bundle. The container command of the built-in node on
 * the Docker backend.
 */
@Command(
    name = "node",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Runs one built-in Lean node until SIGTERM or Ctrl-C.",
      "",
      "Reads a genesis bundle as lean-quickstart writes it and speaks to other",
      "built-in nodes over TCP (not libp2p/QUIC: it cannot join the other clients'",
      "networks). Serves /lean/v0/* on --api-port and /metrics on --metrics-port."
    },
    footer = {
      "",
      "Example:",
      "  lean-devnet node --genesis g/config.yaml --validators g/annotated_validators.yaml \\",
      "      --bootnodes g/nodes.yaml --validator-config g/validator-config.yaml \\",
      "      --hash-sig-keys-dir g/hash-sig-keys --node-id builtin_0 --node-key g/builtin_0.key \\",
      "      --api-port 5052 --metrics-port 8080 --is-aggregator --data-dir /tmp/builtin_0"
    })
public final class NodeCommand implements Callable<Integer> {

  @Option(
      names = "--genesis",
      required = true,
      paramLabel = "FILE",
      description = "config.yaml of the bundle.")
  Path genesis;

  @Option(
      names = "--validators",
      required = true,
      paramLabel = "FILE",
      description = "annotated_validators.yaml: the validator indices of each node.")
  Path validators;

  @Option(
      names = "--bootnodes",
      required = true,
      paramLabel = "FILE",
      description = "nodes.yaml: the ENRs to connect to.")
  Path bootnodes;

  @Option(
      names = "--validator-config",
      paramLabel = "FILE",
      description =
          "validator-config.yaml: default p2p port (enrFields.quic) and attestation_committee_count.")
  Path validatorConfig;

  @Option(
      names = "--hash-sig-keys-dir",
      required = true,
      paramLabel = "DIR",
      description = "hash-sig-keys/: the validators' XMSS keys.")
  Path hashSigKeysDir;

  @Option(
      names = "--node-id",
      required = true,
      paramLabel = "NAME",
      description = "This node's name, e.g. builtin_0.")
  String nodeId;

  @Option(
      names = "--node-key",
      required = true,
      paramLabel = "FILE",
      description = "This node's secp256k1 key (64 hex digits).")
  Path nodeKey;

  @Option(
      names = "--gossipsub-port",
      paramLabel = "PORT",
      description =
          "p2p TCP port (default: this node's enrFields.quic in validator-config.yaml, else 9000).")
  Integer p2pPort;

  @Option(
      names = "--listen-address",
      paramLabel = "ADDRESS",
      defaultValue = "0.0.0.0",
      description = "Address the p2p port listens on (default: ${DEFAULT-VALUE}).")
  String listenAddress;

  @Option(
      names = "--http-address",
      paramLabel = "ADDRESS",
      defaultValue = "127.0.0.1",
      description = "Address of the API and metrics servers (default: ${DEFAULT-VALUE}).")
  String httpAddress;

  @Option(
      names = "--api-port",
      paramLabel = "PORT",
      defaultValue = "5052",
      description = "API port (default: ${DEFAULT-VALUE}).")
  int apiPort;

  @Option(
      names = "--metrics-port",
      paramLabel = "PORT",
      defaultValue = "5054",
      description = "Metrics port (default: ${DEFAULT-VALUE}); equal to --api-port: one server.")
  int metricsPort;

  @Option(
      names = "--is-aggregator",
      description = "Aggregate attestations (at least one node per subnet must).")
  boolean isAggregator;

  @Option(
      names = "--attestation-committee-count",
      paramLabel = "N",
      description =
          "Attestation subnets (default: validator-config's config.attestation_committee_count, else 1).")
  Integer attestationCommitteeCount;

  @Option(
      names = "--data-dir",
      paramLabel = "DIR",
      defaultValue = "./data",
      description = "Where the node keeps its blocks (default: ${DEFAULT-VALUE}).")
  Path dataDir;

  @Option(
      names = "--insecure-test-keys",
      paramLabel = "SEED",
      description =
          "Sign with the INSECURE deterministic test keys of SEED instead of hash-sig-keys/"
              + " (for tests only: anyone can forge these signatures).")
  String insecureTestKeys;

  private final PrintStream log;

  /** Logs to standard output. */
  public NodeCommand() {
    this(System.out);
  }

  /** Logs to {@code log}. */
  public NodeCommand(PrintStream log) {
    this.log = log;
  }

  @Override
  public Integer call() {
    NodeConfig config;
    try {
      config =
          new NodeConfig(
              genesis,
              validators,
              bootnodes,
              Optional.ofNullable(validatorConfig),
              hashSigKeysDir,
              nodeId,
              nodeKey,
              listenAddress,
              p2pPort == null ? OptionalInt.empty() : OptionalInt.of(p2pPort),
              httpAddress,
              apiPort,
              metricsPort,
              isAggregator,
              attestationCommitteeCount == null
                  ? OptionalInt.empty()
                  : OptionalInt.of(attestationCommitteeCount),
              dataDir,
              insecureTestKeys == null
                  ? new KeySource.HashSigKeys()
                  : new KeySource.InsecureTest(insecureTestKeys));
    } catch (IllegalArgumentException e) {
      throw UserError.invalidInput("node: " + e.getMessage());
    }
    BuiltinNode node;
    try {
      node = BuiltinNode.start(config, InstantSource.system(), log);
    } catch (NodeConfigException e) {
      throw UserError.invalidInput("node " + nodeId + ": " + e.getMessage());
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Thread hook =
        new Thread(
            () -> {
              node.close();
              stopped.countDown();
            },
            "node-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    try {
      stopped.await();
      return 0;
    } catch (InterruptedException e) {
      Runtime.getRuntime().removeShutdownHook(hook);
      node.close();
      Thread.currentThread().interrupt();
      return 130;
    }
  }
}
