package io.leandevnet.devnet.cli;

import io.leandevnet.devnet.backend.BackendKind;
import io.leandevnet.devnet.backend.EmbeddedBackend;
import io.leandevnet.devnet.backend.docker.DockerOptions;
import io.leandevnet.devnet.clients.GeneratedFile;
import io.leandevnet.devnet.clients.HostArch;
import io.leandevnet.devnet.clients.LaunchContext;
import io.leandevnet.devnet.clients.ServiceSpec;
import io.leandevnet.devnet.clients.execution.ElLaunchers;
import io.leandevnet.devnet.clients.lean.LeanLaunchers;
import io.leandevnet.devnet.metrics.MetricsServices;
import io.leandevnet.devnet.plan.Addresses;
import io.leandevnet.devnet.plan.AuxService;
import io.leandevnet.devnet.plan.DevnetPlan;
import io.leandevnet.devnet.plan.ElNode;
import io.leandevnet.devnet.plan.LeanNode;
import io.leandevnet.devnet.plan.Service;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

/**
 * {@code up --dry-run}: the command lines {@code up} would start, on standard output, one per line,
 * without an engine, without keys, writing nothing but the generated files (peam's {@code
 * peam.conf}) into a new temporary directory.
 *
 * <p>Docker and Kubernetes: the Docker layout, {@code docker network create} for the devnet's
 * network on {@link #SUBNET_START} then one {@code docker run} per Lean node, execution node and
 * metrics service (Prometheus, Grafana: their configuration, {@code prometheus.yml} and Grafana's
 * provisioning, written by {@link MetricsServices} into the temporary directory, which their lines
 * mount); the genesis mount is the directory {@code up} writes the bundle to ({@code
 * ~/.lean-devnet/NAME/genesis}), GENESIS_TIME in generated files is now + genesis_delay. Embedded:
 * one {@code lean-devnet node …} line per built-in node, exactly what the embedded backend runs
 * in-process (it runs no metrics services; a note says so). Notes go to standard error.
 */
final class DryRun {

  /** The subnet the dry run places the Docker network on (the Docker backend's first choice). */
  static final String SUBNET_START = "10.77.0.0";

  private DryRun() {}

  /** Prints {@code plan}'s command lines for {@code kind}; returns the exit code. */
  static int print(
      DevnetPlan plan,
      String devnet,
      BackendKind kind,
      Path devnetDir,
      DockerOptions docker,
      PrintWriter out,
      PrintWriter err)
      throws IOException {
    long genesisTime = plan.network().genesisTime(Instant.now());
    Path genesis = devnetDir.resolve("genesis");
    Path data = devnetDir.resolve("data");
    if (kind == BackendKind.EMBEDDED) {
      List<String> unsupported = new EmbeddedBackend().unsupported(plan);
      if (!unsupported.isEmpty()) {
        throw UserError.invalidInput(
            "the embedded backend cannot run this devnet:\n  " + String.join("\n  ", unsupported));
      }
      LaunchContext context =
          new LaunchContext(
              devnet,
              plan,
              place(() -> Addresses.local(plan)),
              new LaunchContext.Host(genesis, data),
              genesisTime,
              HostArch.current());
      err.println(
          "# dry run of "
              + devnet
              + " (embedded): the node command lines up runs in-process; genesis "
              + genesis);
      for (LeanNode n : plan.leanNodes()) {
        out.println(
            "lean-devnet " + DockerRunLine.shellLine(LeanLaunchers.spec(n, context).argv()));
      }
      if (!plan.metricsServices().isEmpty()) {
        err.println(
            "# not run by the embedded backend: "
                + String.join(
                    ", ", plan.metricsServices().stream().map(AuxService::serviceName).toList())
                + " (--backend docker runs them)");
      }
      return 0;
    }
    String cidr = SUBNET_START + "/" + prefixFor(plan.services().size());
    Addresses addresses = place(() -> Addresses.docker(plan, cidr));
    LaunchContext context =
        new LaunchContext(
            devnet,
            plan,
            addresses,
            new LaunchContext.Container(),
            genesisTime,
            HostArch.current());
    Path files = Files.createTempDirectory("lean-devnet-dry-run-");
    String network = "lean-devnet-" + devnet;
    DockerRunLine line =
        new DockerRunLine(
            network,
            new DockerRunLine.HostDirs(
                genesis, data, files.resolve("config"), files.resolve("files")));
    err.println(
        "# dry run of "
            + devnet
            + " ("
            + kind.key()
            + ", Docker layout on "
            + cidr
            + "): nothing started, no keys generated; the genesis mount "
            + genesis
            + " is where up writes the bundle; generated files"
            + (plan.metricsServices().isEmpty() ? "" : " and the metrics services' configuration")
            + " in "
            + files);
    out.println(
        DockerRunLine.shellLine(
            List.of(
                "docker",
                "network",
                "create",
                "--subnet",
                cidr,
                "--label",
                ServiceSpec.LABEL_DEVNET + "=" + devnet,
                network)));
    for (LeanNode n : plan.leanNodes()) {
      print(LeanLaunchers.spec(n, context), n, addresses, line, out);
    }
    for (ElNode e : plan.elNodes()) {
      print(ElLaunchers.spec(e, context), e, addresses, line, out);
    }
    String grafanaPassword = MetricsServices.adminPassword();
    for (AuxService a : plan.metricsServices()) {
      ServiceSpec spec = MetricsServices.spec(devnet, a, docker.image(a), grafanaPassword);
      MetricsServices.writeConfig(
          line.config(spec), a, devnet, plan, addresses, docker.grafanaDashboards());
      print(spec, a, addresses, line, out);
    }
    return 0;
  }

  private static void print(
      ServiceSpec spec, Service service, Addresses addresses, DockerRunLine line, PrintWriter out)
      throws IOException {
    for (GeneratedFile f : spec.files()) {
      Path file = line.file(spec, f);
      Files.createDirectories(file.getParent());
      Files.writeString(file, f.content(), StandardCharsets.UTF_8);
    }
    out.println(line.render(spec, addresses.of(service), addresses.fromHost(service)));
  }

  /** The longest prefix, at most /24, whose subnet holds {@code services} containers. */
  static int prefixFor(int services) {
    int prefix = 24;
    while (prefix > 8 && (1L << (32 - prefix)) - 3 < services) {
      prefix--;
    }
    return prefix;
  }

  private static Addresses place(Supplier<Addresses> placement) {
    try {
      return placement.get();
    } catch (IllegalArgumentException e) {
      throw UserError.invalidInput("lean-devnet up: " + e.getMessage());
    }
  }
}
