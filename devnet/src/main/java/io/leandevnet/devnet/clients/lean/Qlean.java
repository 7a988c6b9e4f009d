package io.leandevnet.devnet.clients.lean;

import io.leandevnet.devnet.clients.HostArch;
import io.leandevnet.devnet.clients.LaunchContext;
import io.leandevnet.devnet.clients.ServiceSpec;
import io.leandevnet.devnet.config.DevnetProfile;
import io.leandevnet.devnet.config.LeanClient;
import io.leandevnet.devnet.plan.LeanNode;

/**
 * qlean-mini (qdrvm, C++). Images {@code qdrvm/qlean-mini:devnet-4-amd64} / {@code
 * :devnet-5-amd64}, with {@code -arm64} on ARM hosts; binary {@code /opt/qlean/bin/qlean}.
 *
 * <pre>
 * --genesis-dir /config --data-dir /data --node-id NODE --node-key /config/NODE.key
 * --listen-addr /ip4/0.0.0.0/udp/QUIC/quic-v1 --metrics-host 0.0.0.0 --metrics-port METRICS
 * --api-host 0.0.0.0 --api-port API --attestation-committee-count N [--is-aggregator] -lLEVEL
 * </pre>
 *
 * <p>Quirks: one tag per architecture (chosen by {@link HostArch}). Never {@code
 * --aggregate-subnet-ids}: qlean's strict option parser has no such option and exits (an aggregator
 * aggregates its own subnet by default). Log level as {@code -l<level>}.
 */
public final class Qlean implements LeanLauncher {

  @Override
  public LeanClient client() {
    return LeanClient.QLEAN;
  }

  @Override
  public String defaultImage(DevnetProfile profile, HostArch arch) {
    return "qdrvm/qlean-mini:devnet-" + profile.number() + "-" + arch.tag();
  }

  @Override
  public ServiceSpec spec(LeanNode node, LaunchContext context) {
    LeanNodeSpec s = LeanNodeSpec.start(this, node, context);
    return s.flag("--genesis-dir", s.genesisDir())
        .flag("--data-dir", s.dataDir())
        .flag("--node-id", node.name())
        .flag("--node-key", s.nodeKey())
        .flag("--listen-addr", s.quicMultiaddr())
        .flag("--metrics-host", "0.0.0.0")
        .flag("--metrics-port", s.metricsPort())
        .flag("--api-host", "0.0.0.0")
        .flag("--api-port", s.apiPort())
        .committeeCount()
        .isAggregator()
        .args("-l" + node.settings().logLevel().key())
        .finish();
  }
}
