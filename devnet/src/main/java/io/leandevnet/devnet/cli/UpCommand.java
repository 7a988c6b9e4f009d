package io.leandevnet.devnet.cli;

import io.leandevnet.devnet.backend.Backend;
import io.leandevnet.devnet.backend.BackendKind;
import io.leandevnet.devnet.backend.docker.DockerOptions;
import io.leandevnet.devnet.backend.docker.NodeImage;
import io.leandevnet.devnet.backend.docker.PullPolicy;
import io.leandevnet.devnet.backend.kubernetes.ClusterTarget;
import io.leandevnet.devnet.config.ArgsFile;
import io.leandevnet.devnet.config.DevnetSpec;
import io.leandevnet.devnet.config.NetworkParams;
import io.leandevnet.devnet.genesis.KeyCache;
import io.leandevnet.devnet.genesis.PregeneratedKeys;
import io.leandevnet.devnet.genesis.XmssKeySource;
import io.leandevnet.devnet.launch.Backends;
import io.leandevnet.devnet.launch.Launch;
import io.leandevnet.devnet.observe.DevnetStatus;
import io.leandevnet.devnet.observe.LeanSnapshot;
import io.leandevnet.devnet.observe.Observer;
import io.leandevnet.devnet.plan.DevnetPlan;
import io.leandevnet.devnet.registry.DevnetRecord;
import io.leandevnet.devnet.registry.DevnetRegistry;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "up",
    mixinStandardHelpOptions = true,
    description = {
      "Starts a devnet from an args file and shows its nodes live until Ctrl-C.",
      "",
      "Writes the genesis (XMSS keys from the key cache, generated on first use), starts every",
      "node on the backend, records the devnet under ~/.lean-devnet/NAME so `status`, `verify`,",
      "`logs` and `down` find it, serves the dashboard, and prints one line per node (head,",
      "justified, finalized, peers). On the embedded backend the nodes run inside this process:",
      "Ctrl-C (or `lean-devnet down NAME` from another shell) stops them.",
      "",
      "Example:  lean-devnet up -f examples/quickstart.yaml"
    })
final class UpCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin ArgsFileOption args;

  @Option(
      names = "--name",
      paramLabel = "NAME",
      description =
          "Name of the devnet (default: the args file's name: quickstart for quickstart.yaml).")
  String name;

  @Option(
      names = "--backend",
      defaultValue = "embedded",
      paramLabel = "BACKEND",
      description =
          "Where the nodes run: embedded (in this JVM, built-in nodes only; default), docker"
              + " (containers on the Docker engine; `up` returns once every service is ready) or"
              + " kubernetes (a cluster, through its API server).")
  String backendName;

  @Mixin DockerFlags docker;

  /** The options of {@code --backend docker}. */
  static final class DockerFlags {
    @Option(
        names = "--pull",
        defaultValue = "missing",
        paramLabel = "WHEN",
        description = "Pull images: missing (default), always or never.")
    String pull;

    @Option(
        names = "--publish-address",
        defaultValue = DockerOptions.LOOPBACK,
        paramLabel = "ADDR",
        description = "Host address the services' ports are published on (default: 127.0.0.1).")
    String publishAddress;

    @Option(
        names = "--keep-on-failure",
        description = "When a service does not become ready, leave everything running to inspect.")
    boolean keepOnFailure;

    @Option(
        names = "--grafana-dashboards",
        paramLabel = "DIR",
        description = "Add every dashboard JSON file of DIR to Grafana.")
    Path grafanaDashboards;

    @Option(
        names = "--ready-timeout",
        defaultValue = "3m",
        converter = DurationConverter.class,
        paramLabel = "DURATION",
        description = "How long each service may take to become ready (default: 3m).")
    Duration readyTimeout;

    @Option(
        names = "--prometheus-image",
        paramLabel = "IMAGE",
        description = "Run Prometheus from IMAGE instead of the plan's.")
    String prometheusImage;

    @Option(
        names = "--grafana-image",
        paramLabel = "IMAGE",
        description = "Run Grafana from IMAGE instead of the plan's.")
    String grafanaImage;

    DockerOptions options() {
      PullPolicy policy;
      try {
        policy = PullPolicy.valueOf(pull.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw UserError.invalidInput("--pull " + pull + ": expected missing, always or never");
      }
      if (grafanaDashboards != null && !Files.isDirectory(grafanaDashboards)) {
        throw UserError.invalidInput(
            "--grafana-dashboards " + grafanaDashboards + ": not a directory");
      }
      return new DockerOptions(
          policy,
          publishAddress,
          keepOnFailure,
          Optional.ofNullable(grafanaDashboards),
          readyTimeout,
          NodeImage.runningJar(),
          Optional.ofNullable(prometheusImage),
          Optional.ofNullable(grafanaImage));
    }
  }

  @Option(
      names = "--namespace",
      paramLabel = "NS",
      description =
          "kubernetes: run in this existing namespace, touching only objects labeled with the"
              + " devnet (default: a namespace of its own, named like the devnet).")
  String namespace;

  @Option(
      names = "--context",
      paramLabel = "CTX",
      description = "kubernetes: the kubeconfig context to use (default: the current one).")
  String context;

  @Option(
      names = "--keys-dir",
      paramLabel = "DIR",
      description = "Take XMSS keys from a hash-sig-cli key directory instead of the key cache.")
  Path keysDir;

  @Option(
      names = "--force-keygen",
      description =
          "Generate fresh XMSS keys instead of taking them from the key cache (old ones are moved aside).")
  boolean forceKeygen;

  @Option(
      names = "--dashboard-port",
      defaultValue = "0",
      paramLabel = "PORT",
      description = "Port of the dashboard page on 127.0.0.1 (default: a free one).")
  int dashboardPort;

  @Option(names = "--no-dashboard", description = "Serve no dashboard page.")
  boolean noDashboard;

  @Option(
      names = "--dry-run",
      description = {
        "Print what would start every service and exit: no engine, no cluster, no keys"
            + " (docker: docker run lines; kubernetes: the objects' YAML manifests; embedded:"
            + " lean-devnet node lines)."
      })
  boolean dryRun;

  @Option(
      names = "--for",
      paramLabel = "DURATION",
      converter = DurationConverter.class,
      description = "Stop by itself after this long (e.g. 2m); default: run until Ctrl-C.")
  Duration runFor;

  private final DevnetRegistry registry;

  UpCommand(DevnetRegistry registry) {
    this.registry = registry;
  }

  /** The devnet name an args file gets by default: its base name, made a DNS label. */
  static String defaultName(Path argsFile) {
    String base =
        argsFile.getFileName().toString().replaceFirst("\\.(ya?ml)$", "").toLowerCase(Locale.ROOT);
    String label = base.replaceAll("[^a-z0-9-]+", "-").replaceAll("^-+|-+$", "");
    return label.isEmpty()
        ? "devnet"
        : label.length() > 63 ? label.substring(0, 63).replaceAll("-+$", "") : label;
  }

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    ArgsFile.Valid valid = args.load();
    PrintWriter notes = dryRun ? spec.commandLine().getErr() : out;
    valid.warnings().forEach(w -> notes.println(args.format(w)));
    DevnetSpec devnetSpec = valid.spec();
    String devnet = name != null ? name : defaultName(args.file());
    try {
      DevnetRegistry.checkName(devnet);
    } catch (IllegalArgumentException e) {
      throw UserError.invalidInput("--name: " + e.getMessage());
    }
    BackendKind kind;
    try {
      kind = Backends.kind(backendName);
    } catch (IllegalArgumentException e) {
      throw UserError.invalidInput(e.getMessage());
    }
    if ((namespace != null || context != null) && kind != BackendKind.KUBERNETES) {
      throw UserError.invalidInput(
          (namespace != null ? "--namespace" : "--context")
              + " is for the kubernetes backend; add --backend kubernetes");
    }
    ClusterTarget cluster =
        new ClusterTarget(Optional.ofNullable(context), Optional.ofNullable(namespace));
    if (dryRun) {
      int exit =
          DryRun.print(
              DevnetPlan.of(devnetSpec),
              devnet,
              kind,
              registry.dir(devnet),
              docker.options(),
              cluster,
              out,
              notes);
      out.flush();
      notes.flush();
      return exit;
    }
    Backend backend = Backends.of(kind, docker.options(), cluster, registry.home());
    DevnetPlan plan = DevnetPlan.of(devnetSpec);
    out.printf(
        "lean-devnet up %s: %d nodes, %d validators, %s backend%n",
        devnet, plan.leanNodes().size(), plan.validatorCount(), backend.name());
    out.flush();
    PrintStream progress = WriterStream.of(out);
    Launch.Started started;
    try {
      started =
          Launch.start(
              new Launch.Request(
                  devnet,
                  plan,
                  backend,
                  registry,
                  args.file().toAbsolutePath().toString(),
                  keySource(plan.network(), out),
                  forceKeygen,
                  noDashboard ? -1 : dashboardPort,
                  progress));
    } catch (Launch.LaunchException e) {
      throw e.badInput()
          ? UserError.invalidInput(args.file() + ": " + e.getMessage())
          : UserError.failed(e.getMessage());
    }
    DevnetRecord record = started.record();
    if (started.dashboard() != null) {
      out.println("dashboard: " + started.dashboard().url());
    }
    out.println(
        "recorded as "
            + registry.dir(devnet)
            + "; in another shell: lean-devnet status "
            + devnet
            + " | verify "
            + devnet
            + " | logs "
            + devnet
            + " "
            + plan.leanNodes().get(0).name()
            + " | down "
            + devnet);
    out.flush();
    if (!started.deployment().inProcess()) {
      printEndpoints(record, out);
      return 0;
    }
    return watchUntilStopped(devnet, started, out);
  }

  /** Where the user reaches each service of a devnet that runs on after {@code up} returns. */
  private static void printEndpoints(DevnetRecord record, PrintWriter out) {
    TextTable t = TextTable.of("NODE", "SERVICE", "API", "METRICS");
    for (DevnetRecord.LeanEndpoint l : record.lean()) {
      t.row(l.node(), l.service(), l.api(), l.metrics().resolve("/metrics"));
    }
    out.print(t.render());
    for (DevnetRecord.ServiceEndpoint s : record.services()) {
      out.println(s.service() + ": " + s.url() + "/");
    }
    out.println(
        record.name() + " runs on the engine; `lean-devnet down " + record.name() + "` removes it");
    out.flush();
  }

  private XmssKeySource keySource(NetworkParams network, PrintWriter out) {
    if (keysDir != null) {
      out.println("XMSS keys: from " + keysDir);
      return new PregeneratedKeys(keysDir);
    }
    KeyCache cache =
        new KeyCache(
            registry.home().resolve("keys-cache"),
            network.xmssScheme(),
            msg -> {
              out.println(msg);
              out.flush();
            },
            forceKeygen);
    return cache;
  }

  /** Shows the live lines until Ctrl-C, {@code down} or {@code --for}; then stops everything. */
  private int watchUntilStopped(String devnet, Launch.Started started, PrintWriter out)
      throws InterruptedException {
    DevnetRecord record = started.record();
    CountDownLatch stopped = new CountDownLatch(1);
    CountDownLatch cleanedUp = new CountDownLatch(1);
    Thread hook =
        new Thread(
            () -> {
              stopped.countDown();
              try {
                cleanedUp.await(30, TimeUnit.SECONDS);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            },
            "lean-devnet-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    boolean tty = System.console() != null;
    long deadline = runFor == null ? Long.MAX_VALUE : System.nanoTime() + runFor.toNanos();
    int linesDrawn = 0;
    try (Observer observer = new Observer(Duration.ofSeconds(1))) {
      while (!stopped.await(tty ? 1000 : 4000, TimeUnit.MILLISECONDS)
          && System.nanoTime() < deadline) {
        DevnetStatus status = observer.poll(record.leanTargets(), record.elTargets());
        List<String> lines = liveLines(status, record.genesisTime());
        if (tty && linesDrawn > 0) {
          out.print("\033[" + linesDrawn + "A");
        }
        for (String l : lines) {
          out.println(tty ? l + "\033[K" : l);
        }
        out.flush();
        linesDrawn = lines.size();
      }
    } finally {
      out.println("stopping " + devnet + "...");
      out.flush();
      started.close();
      try {
        registry.save(record.stopped(Instant.now()));
      } catch (IOException e) {
        out.println("could not record that " + devnet + " stopped: " + e.getMessage());
      }
      out.println("stopped " + devnet + " (genesis, data and logs: " + registry.dir(devnet) + ")");
      out.flush();
      cleanedUp.countDown();
      if (stopped.getCount() > 0) {
        Runtime.getRuntime().removeShutdownHook(hook);
      }
    }
    return 0;
  }

  /** One line per node plus a header line with the slot and the time to genesis. */
  static List<String> liveLines(DevnetStatus status, long genesisTime) {
    long now = Instant.now().getEpochSecond();
    String header =
        now < genesisTime
            ? "genesis in " + (genesisTime - now) + " s"
            : "slot " + (now - genesisTime) / 4 + " · " + StatusTable.summary(status, null);
    ArrayList<String> lines = new ArrayList<>();
    lines.add(header);
    for (LeanSnapshot s : status.lean()) {
      lines.add(
          String.format(
              "  %-14s head %5s  justified %5s  finalized %5s  peers %3s%s",
              s.node(),
              n(s.headSlot()),
              n(s.justifiedSlot()),
              n(s.finalizedSlot()),
              n(s.peers()),
              s.reachable() ? "" : "  DOWN: " + s.lastError()));
    }
    return lines;
  }

  private static String n(Long v) {
    return v == null ? "?" : v.toString();
  }
}
