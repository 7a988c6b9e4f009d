package io.leandevnet.devnet.cli;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.leandevnet.devnet.backend.BackendKind;
import io.leandevnet.devnet.backend.EmbeddedBackend;
import io.leandevnet.devnet.backend.docker.DockerOptions;
import io.leandevnet.devnet.backend.kubernetes.ClusterTarget;
import io.leandevnet.devnet.backend.kubernetes.KubernetesManifests;
import io.leandevnet.devnet.clients.GeneratedFile;
import io.leandevnet.devnet.clients.HostArch;
import io.leandevnet.devnet.clients.LaunchContext;
import io.leandevnet.devnet.clients.ServiceSpec;
import io.leandevnet.devnet.clients.execution.ElLaunchers;
import io.leandevnet.devnet.clients.lean.LeanLaunchers;
import io.leandevnet.devnet.launch.LauncherServices;
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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code up --dry-run}: the command lines {@code up} would start, on standard output, one per line,
 * without an engine, without keys, writing nothing but the generated files (peam's {@code
 * peam.conf}) into a new temporary directory.
 *
 * <p>Kubernetes: the objects the Kubernetes backend would create before the genesis, as YAML
 * documents ({@link KubernetesManifests#dryRun}: the namespace, the Services, the node pods at the
 * provisional Service DNS addresses, Prometheus' and Grafana's ConfigMaps and Deployments, and
 * Grafana's password Secret without its value); what {@code up} adds after the genesis (bundle
 * ConfigMaps, key Secrets) is named on standard error.
 *
 * <p>Docker: the Docker layout, {@code docker network create} for the devnet's network on {@link
 * #SUBNET_START} then one {@code docker run} per Lean node, execution node and metrics service
 * (Prometheus, Grafana: their configuration, {@code prometheus.yml} and Grafana's provisioning,
 * written by {@link MetricsServices} into the temporary directory, which their lines mount); the
 * genesis mount is the directory {@code up} writes the bundle to ({@code
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
      ClusterTarget cluster,
      PrintWriter out,
      PrintWriter err)
      throws IOException {
    if (kind == BackendKind.KUBERNETES) {
      return kubernetes(plan, devnet, cluster, docker, out, err);
    }
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

  /**
   * The Kubernetes objects {@code up} would create up to the genesis, as YAML documents on {@code
   * out}; on {@code err} what differs at {@code up} time and what it adds after the genesis.
   */
  private static int kubernetes(
      DevnetPlan plan,
      String devnet,
      ClusterTarget cluster,
      DockerOptions docker,
      PrintWriter out,
      PrintWriter err) {
    LauncherServices services = new LauncherServices(docker.metrics());
    List<String> unsupported = new ArrayList<>();
    for (Service s : plan.services()) {
      if (!services.has(s)) {
        unsupported.add(s.serviceName());
      }
    }
    if (!unsupported.isEmpty()) {
      throw UserError.invalidInput(
          "the kubernetes backend cannot run: " + String.join(", ", unsupported));
    }
    List<HasMetadata> objects = KubernetesManifests.dryRun(cluster, devnet, plan, services);
    String namespace =
        objects.stream()
            .map(o -> o.getMetadata().getNamespace())
            .filter(Objects::nonNull)
            .findFirst()
            .orElseThrow();
    err.println(
        "# dry run of "
            + devnet
            + " (kubernetes, namespace "
            + namespace
            + "): "
            + objects.size()
            + " objects up would create before the genesis; no cluster contacted, nothing"
            + " created, no keys generated");
    err.println(
        "# pod IPs are learned at up time: here every service is at its Service's DNS name"
            + " (<service>."
            + namespace
            + ".svc); up gives the Lean nodes' ENRs and Prometheus' targets their pod IPs");
    List<String> added = KubernetesManifests.addedAfterGenesis(objects);
    for (String kind : List.of("ConfigMap", "Secret")) {
      List<String> names =
          added.stream()
              .filter(a -> a.startsWith(kind + "/"))
              .map(a -> a.substring(kind.length() + 1))
              .toList();
      if (!names.isEmpty()) {
        err.println(
            "# not printed, up publishes them after the genesis into "
                + names.size()
                + " optional "
                + kind
                + " slots the pods mount (as many as the bundle needs): "
                + String.join(", ", slotRanges(names)));
      }
    }
    for (HasMetadata o : objects) {
      if (o instanceof Secret secret) {
        err.println(
            "# Secret "
                + secret.getMetadata().getName()
                + " printed without its values: up fills "
                + String.join(", ", secret.getData().keySet())
                + " with what it draws then");
        secret.setData(null);
        secret.setStringData(null);
      }
    }
    for (HasMetadata o : objects) {
      String yaml = Serialization.asYaml(o);
      out.print(yaml.startsWith("---") ? yaml : "---\n" + yaml);
    }
    return 0;
  }

  /**
   * {@code names} with each run of numbered slots of one group ({@code genesis-000}, {@code
   * genesis-001}, …) shown once as {@code genesis-000…005}.
   */
  static List<String> slotRanges(List<String> names) {
    Map<String, List<String>> groups = new LinkedHashMap<>();
    for (String n : names) {
      Matcher m = SLOT.matcher(n);
      String group = m.matches() ? m.group(1) : n;
      groups.computeIfAbsent(group, g -> new ArrayList<>()).add(m.matches() ? m.group(2) : "");
    }
    List<String> out = new ArrayList<>();
    groups.forEach(
        (group, slots) ->
            out.add(
                slots.getFirst().isEmpty()
                    ? group
                    : group
                        + "-"
                        + slots.getFirst()
                        + (slots.size() > 1 ? "…" + slots.getLast() : "")));
    return out;
  }

  private static final Pattern SLOT = Pattern.compile("(.*)-(\\d{3})");

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
