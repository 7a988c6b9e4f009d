package io.leandevnet.devnet.clients.lean;

import io.leandevnet.consensus.genesis.BundleLayout;
import io.leandevnet.devnet.clients.HostArch;
import io.leandevnet.devnet.clients.LaunchContext;
import io.leandevnet.devnet.clients.ServiceSpec;
import io.leandevnet.devnet.config.DevnetProfile;
import io.leandevnet.devnet.config.LeanClient;
import io.leandevnet.devnet.plan.LeanNode;

/**
 * Lean Grandine (sifrai, Rust). Images {@code sifrai/lean:devnet-4} / {@code :devnet-5}; binary
 * {@code /usr/local/bin/lean_client}.
 *
 * <pre>
 * --genesis /config/config.yaml --validator-registry-path /config/annotated_validators.yaml
 * --bootnodes /config/nodes.yaml --node-id NODE --node-key /config/NODE.key
 * --port QUIC --address 0.0.0.0 --http-address 0.0.0.0 --http-port API
 * --metrics --metrics-address 0.0.0.0 --metrics-port METRICS
 * --hash-sig-key-dir /config/hash-sig-keys
 * --attestation-committee-count N [--is-aggregator [--aggregate-subnet-ids SUBNET]]
 * </pre>
 *
 * <p>Quirks: keeps its chain in memory and has no data-directory flag (its parser, {@code Args} in
 * {@code lean_client/src/main.rs} of bomanaps/lean devnet-4 @ce791bb and devnet5 @ace4086, has
 * none, and nothing in it writes files), so it gets no {@code /data} mount. Log level: {@code
 * RUST_LOG}.
 */
public final class LeanGrandine implements LeanLauncher {

  @Override
  public LeanClient client() {
    return LeanClient.LEAN_GRANDINE;
  }

  @Override
  public String defaultImage(DevnetProfile profile, HostArch arch) {
    return "sifrai/lean:devnet-" + profile.number();
  }

  @Override
  public ServiceSpec spec(LeanNode node, LaunchContext context) {
    LeanNodeSpec s = LeanNodeSpec.start(this, node, context).withoutDataDir();
    s.builder().env("RUST_LOG", node.settings().logLevel().key());
    return s.flag("--genesis", s.genesisFile(BundleLayout.CONFIG_YAML))
        .flag("--validator-registry-path", s.genesisFile(BundleLayout.ANNOTATED_VALIDATORS_YAML))
        .flag("--bootnodes", s.genesisFile(BundleLayout.NODES_YAML))
        .flag("--node-id", node.name())
        .flag("--node-key", s.nodeKey())
        .flag("--port", s.quicPort())
        .flag("--address", "0.0.0.0")
        .flag("--http-address", "0.0.0.0")
        .flag("--http-port", s.apiPort())
        .args("--metrics")
        .flag("--metrics-address", "0.0.0.0")
        .flag("--metrics-port", s.metricsPort())
        .flag("--hash-sig-key-dir", s.genesisFile(BundleLayout.HASH_SIG_KEYS))
        .committeeFlags()
        .finish();
  }
}
