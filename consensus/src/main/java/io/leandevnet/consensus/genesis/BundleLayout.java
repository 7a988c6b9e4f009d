package io.leandevnet.consensus.genesis;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where each file of a genesis bundle lives, relative to the bundle directory, as lean-quickstart
 * lays it out. The one place these names are spelled: the bundle writer, the built-in node, the
 * client launchers (which map the directory into a container, e.g. at {@code /config}) and the
 * tests all ask this type.
 *
 * <pre>
 * config.yaml                   GENESIS_TIME, committee count, ACTIVE_EPOCH, GENESIS_VALIDATORS
 * validators.yaml               node name to validator indices
 * annotated_validators.yaml     node name to index, pubkey and secret-key file per role
 * validator-config.yaml         lean-quickstart's node list (enrFields, privkey, count)
 * nodes.yaml                    the ENRs of every node
 * &lt;node&gt;.key                    a node's secp256k1 key (hex)
 * hash-sig-keys/                XMSS keys and validator-keys-manifest.yaml
 * genesis.ssz, genesis.json     the genesis State
 * jwtsecret                     the Engine API secret, when an execution client is paired
 * execution/genesis.json        the execution genesis, when an execution client is paired
 * execution/genesis-hash.txt    its block hash
 * </pre>
 *
 * @param dir the bundle directory (a host path, or the path a container sees it at)
 */
public record BundleLayout(Path dir) {

  public static final String CONFIG_YAML = "config.yaml";
  public static final String VALIDATORS_YAML = "validators.yaml";
  public static final String ANNOTATED_VALIDATORS_YAML = "annotated_validators.yaml";
  public static final String VALIDATOR_CONFIG_YAML = "validator-config.yaml";
  public static final String NODES_YAML = "nodes.yaml";
  public static final String HASH_SIG_KEYS = "hash-sig-keys";
  public static final String GENESIS_SSZ = "genesis.ssz";
  public static final String GENESIS_JSON = "genesis.json";
  public static final String JWT_SECRET = "jwtsecret";
  public static final String EXECUTION = "execution";
  public static final String EXECUTION_GENESIS_JSON = "genesis.json";
  public static final String EXECUTION_GENESIS_HASH = "genesis-hash.txt";

  public BundleLayout {
    Objects.requireNonNull(dir, "dir");
  }

  /** The layout of a bundle at {@code dir}. */
  public static BundleLayout at(Path dir) {
    return new BundleLayout(dir);
  }

  public Path configYaml() {
    return dir.resolve(CONFIG_YAML);
  }

  public Path validatorsYaml() {
    return dir.resolve(VALIDATORS_YAML);
  }

  public Path annotatedValidatorsYaml() {
    return dir.resolve(ANNOTATED_VALIDATORS_YAML);
  }

  public Path validatorConfigYaml() {
    return dir.resolve(VALIDATOR_CONFIG_YAML);
  }

  public Path nodesYaml() {
    return dir.resolve(NODES_YAML);
  }

  /** {@code <node>.key}: the node's secp256k1 private key as hex. */
  public Path nodeKey(String nodeName) {
    return dir.resolve(nodeName + ".key");
  }

  public Path hashSigKeys() {
    return dir.resolve(HASH_SIG_KEYS);
  }

  public Path genesisSsz() {
    return dir.resolve(GENESIS_SSZ);
  }

  public Path genesisJson() {
    return dir.resolve(GENESIS_JSON);
  }

  public Path jwtSecret() {
    return dir.resolve(JWT_SECRET);
  }

  public Path executionDir() {
    return dir.resolve(EXECUTION);
  }

  public Path executionGenesisJson() {
    return executionDir().resolve(EXECUTION_GENESIS_JSON);
  }

  public Path executionGenesisHash() {
    return executionDir().resolve(EXECUTION_GENESIS_HASH);
  }
}
