package io.leandevnet.devnet.clients.lean;

import io.leandevnet.devnet.clients.HostArch;
import io.leandevnet.devnet.clients.LaunchContext;
import io.leandevnet.devnet.clients.ServiceSpec;
import io.leandevnet.devnet.config.DevnetProfile;
import io.leandevnet.devnet.config.LeanClient;
import io.leandevnet.devnet.config.LogLevel;
import io.leandevnet.devnet.config.Problem;
import io.leandevnet.devnet.plan.DevnetPlan;
import io.leandevnet.devnet.plan.LeanNode;
import java.util.List;

/**
 * gean (geanlabs, Go). Images {@code ghcr.io/geanlabs/gean:devnet4} / {@code :devnet5}; binary
 * {@code /usr/local/bin/gean}.
 *
 * <pre>
 * --custom-network-config-dir /config --gossipsub-port QUIC --node-id NODE
 * --node-key /config/NODE.key --http-address 0.0.0.0 --api-port API --metrics-port METRICS
 * --data-dir /data --attestation-committee-count N [--is-aggregator [--aggregate-subnet-ids SUBNET]]
 * </pre>
 *
 * <p>Quirks: always {@code --data-dir /data} (lean-quickstart omits it and gean then writes to
 * {@code ./data} inside the container, outside the volume). Always {@code
 * --attestation-committee-count}: gean rejects subnet ids at or above it. No log-level flag is
 * known, so {@code cl_log_level} is not applied (a warning says so).
 */
public final class Gean implements LeanLauncher {

  @Override
  public LeanClient client() {
    return LeanClient.GEAN;
  }

  @Override
  public String defaultImage(DevnetProfile profile, HostArch arch) {
    return "ghcr.io/geanlabs/gean:" + profile.key();
  }

  @Override
  public ServiceSpec spec(LeanNode node, LaunchContext context) {
    LeanNodeSpec s = LeanNodeSpec.start(this, node, context);
    return s.flag("--custom-network-config-dir", s.genesisDir())
        .flag("--gossipsub-port", s.quicPort())
        .flag("--node-id", node.name())
        .flag("--node-key", s.nodeKey())
        .flag("--http-address", "0.0.0.0")
        .flag("--api-port", s.apiPort())
        .flag("--metrics-port", s.metricsPort())
        .flag("--data-dir", s.dataDir())
        .committeeFlags()
        .finish();
  }

  @Override
  public List<Problem> check(LeanNode node, DevnetPlan plan) {
    if (node.settings().logLevel() == LogLevel.INFO) {
      return List.of();
    }
    return List.of(
        LeanNodeSpec.warning(
            node,
            "cl_log_level",
            "gean has no log-level flag lean-devnet knows of, so "
                + node.settings().logLevel().key()
                + " is not applied; pass gean's own flag in cl_extra_params"));
  }
}
