package io.leandevnet.devnet.clients.lean;

import io.leandevnet.devnet.clients.LaunchContext;
import io.leandevnet.devnet.clients.PortKind;
import io.leandevnet.devnet.clients.ServicePort;
import io.leandevnet.devnet.clients.ServiceSpec;
import io.leandevnet.devnet.clients.Volume;
import io.leandevnet.devnet.config.DevnetProfile;
import io.leandevnet.devnet.config.Problem;
import io.leandevnet.devnet.plan.Endpoint;
import io.leandevnet.devnet.plan.LeanNode;

/**
 * The part of a Lean node's {@link ServiceSpec} every launcher shares: name, image, labels, the
 * genesis and data mounts, the three ports, resources, and at the end the participant's extra
 * parameters and environment. A launcher starts with {@link #start}, adds its own flags, and ends
 * with {@link #finish}.
 */
final class LeanNodeSpec {

  /** The gossip fork digest every devnet4/devnet5 client uses in its topic names. */
  static final String GOSSIP_DIGEST = "12345678";

  private final LeanNode node;
  private final LaunchContext context;
  private final Endpoint at;
  private final ServiceSpec.Builder builder;

  private LeanNodeSpec(LeanLauncher launcher, LeanNode node, LaunchContext context) {
    this.node = node;
    this.context = context;
    this.at = context.at(node);
    DevnetProfile profile = context.plan().network().devnet();
    this.builder =
        context
            .nodeSpec(
                node.serviceName(),
                launcher.image(node, profile, context.arch()),
                node.name(),
                node.client().key(),
                ServiceSpec.Role.CONSENSUS)
            .port(
                new ServicePort(
                    LeanNode.QUIC,
                    quicPort(),
                    node.client().speaksLibp2pQuic() ? PortKind.QUIC : PortKind.TCP))
            .port(new ServicePort(LeanNode.API, apiPort(), PortKind.HTTP))
            .port(new ServicePort(LeanNode.METRICS, metricsPort(), PortKind.HTTP))
            .resources(node.settings().resources());
    if (!launcher.servesApi()) {
      builder.withoutPort(LeanNode.API);
    }
  }

  /**
   * A spec of {@code node} with everything shared filled in; the p2p port QUIC, or TCP for a client
   * that does not speak libp2p ({@link io.leandevnet.devnet.config.LeanClient#speaksLibp2pQuic()}).
   */
  static LeanNodeSpec start(LeanLauncher launcher, LeanNode node, LaunchContext context) {
    return new LeanNodeSpec(launcher, node, context);
  }

  ServiceSpec.Builder builder() {
    return builder;
  }

  LeanNode node() {
    return node;
  }

  LaunchContext context() {
    return context;
  }

  int quicPort() {
    return at.port(LeanNode.QUIC);
  }

  int apiPort() {
    return at.port(LeanNode.API);
  }

  int metricsPort() {
    return at.port(LeanNode.METRICS);
  }

  int committees() {
    return context.plan().network().attestationCommitteeCount();
  }

  DevnetProfile profile() {
    return context.plan().network().devnet();
  }

  /** {@code /config/<file>}: a bundle file as the service sees it. */
  String genesisFile(String name) {
    return context.genesis().dir().resolve(name).toString();
  }

  String genesisDir() {
    return context.filesystem().genesisDir();
  }

  String dataDir() {
    return context.filesystem().dataDir(node.name());
  }

  /** {@code /config/<node>.key}. */
  String nodeKey() {
    return context.genesis().nodeKey(node.name()).toString();
  }

  /** {@code /ip4/0.0.0.0/udp/<quic>/quic-v1}: the libp2p listen multiaddress. */
  String quicMultiaddr() {
    return "/ip4/0.0.0.0/udp/" + quicPort() + "/quic-v1";
  }

  LeanNodeSpec flag(String flag, Object value) {
    builder.flag(flag, value);
    return this;
  }

  LeanNodeSpec args(String... args) {
    builder.args(args);
    return this;
  }

  /**
   * The attestation-committee flags as lean-quickstart passes them: {@link #committeeCount} and, on
   * aggregators, {@link #isAggregator} and {@link #aggregateSubnetIds}. A client that lacks one of
   * these flags calls the ones it has instead.
   */
  LeanNodeSpec committeeFlags() {
    return committeeCount().isAggregator().aggregateSubnetIds();
  }

  /** {@code --attestation-committee-count <n>}. */
  LeanNodeSpec committeeCount() {
    return flag("--attestation-committee-count", committees());
  }

  /** {@code --is-aggregator} on aggregators. */
  LeanNodeSpec isAggregator() {
    builder.flagIf(node.aggregator(), "--is-aggregator");
    return this;
  }

  /**
   * {@code --aggregate-subnet-ids <own subnet>} on aggregators: on devnet5 always (lean-quickstart
   * passes the single id even with one subnet), on devnet4 only with more than one subnet (one
   * subnet is every client's default).
   */
  private LeanNodeSpec aggregateSubnetIds() {
    if (node.aggregator() && (profile() == DevnetProfile.DEVNET5 || committees() > 1)) {
      flag("--aggregate-subnet-ids", node.subnet());
    }
    return this;
  }

  /** Drops the data mount: for a client that takes no data directory and writes nothing. */
  LeanNodeSpec withoutDataDir() {
    builder.withoutMount(Volume.DATA);
    return this;
  }

  /** Appends {@code cl_extra_params}, sets {@code cl_extra_env_vars}, and builds. */
  ServiceSpec finish() {
    builder.args(node.settings().extraParams());
    builder.env(node.settings().extraEnv());
    return builder.build();
  }

  /** A warning about {@code key} of the node's participant. */
  static Problem warning(LeanNode node, String key, String message) {
    return new Problem(
        Problem.Severity.WARNING,
        "participants[" + node.participantIndex() + "]." + key,
        0,
        message);
  }

  /** An error about {@code key} of the node's participant. */
  static Problem error(LeanNode node, String key, String message) {
    return new Problem(
        Problem.Severity.ERROR, "participants[" + node.participantIndex() + "]." + key, 0, message);
  }
}
