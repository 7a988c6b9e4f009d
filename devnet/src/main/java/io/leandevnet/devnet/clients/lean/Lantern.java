package io.leandevnet.devnet.clients.lean;

import io.leandevnet.consensus.genesis.BundleLayout;
import io.leandevnet.devnet.clients.HostArch;
import io.leandevnet.devnet.clients.LaunchContext;
import io.leandevnet.devnet.clients.ServiceSpec;
import io.leandevnet.devnet.config.DevnetProfile;
import io.leandevnet.devnet.config.LeanClient;
import io.leandevnet.devnet.plan.LeanNode;

/**
 * lantern (bitminetech, C). Images {@code bitminemavan/lantern:v0.0.4} / {@code v0.0.5} ("v0.0.X ==
 * devnetX"; the {@code piertwo/} images stopped tracking); image entrypoint {@code
 * /usr/local/bin/lantern-entrypoint.sh}.
 *
 * <pre>
 * --data-dir /data --genesis-config /config/config.yaml
 * --validator-registry-path /config/validators.yaml
 * --validator-keys-path /config/annotated_validators.yaml --genesis-state /config/genesis.ssz
 * --validator-config /config/validator-config.yaml --devnet 12345678 --nodes-path /config/nodes.yaml
 * --node-id NODE --node-key-path /config/NODE.key --listen-address /ip4/0.0.0.0/udp/QUIC/quic-v1
 * --metrics-port METRICS --http-port API --log-level LEVEL --hash-sig-key-dir /config/hash-sig-keys
 * --attestation-committee-count N [--is-aggregator [--aggregate-subnet-ids SUBNET]]
 * </pre>
 *
 * <p>Quirks: {@code --devnet 12345678}: lantern uses the devnet name as its gossip topic segment,
 * and every other client uses the dummy fork digest 12345678. The only client that reads
 * validators.yaml and genesis.ssz.
 */
public final class Lantern implements LeanLauncher {

  @Override
  public LeanClient client() {
    return LeanClient.LANTERN;
  }

  @Override
  public String defaultImage(DevnetProfile profile, HostArch arch) {
    return "bitminemavan/lantern:v0.0." + profile.number();
  }

  @Override
  public ServiceSpec spec(LeanNode node, LaunchContext context) {
    LeanNodeSpec s = LeanNodeSpec.start(this, node, context);
    return s.flag("--data-dir", s.dataDir())
        .flag("--genesis-config", s.genesisFile(BundleLayout.CONFIG_YAML))
        .flag("--validator-registry-path", s.genesisFile(BundleLayout.VALIDATORS_YAML))
        .flag("--validator-keys-path", s.genesisFile(BundleLayout.ANNOTATED_VALIDATORS_YAML))
        .flag("--genesis-state", s.genesisFile(BundleLayout.GENESIS_SSZ))
        .flag("--validator-config", s.genesisFile(BundleLayout.VALIDATOR_CONFIG_YAML))
        .flag("--devnet", LeanNodeSpec.GOSSIP_DIGEST)
        .flag("--nodes-path", s.genesisFile(BundleLayout.NODES_YAML))
        .flag("--node-id", node.name())
        .flag("--node-key-path", s.nodeKey())
        .flag("--listen-address", s.quicMultiaddr())
        .flag("--metrics-port", s.metricsPort())
        .flag("--http-port", s.apiPort())
        .flag("--log-level", node.settings().logLevel().key())
        .flag("--hash-sig-key-dir", s.genesisFile(BundleLayout.HASH_SIG_KEYS))
        .committeeFlags()
        .finish();
  }
}
