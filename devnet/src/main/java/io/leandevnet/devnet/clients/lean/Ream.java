package io.leandevnet.devnet.clients.lean;

import io.leandevnet.consensus.genesis.BundleLayout;
import io.leandevnet.devnet.clients.HostArch;
import io.leandevnet.devnet.clients.LaunchContext;
import io.leandevnet.devnet.clients.ServiceSpec;
import io.leandevnet.devnet.config.DevnetProfile;
import io.leandevnet.devnet.config.LeanClient;
import io.leandevnet.devnet.config.LogLevel;
import io.leandevnet.devnet.plan.LeanNode;

/**
 * ream (ReamLabs, Rust). Images {@code ghcr.io/reamlabs/ream:latest-devnet4} / {@code
 * :latest-devnet5}; ENTRYPOINT {@code /usr/local/bin/ream}.
 *
 * <pre>
 * --data-dir /data [--verbosity N] lean_node
 * --network /config/config.yaml --validator-registry-path /config/annotated_validators.yaml
 * --bootnodes /config/nodes.yaml --node-id NODE --node-key /config/NODE.key
 * --socket-port QUIC --metrics --metrics-address 0.0.0.0 --metrics-port METRICS
 * --http-address 0.0.0.0 --http-port API
 * --attestation-committee-count N [--is-aggregator [--aggregate-subnet-ids SUBNET]]
 * </pre>
 *
 * <p>Quirks: {@code --data-dir} and {@code --verbosity} are top-level flags, before the {@code
 * lean_node} subcommand. {@code cl_log_level} other than info becomes {@code --verbosity} 1 (error)
 * … 5 (trace). ream finds the XMSS keys through annotated_validators.yaml itself.
 */
public final class Ream implements LeanLauncher {

  @Override
  public LeanClient client() {
    return LeanClient.REAM;
  }

  @Override
  public String defaultImage(DevnetProfile profile, HostArch arch) {
    return "ghcr.io/reamlabs/ream:latest-" + profile.key();
  }

  @Override
  public ServiceSpec spec(LeanNode node, LaunchContext context) {
    LeanNodeSpec s = LeanNodeSpec.start(this, node, context);
    s.flag("--data-dir", s.dataDir());
    LogLevel level = node.settings().logLevel();
    if (level != LogLevel.INFO) {
      s.flag("--verbosity", level.ordinal() + 1);
    }
    return s.args("lean_node")
        .flag("--network", s.genesisFile(BundleLayout.CONFIG_YAML))
        .flag("--validator-registry-path", s.genesisFile(BundleLayout.ANNOTATED_VALIDATORS_YAML))
        .flag("--bootnodes", s.genesisFile(BundleLayout.NODES_YAML))
        .flag("--node-id", node.name())
        .flag("--node-key", s.nodeKey())
        .flag("--socket-port", s.quicPort())
        .args("--metrics")
        .flag("--metrics-address", "0.0.0.0")
        .flag("--metrics-port", s.metricsPort())
        .flag("--http-address", "0.0.0.0")
        .flag("--http-port", s.apiPort())
        .committeeFlags()
        .finish();
  }
}
