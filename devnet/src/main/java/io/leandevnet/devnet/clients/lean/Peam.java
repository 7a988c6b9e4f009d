package io.leandevnet.devnet.clients.lean;

import io.leandevnet.consensus.genesis.BundleLayout;
import io.leandevnet.devnet.clients.GeneratedFile;
import io.leandevnet.devnet.clients.HostArch;
import io.leandevnet.devnet.clients.LaunchContext;
import io.leandevnet.devnet.clients.ServiceSpec;
import io.leandevnet.devnet.config.DevnetProfile;
import io.leandevnet.devnet.config.LeanClient;
import io.leandevnet.devnet.plan.LeanNode;
import java.nio.file.Path;
import java.util.List;

/**
 * peam (malik672, Rust). Images {@code ghcr.io/malik672/peam:devnet4} / {@code :devnet5}.
 *
 * <pre>
 * --run --config /data/peam.conf --data-dir /data --node-id NODE
 * --validator-keys /config/hash-sig-keys --api-port API [--is-aggregator]
 * </pre>
 *
 * <p>Quirks: most settings come from a {@code key=value} file, {@code /data/peam.conf}, generated
 * here ({@link ServiceSpec#files}): genesis time, metrics address and port, the QUIC listen
 * multiaddress, node key, bootnodes file, validator count, {@code local_validator_index} (the
 * node's row in validator-config.yaml, lean-quickstart's {@code HASH_SIG_KEY_INDEX}), committee
 * count, and the gossip topics it joins: block, aggregation and its own subnet's attestations.
 * Never {@code --attestation-committee-count} nor {@code --aggregate-subnet-ids}: peam's parser
 * prints "Unknown argument" and exits 2. Log level: {@code RUST_LOG}.
 */
public final class Peam implements LeanLauncher {

  /** The config file's name in the data directory. */
  public static final String CONFIG_FILE = "peam.conf";

  @Override
  public LeanClient client() {
    return LeanClient.PEAM;
  }

  @Override
  public String defaultImage(DevnetProfile profile, HostArch arch) {
    return "ghcr.io/malik672/peam:" + profile.key();
  }

  @Override
  public ServiceSpec spec(LeanNode node, LaunchContext context) {
    LeanNodeSpec s = LeanNodeSpec.start(this, node, context);
    String config = Path.of(s.dataDir()).resolve(CONFIG_FILE).toString();
    s.builder().file(new GeneratedFile(config, configFile(s)));
    s.builder().env("RUST_LOG", node.settings().logLevel().key());
    return s.args("--run")
        .flag("--config", config)
        .flag("--data-dir", s.dataDir())
        .flag("--node-id", node.name())
        .flag("--validator-keys", s.genesisFile(BundleLayout.HASH_SIG_KEYS))
        .flag("--api-port", s.apiPort())
        .isAggregator()
        .finish();
  }

  private static String configFile(LeanNodeSpec s) {
    LeanNode node = s.node();
    String prefix = "/leanconsensus/" + LeanNodeSpec.GOSSIP_DIGEST + "/";
    String block = prefix + "block/ssz_snappy";
    String aggregation = prefix + "aggregation/ssz_snappy";
    String attestation = prefix + "attestation_" + node.subnet() + "/ssz_snappy";
    List<String> lines =
        List.of(
            "genesis_time=" + s.context().genesisTime(),
            "metrics=true",
            "metrics_address=0.0.0.0",
            "metrics_port=" + s.metricsPort(),
            "http_api=true",
            "listen_addr=" + s.quicMultiaddr(),
            "node_key_path=" + s.nodeKey(),
            "bootnodes_file=" + s.genesisFile(BundleLayout.NODES_YAML),
            "validator_count=" + s.context().plan().validatorCount(),
            "local_validator_index=" + node.position(),
            "attestation_committee_count=" + s.committees(),
            "validator_config_path=" + s.genesisFile(BundleLayout.VALIDATOR_CONFIG_YAML),
            "allowed_topics=" + String.join(",", block, aggregation, attestation),
            "topic_validators=" + block + "=block," + attestation + "=attestation",
            "metrics_node_name=" + node.name(),
            "metrics_client_name=peam");
    return String.join("\n", lines) + "\n";
  }
}
