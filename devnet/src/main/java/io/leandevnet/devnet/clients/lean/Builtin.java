package io.leandevnet.devnet.clients.lean;

import io.leandevnet.consensus.genesis.BundleLayout;
import io.leandevnet.devnet.clients.HostArch;
import io.leandevnet.devnet.clients.LaunchContext;
import io.leandevnet.devnet.clients.PortKind;
import io.leandevnet.devnet.clients.ServiceSpec;
import io.leandevnet.devnet.config.DevnetProfile;
import io.leandevnet.devnet.config.LeanClient;
import io.leandevnet.devnet.config.LogLevel;
import io.leandevnet.devnet.config.Problem;
import io.leandevnet.devnet.config.ProjectVersion;
import io.leandevnet.devnet.plan.DevnetPlan;
import io.leandevnet.devnet.plan.LeanNode;
import java.util.ArrayList;
import java.util.List;

/**
 * lean-devnet's built-in Java node. Image {@code lean-devnet/builtin:<version>} for both profiles
 * (it implements the devnet4 spec); the image's ENTRYPOINT is the {@code lean-devnet} command, so
 * the command line starts with the {@code node} subcommand.
 *
 * <pre>
 * node --genesis /config/config.yaml --validators /config/annotated_validators.yaml
 * --bootnodes /config/nodes.yaml --validator-config /config/validator-config.yaml
 * --hash-sig-keys-dir /config/hash-sig-keys --node-id NODE --node-key /config/NODE.key
 * --gossipsub-port P2P --listen-address ADDRESS --http-address ADDRESS
 * --api-port API --metrics-port METRICS --attestation-committee-count N [--is-aggregator]
 * --data-dir /data
 * </pre>
 *
 * <p>One contract, two runtimes: Docker runs this command line in a container (listening on
 * 0.0.0.0); the embedded backend parses the very same arguments with the {@code node} command's
 * parser and runs the node in-process, with host paths ({@link LaunchContext.Host}) and listening
 * on its loopback address. Quirks: p2p is plain TCP (the {@code quic} port is {@link PortKind#TCP}:
 * {@code LeanClient.speaksLibp2pQuic()} is false), not libp2p/QUIC, so built-in nodes cannot peer
 * with other clients: {@code plan} refuses to mix them. Aggregators aggregate their own subnet by
 * default (no subnet flag). No log-level flag: {@code cl_log_level} other than info draws a
 * warning.
 */
public final class Builtin implements LeanLauncher {

  /** The subcommand the command line starts with. */
  public static final String SUBCOMMAND = "node";

  @Override
  public LeanClient client() {
    return LeanClient.BUILTIN;
  }

  @Override
  public String defaultImage(DevnetProfile profile, HostArch arch) {
    return "lean-devnet/builtin:" + ProjectVersion.current();
  }

  @Override
  public ServiceSpec spec(LeanNode node, LaunchContext context) {
    LeanNodeSpec s = LeanNodeSpec.start(this, node, context);
    String bind =
        context.filesystem() instanceof LaunchContext.Host ? context.at(node).ip() : "0.0.0.0";
    return s.args(SUBCOMMAND)
        .flag("--genesis", s.genesisFile(BundleLayout.CONFIG_YAML))
        .flag("--validators", s.genesisFile(BundleLayout.ANNOTATED_VALIDATORS_YAML))
        .flag("--bootnodes", s.genesisFile(BundleLayout.NODES_YAML))
        .flag("--validator-config", s.genesisFile(BundleLayout.VALIDATOR_CONFIG_YAML))
        .flag("--hash-sig-keys-dir", s.genesisFile(BundleLayout.HASH_SIG_KEYS))
        .flag("--node-id", node.name())
        .flag("--node-key", s.nodeKey())
        .flag("--gossipsub-port", s.quicPort())
        .flag("--listen-address", bind)
        .flag("--http-address", bind)
        .flag("--api-port", s.apiPort())
        .flag("--metrics-port", s.metricsPort())
        .committeeCount()
        .isAggregator()
        .flag("--data-dir", s.dataDir())
        .finish();
  }

  @Override
  public List<Problem> check(LeanNode node, DevnetPlan plan) {
    List<Problem> problems = new ArrayList<>();
    List<String> others =
        plan.leanNodes().stream()
            .filter(n -> n.client().speaksLibp2pQuic())
            .map(n -> n.client().key())
            .distinct()
            .toList();
    if (!others.isEmpty()) {
      problems.add(
          LeanNodeSpec.error(
              node,
              "cl_type",
              "built-in nodes cannot peer with "
                  + String.join(", ", others)
                  + " (they speak TCP, not libp2p/QUIC); run a devnet of built-in nodes only, or"
                  + " none"));
    }
    if (plan.network().devnet() != DevnetProfile.DEVNET4) {
      problems.add(
          LeanNodeSpec.warning(
              node,
              "cl_type",
              "the built-in node implements devnet4; lean_network_params.devnet: "
                  + plan.network().devnet().key()
                  + " changes nothing for it"));
    }
    if (node.settings().logLevel() != LogLevel.INFO) {
      problems.add(
          LeanNodeSpec.warning(
              node, "cl_log_level", "the built-in node has no log levels; it logs at info"));
    }
    return problems;
  }
}
