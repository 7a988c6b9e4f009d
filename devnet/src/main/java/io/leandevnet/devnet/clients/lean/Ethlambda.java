package io.leandevnet.devnet.clients.lean;

import io.leandevnet.consensus.genesis.BundleLayout;
import io.leandevnet.devnet.clients.HostArch;
import io.leandevnet.devnet.clients.LaunchContext;
import io.leandevnet.devnet.clients.PortKind;
import io.leandevnet.devnet.clients.ServicePort;
import io.leandevnet.devnet.clients.ServiceSpec;
import io.leandevnet.devnet.config.DevnetProfile;
import io.leandevnet.devnet.config.LeanClient;
import io.leandevnet.devnet.config.Problem;
import io.leandevnet.devnet.genesis.execution.DevnetExecutionGenesis;
import io.leandevnet.devnet.plan.DevnetPlan;
import io.leandevnet.devnet.plan.ElNode;
import io.leandevnet.devnet.plan.Endpoint;
import io.leandevnet.devnet.plan.LeanNode;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * ethlambda (lambdaclass, Rust). Images {@code ghcr.io/lambdaclass/ethlambda:devnet4} / {@code
 * :devnet5}; the image's ENTRYPOINT is {@code /usr/local/bin/ethlambda}.
 *
 * <pre>
 * --genesis /config/config.yaml --validators /config/annotated_validators.yaml
 * --bootnodes /config/nodes.yaml --validator-config /config/validator-config.yaml
 * --hash-sig-keys-dir /config/hash-sig-keys --data-dir /data
 * --gossipsub-port QUIC --discovery.port DISCOVERY --node-id NODE --node-key /config/NODE.key
 * --http-address 0.0.0.0 --api-port API --metrics-port METRICS
 * [--execution-endpoint http://EL_IP:ENGINE --execution-jwt-secret /config/jwtsecret
 *  --execution-genesis-block-hash 0x…]
 * --attestation-committee-count N [--is-aggregator [--aggregate-subnet-ids SUBNET]]
 * </pre>
 *
 * <p>Quirks: newer builds run discv5 always on, default port 9000, and refuse to start when it
 * equals the gossipsub port, so the node always gets an explicit {@code --discovery.port} (port
 * {@code discovery}, UDP) distinct from its gossipsub, API and metrics ports; the flag exists in
 * the devnet4 build too. Log level: {@code RUST_LOG}. The only Lean client that can drive an
 * execution client (Engine API), on its {@code engine-api-integration} build only.
 */
public final class Ethlambda implements LeanLauncher {

  /** The logical name of the discv5 port. */
  public static final String DISCOVERY = "discovery";

  @Override
  public LeanClient client() {
    return LeanClient.ETHLAMBDA;
  }

  @Override
  public String defaultImage(DevnetProfile profile, HostArch arch) {
    return "ghcr.io/lambdaclass/ethlambda:" + profile.key();
  }

  @Override
  public ServiceSpec spec(LeanNode node, LaunchContext context) {
    LeanNodeSpec s = LeanNodeSpec.start(this, node, context);
    int discovery = discoveryPort(s.quicPort(), s.apiPort(), s.metricsPort());
    s.builder().port(new ServicePort(DISCOVERY, discovery, PortKind.UDP));
    s.builder().env("RUST_LOG", node.settings().logLevel().key());
    return s.flag("--genesis", s.genesisFile(BundleLayout.CONFIG_YAML))
        .flag("--validators", s.genesisFile(BundleLayout.ANNOTATED_VALIDATORS_YAML))
        .flag("--bootnodes", s.genesisFile(BundleLayout.NODES_YAML))
        .flag("--validator-config", s.genesisFile(BundleLayout.VALIDATOR_CONFIG_YAML))
        .flag("--hash-sig-keys-dir", s.genesisFile(BundleLayout.HASH_SIG_KEYS))
        .flag("--data-dir", s.dataDir())
        .flag("--gossipsub-port", s.quicPort())
        .flag("--discovery.port", discovery)
        .flag("--node-id", node.name())
        .flag("--node-key", s.nodeKey())
        .flag("--http-address", "0.0.0.0")
        .flag("--api-port", s.apiPort())
        .flag("--metrics-port", s.metricsPort())
        .args(executionFlags(node, context).toArray(String[]::new))
        .committeeFlags()
        .finish();
  }

  /**
   * The Engine API flags of a node the plan pairs with an execution client: its engine endpoint,
   * the devnet's JWT secret (the file the execution client reads too) and the block hash of the
   * devnet's execution genesis; none for an unpaired node.
   */
  static List<String> executionFlags(LeanNode node, LaunchContext context) {
    Optional<ElNode> el = context.plan().elOf(node);
    if (el.isEmpty()) {
      return List.of();
    }
    Endpoint engine = context.at(el.get());
    return List.of(
        "--execution-endpoint",
        "http://" + engine.ip() + ":" + engine.port(ElNode.ENGINE),
        "--execution-jwt-secret",
        context.genesis().jwtSecret().toString(),
        "--execution-genesis-block-hash",
        DevnetExecutionGenesis.blockHash(context.genesisTime()).toHex());
  }

  /**
   * A paired node on a published devnet tag draws a warning: {@code :devnet4} and {@code :devnet5}
   * have the Engine API flags only under the {@code beacon} subcommand, not on {@code node}
   * (research/devnet5.md §4.1, §4.3); only a build of lambdaclass/ethlambda#367 can drive an
   * execution client.
   */
  @Override
  public List<Problem> check(LeanNode node, DevnetPlan plan) {
    if (plan.elOf(node).isEmpty()) {
      return List.of();
    }
    String image = image(node, plan.network().devnet(), HostArch.current());
    String tag = image.substring(image.lastIndexOf(':') + 1);
    if (!PUBLISHED_TAGS_WITHOUT_ENGINE_API.contains(tag)) {
      return List.of();
    }
    return List.of(
        LeanNodeSpec.warning(
            node,
            node.settings().image().isPresent() ? "cl_image" : "el_type",
            image
                + " has no Engine API flags on its node command (--execution-endpoint,"
                + " --execution-jwt-secret, --execution-genesis-block-hash), so it cannot drive "
                + plan.elOf(node).get().serviceName()
                + "; set cl_image to a build of lambdaclass/ethlambda#367"
                + " (engine-api-integration)"));
  }

  /** The published tags whose {@code node} command has no Engine API. */
  static final Set<String> PUBLISHED_TAGS_WITHOUT_ENGINE_API = Set.of("devnet4", "devnet5");

  /** The first port above the gossipsub port that none of the node's other ports use. */
  static int discoveryPort(int quic, int api, int metrics) {
    Set<Integer> taken = Set.of(quic, api, metrics);
    int p = quic + 1;
    while (taken.contains(p)) {
      p++;
    }
    return p;
  }
}
