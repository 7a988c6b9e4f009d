package io.leandevnet.devnet.clients.lean;

import io.leandevnet.consensus.genesis.BundleLayout;
import io.leandevnet.devnet.clients.HostArch;
import io.leandevnet.devnet.clients.LaunchContext;
import io.leandevnet.devnet.clients.ServiceSpec;
import io.leandevnet.devnet.config.DevnetProfile;
import io.leandevnet.devnet.config.LeanClient;
import io.leandevnet.devnet.config.LogLevel;
import io.leandevnet.devnet.config.Problem;
import io.leandevnet.devnet.plan.DevnetPlan;
import io.leandevnet.devnet.plan.LeanNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Lean Lighthouse (hopinheimer's fork, Rust). Images {@code hopinheimer/lighthouse:latest} / {@code
 * :devnet5}; binary {@code /usr/local/bin/lighthouse}, started as {@code lighthouse lean_node}.
 *
 * <pre>
 * lighthouse [--debug-level LEVEL] lean_node --datadir /data --config /config/config.yaml
 * --validators /config/validator-config.yaml --nodes /config/nodes.yaml --node-id NODE
 * --private-key /config/NODE.key --genesis-json /config/genesis.json --socket-port QUIC
 * --metrics --metrics-address 0.0.0.0 --metrics-port METRICS
 * </pre>
 *
 * <p>Quirks: the image has no {@code --api-port}, {@code --is-aggregator} or subnet flags
 * (ethereum-package's launcher), so it never aggregates, and its API, if any, is on a default port
 * no public source names: its spec has no {@code api} port (nothing is published or probed there;
 * backends wait on its metrics port). Its source is not public, so its flags cannot be checked. Its
 * image still expects the devnet3 single-key genesis layout: {@code plan} warns that it will not
 * agree with the others. {@code cl_log_level} other than info becomes lighthouse's global {@code
 * --debug-level}.
 */
public final class LeanLighthouse implements LeanLauncher {

  @Override
  public LeanClient client() {
    return LeanClient.LEAN_LIGHTHOUSE;
  }

  @Override
  public String defaultImage(DevnetProfile profile, HostArch arch) {
    return switch (profile) {
      case DEVNET4 -> "hopinheimer/lighthouse:latest";
      case DEVNET5 -> "hopinheimer/lighthouse:devnet5";
    };
  }

  /** No {@code --api-port} in its image: its API port is unknown. */
  @Override
  public boolean servesApi() {
    return false;
  }

  @Override
  public ServiceSpec spec(LeanNode node, LaunchContext context) {
    LeanNodeSpec s = LeanNodeSpec.start(this, node, context);
    s.args("lighthouse");
    LogLevel level = node.settings().logLevel();
    if (level != LogLevel.INFO) {
      s.flag("--debug-level", level == LogLevel.WARN ? "warn" : level.key());
    }
    return s.args("lean_node")
        .flag("--datadir", s.dataDir())
        .flag("--config", s.genesisFile(BundleLayout.CONFIG_YAML))
        .flag("--validators", s.genesisFile(BundleLayout.VALIDATOR_CONFIG_YAML))
        .flag("--nodes", s.genesisFile(BundleLayout.NODES_YAML))
        .flag("--node-id", node.name())
        .flag("--private-key", s.nodeKey())
        .flag("--genesis-json", s.genesisFile(BundleLayout.GENESIS_JSON))
        .flag("--socket-port", s.quicPort())
        .args("--metrics")
        .flag("--metrics-address", "0.0.0.0")
        .flag("--metrics-port", s.metricsPort())
        .finish();
  }

  @Override
  public List<Problem> check(LeanNode node, DevnetPlan plan) {
    List<Problem> problems = new ArrayList<>();
    problems.add(
        LeanNodeSpec.warning(
            node,
            "cl_type",
            "lean_lighthouse's published image still uses the devnet3 single-key genesis layout"
                + " and will not reach consensus with "
                + plan.network().devnet().key()
                + " clients"));
    if (node.aggregator()) {
      problems.add(
          LeanNodeSpec.warning(
              node,
              "is_aggregator",
              "lean_lighthouse's image has no --is-aggregator flag, so this node will not"
                  + " aggregate; make a node of another client the aggregator"));
    }
    return problems;
  }
}
