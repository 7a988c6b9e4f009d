package io.leandevnet.node;

import io.leandevnet.node.config.KeySource;
import io.leandevnet.node.config.NodeConfig;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The built-in node's command-line options (ethlambda's flags) and their one parser: the {@code
 * lean-devnet node} command mixes these in, and the embedded backend parses the built-in launcher's
 * command line with {@link #parse}, so a node started in-process and one started in a container
 * read the very same arguments.
 */
public final class NodeOptions {

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
          "validator-config.yaml: this node's default p2p port (its quic ENR field) and the"
              + " attestation_committee_count.")
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

  /**
   * Parses {@code args} (the arguments after {@code node}) as the {@code node} command does.
   *
   * @throws CommandLine.ParameterException when an argument is unknown, missing or malformed
   */
  public static NodeOptions parse(List<String> args) {
    NodeOptions options = new NodeOptions();
    new CommandLine(options).parseArgs(args.toArray(String[]::new));
    return options;
  }

  /** The node's name ({@code --node-id}). */
  public String nodeId() {
    return nodeId;
  }

  /**
   * The node configuration these options describe.
   *
   * @throws IllegalArgumentException when a value is out of range (a port, the committee count)
   */
  public NodeConfig toConfig() {
    return new NodeConfig(
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
  }
}
