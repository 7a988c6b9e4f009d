package io.leandevnet.node.config;

import io.leandevnet.consensus.genesis.BundleLayout;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * How to run one built-in node: the flags of ethlambda's command line, one field each.
 *
 * @param genesis config.yaml ({@code --genesis}): GENESIS_TIME and the genesis validators
 * @param validators annotated_validators.yaml ({@code --validators}): which validator indices this
 *     node runs
 * @param bootnodes nodes.yaml ({@code --bootnodes}): the ENRs of the nodes to connect to
 * @param validatorConfig validator-config.yaml ({@code --validator-config}), optional: the default
 *     p2p port ({@code enrFields.quic} of this node) and {@code config.attestation_committee_count}
 * @param hashSigKeysDir hash-sig-keys/ ({@code --hash-sig-keys-dir}): the validators' XMSS keys
 * @param nodeId this node's name ({@code --node-id}), e.g. {@code builtin_0}
 * @param nodeKey this node's secp256k1 key file ({@code --node-key}), 64 hex digits
 * @param listenHost address the p2p transport listens on
 * @param p2pPort p2p TCP port ({@code --gossipsub-port}); default this node's {@code
 *     enrFields.quic} in validator-config.yaml
 * @param httpAddress address of the API and metrics servers ({@code --http-address})
 * @param apiPort API port ({@code --api-port}); 0 picks a free port
 * @param metricsPort metrics port ({@code --metrics-port}); equal to the API port: one server
 * @param isAggregator whether this node aggregates attestations ({@code --is-aggregator})
 * @param attestationCommitteeCount {@code --attestation-committee-count}; default
 *     validator-config's {@code config.attestation_committee_count}, else 1
 * @param dataDir where the node keeps the blocks it imported ({@code --data-dir})
 * @param keys where validator signatures come from
 */
public record NodeConfig(
    Path genesis,
    Path validators,
    Path bootnodes,
    Optional<Path> validatorConfig,
    Path hashSigKeysDir,
    String nodeId,
    Path nodeKey,
    String listenHost,
    OptionalInt p2pPort,
    String httpAddress,
    int apiPort,
    int metricsPort,
    boolean isAggregator,
    OptionalInt attestationCommitteeCount,
    Path dataDir,
    KeySource keys) {

  /** ethlambda's default gossip port, used when neither the flag nor validator-config gives one. */
  public static final int DEFAULT_P2P_PORT = 9000;

  public NodeConfig {
    Objects.requireNonNull(genesis, "genesis");
    Objects.requireNonNull(validators, "validators");
    Objects.requireNonNull(bootnodes, "bootnodes");
    Objects.requireNonNull(validatorConfig, "validatorConfig");
    Objects.requireNonNull(hashSigKeysDir, "hashSigKeysDir");
    Objects.requireNonNull(nodeId, "nodeId");
    Objects.requireNonNull(nodeKey, "nodeKey");
    Objects.requireNonNull(listenHost, "listenHost");
    Objects.requireNonNull(p2pPort, "p2pPort");
    Objects.requireNonNull(httpAddress, "httpAddress");
    Objects.requireNonNull(attestationCommitteeCount, "attestationCommitteeCount");
    Objects.requireNonNull(dataDir, "dataDir");
    Objects.requireNonNull(keys, "keys");
    if (nodeId.isBlank()) {
      throw new IllegalArgumentException("--node-id must not be blank");
    }
    checkPort(apiPort, "--api-port");
    checkPort(metricsPort, "--metrics-port");
    p2pPort.ifPresent(p -> checkPort(p, "--gossipsub-port"));
    attestationCommitteeCount.ifPresent(
        c -> {
          if (c < 1) {
            throw new IllegalArgumentException(
                "--attestation-committee-count must be >= 1, got " + c);
          }
        });
  }

  private static void checkPort(int port, String flag) {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException(flag + " must be a port in 0..65535, got " + port);
    }
  }

  /**
   * The files of a genesis bundle directory as lean-quickstart lays them out ({@code config.yaml},
   * {@code annotated_validators.yaml}, {@code nodes.yaml}, {@code validator-config.yaml}, {@code
   * <node>.key}, {@code hash-sig-keys/}), listening on 0.0.0.0, the API on 127.0.0.1, keys from
   * hash-sig-keys/. Change the rest with the {@code with…} methods.
   */
  public static NodeConfig ofBundle(
      Path bundle, String nodeId, int apiPort, int metricsPort, Path dataDir) {
    return ofBundle(
        BundleLayout.at(bundle),
        nodeId,
        "0.0.0.0",
        OptionalInt.empty(),
        "127.0.0.1",
        apiPort,
        metricsPort,
        false,
        OptionalInt.empty(),
        dataDir,
        new KeySource.HashSigKeys());
  }

  /** The node {@code nodeId} of the bundle {@code bundle}, every other field given. */
  public static NodeConfig ofBundle(
      BundleLayout bundle,
      String nodeId,
      String listenHost,
      OptionalInt p2pPort,
      String httpAddress,
      int apiPort,
      int metricsPort,
      boolean isAggregator,
      OptionalInt attestationCommitteeCount,
      Path dataDir,
      KeySource keys) {
    return new NodeConfig(
        bundle.configYaml(),
        bundle.annotatedValidatorsYaml(),
        bundle.nodesYaml(),
        Optional.of(bundle.validatorConfigYaml()),
        bundle.hashSigKeys(),
        nodeId,
        bundle.nodeKey(nodeId),
        listenHost,
        p2pPort,
        httpAddress,
        apiPort,
        metricsPort,
        isAggregator,
        attestationCommitteeCount,
        dataDir,
        keys);
  }

  public NodeConfig withAggregator(boolean aggregator) {
    return new NodeConfig(
        genesis,
        validators,
        bootnodes,
        validatorConfig,
        hashSigKeysDir,
        nodeId,
        nodeKey,
        listenHost,
        p2pPort,
        httpAddress,
        apiPort,
        metricsPort,
        aggregator,
        attestationCommitteeCount,
        dataDir,
        keys);
  }
}
