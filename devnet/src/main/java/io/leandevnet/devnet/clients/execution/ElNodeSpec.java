package io.leandevnet.devnet.clients.execution;

import io.leandevnet.devnet.clients.LaunchContext;
import io.leandevnet.devnet.clients.PortKind;
import io.leandevnet.devnet.clients.ServicePort;
import io.leandevnet.devnet.clients.ServiceSpec;
import io.leandevnet.devnet.genesis.execution.DevnetExecutionGenesis;
import io.leandevnet.devnet.plan.ElNode;
import io.leandevnet.devnet.plan.Endpoint;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The part of an execution client's {@link ServiceSpec} every launcher shares: name, image, labels,
 * the genesis and data mounts, the six ports, resources, and at the end the participant's log
 * level, extra parameters and environment. A launcher starts with {@link #start}, adds its flags
 * (reading the paths and port numbers from here), and ends with {@link #finish}.
 */
final class ElNodeSpec {

  private final ElLauncher launcher;
  private final ElNode node;
  private final LaunchContext context;
  private final Endpoint at;
  private final ServiceSpec.Builder builder;
  private final List<String> args = new ArrayList<>();

  private ElNodeSpec(ElLauncher launcher, ElNode node, LaunchContext context) {
    this.launcher = launcher;
    this.node = node;
    this.context = context;
    this.at = context.at(node);
    this.builder =
        context
            .nodeSpec(
                node.serviceName(),
                node.image(),
                node.serviceName(),
                node.client().key(),
                ServiceSpec.Role.EXECUTION)
            .port(new ServicePort(ElNode.RPC, rpcPort(), PortKind.HTTP))
            .port(new ServicePort(ElNode.WS, wsPort(), PortKind.HTTP))
            .port(new ServicePort(ElNode.ENGINE, enginePort(), PortKind.HTTP))
            .port(new ServicePort(ElNode.P2P, p2pPort(), PortKind.TCP))
            .port(new ServicePort(ElNode.DISCOVERY, at.port(ElNode.DISCOVERY), PortKind.UDP))
            .port(new ServicePort(ElNode.METRICS, metricsPort(), PortKind.HTTP))
            .resources(node.settings().resources());
  }

  static ElNodeSpec start(ElLauncher launcher, ElNode node, LaunchContext context) {
    return new ElNodeSpec(launcher, node, context);
  }

  ServiceSpec.Builder builder() {
    return builder;
  }

  int rpcPort() {
    return at.port(ElNode.RPC);
  }

  int wsPort() {
    return at.port(ElNode.WS);
  }

  int enginePort() {
    return at.port(ElNode.ENGINE);
  }

  /** The devp2p port; discovery listens on the same number (UDP). */
  int p2pPort() {
    return at.port(ElNode.P2P);
  }

  int metricsPort() {
    return at.port(ElNode.METRICS);
  }

  /** {@code /config/execution/genesis.json}. */
  String genesisJson() {
    return context.genesis().executionGenesisJson().toString();
  }

  /** {@code /config/jwtsecret}: the same file the paired Lean node reads. */
  String jwtSecret() {
    return context.genesis().jwtSecret().toString();
  }

  /** {@code /data}. */
  String dataDir() {
    return context.filesystem().dataDir(node.serviceName());
  }

  long chainId() {
    return DevnetExecutionGenesis.CHAIN_ID;
  }

  /**
   * Runs the client as root ({@code 0:0}) instead of its image's own user. For images whose
   * Dockerfile switches to a user of their own (besu, erigon, nimbus-eth1: uid 1000): the bundle's
   * secrets ({@code jwtsecret}, the node keys) are written mode 0600 by whoever runs lean-devnet,
   * so any other uid cannot read {@code /config/jwtsecret}. Root in the container can, without
   * loosening the files on the host (world-readable secrets), and without a per-container copy
   * chowned to a uid that only the image knows. Root in a container is only as privileged as the
   * container (no added capabilities); it also writes the data directory as it pleases.
   */
  ElNodeSpec runAsRoot() {
    builder.user(ROOT);
    return this;
  }

  /** The user {@link #runAsRoot} sets: numeric, as Kubernetes' {@code runAsUser} needs it. */
  static final String ROOT = "0:0";

  /** Appends arguments ({@code --flag=value} style, as ethereum-package writes them). */
  ElNodeSpec args(String... more) {
    args.addAll(List.of(more));
    return this;
  }

  /**
   * Appends the log level and {@code el_extra_params} to the arguments, which become the command
   * after the image's entrypoint; sets {@code el_extra_env_vars}; builds.
   */
  ServiceSpec finish() {
    return builder.args(allArgs()).env(node.settings().extraEnv()).build();
  }

  /**
   * As {@link #finish}, but run by {@code sh -c} as one line: {@code prefix && exec program ARGS…},
   * each argument quoted for the shell. For clients that need a step before they start (erigon's
   * {@code init}).
   */
  ServiceSpec finishInShell(String prefix, String program) {
    String line =
        prefix
            + " && exec "
            + program
            + " "
            + allArgs().stream().map(ElNodeSpec::shellQuote).collect(Collectors.joining(" "));
    return builder.entrypoint("sh", "-c").args(line).env(node.settings().extraEnv()).build();
  }

  private List<String> allArgs() {
    List<String> all = new ArrayList<>(args);
    all.addAll(launcher.logLevel(node.settings().logLevel()));
    all.addAll(node.settings().extraParams());
    return all;
  }

  /** The argument as the shell must see it: as is when plain, else in single quotes. */
  static String shellQuote(String arg) {
    return !arg.isEmpty() && arg.matches("[A-Za-z0-9_./=:,+@%-]+")
        ? arg
        : "'" + arg.replace("'", "'\\''") + "'";
  }
}
