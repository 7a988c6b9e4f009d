package io.leandevnet.devnet.clients.lean;

import io.leandevnet.devnet.clients.HostArch;
import io.leandevnet.devnet.clients.LaunchContext;
import io.leandevnet.devnet.clients.ServiceSpec;
import io.leandevnet.devnet.config.DevnetProfile;
import io.leandevnet.devnet.config.LeanClient;
import io.leandevnet.devnet.config.Problem;
import io.leandevnet.devnet.plan.DevnetPlan;
import io.leandevnet.devnet.plan.LeanNode;
import java.util.List;

/**
 * nlean (nleaneth, C#). Images {@code ghcr.io/nleaneth/nlean:devnet4} / {@code :devnet5}.
 *
 * <pre>
 * --custom-network-config-dir /config --node NODE --data-dir /data --node-key /config/NODE.key
 * --socket-port QUIC --metrics true|false --metrics-port METRICS --metrics-address 0.0.0.0
 * --api-port API --log LEVEL
 * --attestation-committee-count N [--is-aggregator [--aggregate-subnet-ids SUBNET]]
 * </pre>
 *
 * <p>Quirks: the node name goes in {@code --node}, not {@code --node-id}; {@code --metrics} takes a
 * value ({@code metrics_enabled}); nlean ignores unknown flags silently. The client is discontinued
 * upstream (ethereum/hive#1522): {@code plan} warns.
 */
public final class Nlean implements LeanLauncher {

  @Override
  public LeanClient client() {
    return LeanClient.NLEAN;
  }

  @Override
  public String defaultImage(DevnetProfile profile, HostArch arch) {
    return "ghcr.io/nleaneth/nlean:" + profile.key();
  }

  @Override
  public ServiceSpec spec(LeanNode node, LaunchContext context) {
    LeanNodeSpec s = LeanNodeSpec.start(this, node, context);
    return s.flag("--custom-network-config-dir", s.genesisDir())
        .flag("--node", node.name())
        .flag("--data-dir", s.dataDir())
        .flag("--node-key", s.nodeKey())
        .flag("--socket-port", s.quicPort())
        .flag("--metrics", context.plan().network().metricsEnabled())
        .flag("--metrics-port", s.metricsPort())
        .flag("--metrics-address", "0.0.0.0")
        .flag("--api-port", s.apiPort())
        .flag("--log", node.settings().logLevel().key())
        .committeeFlags()
        .finish();
  }

  @Override
  public List<Problem> check(LeanNode node, DevnetPlan plan) {
    return List.of(
        LeanNodeSpec.warning(
            node,
            "cl_type",
            "nlean is discontinued upstream (ethereum/hive#1522); its last image may not keep up"
                + " with the other clients"));
  }
}
