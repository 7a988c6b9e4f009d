package io.leandevnet.devnet.backend.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.InspectContainerResponse;
import com.github.dockerjava.api.exception.DockerException;
import io.leandevnet.devnet.backend.Backend;
import io.leandevnet.devnet.backend.BackendKind;
import io.leandevnet.devnet.backend.DeployException;
import io.leandevnet.devnet.backend.DeployRequest;
import io.leandevnet.devnet.backend.Deployment;
import io.leandevnet.devnet.backend.Readiness;
import io.leandevnet.devnet.backend.RunState;
import io.leandevnet.devnet.clients.HostArch;
import io.leandevnet.devnet.clients.LaunchContext;
import io.leandevnet.devnet.clients.ServiceSpec;
import io.leandevnet.devnet.files.DirectoryTree;
import io.leandevnet.devnet.metrics.MetricsServices;
import io.leandevnet.devnet.plan.AddressTable;
import io.leandevnet.devnet.plan.Addresses;
import io.leandevnet.devnet.plan.AuxService;
import io.leandevnet.devnet.plan.DevnetPlan;
import io.leandevnet.devnet.plan.ElNode;
import io.leandevnet.devnet.plan.Endpoint;
import io.leandevnet.devnet.plan.Ipv4Subnet;
import io.leandevnet.devnet.plan.LeanNode;
import io.leandevnet.devnet.plan.Port;
import io.leandevnet.devnet.plan.Service;
import io.leandevnet.devnet.registry.BackendHandle;
import io.leandevnet.devnet.registry.DevnetRecord;
import io.leandevnet.devnet.registry.DevnetRegistry;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs a devnet as containers on a Docker engine, through its HTTP API. One bridge network per
 * devnet on a free private subnet; every container at the fixed IP its ENR carries, its ports
 * published on {@code --publish-address} (127.0.0.1); mounts as directories under the devnet's
 * directory; everything labeled with the devnet's name ({@link DevnetLabels}), so that {@code
 * status}, {@code logs}, {@code down} and {@code gc} find it from any process after {@code up} has
 * returned. It knows nothing about clients: it runs the {@link ServiceSpec}s its {@link SpecSource}
 * makes for the Lean and execution nodes, plus Prometheus and Grafana when metrics are enabled.
 * Execution nodes start first, each at the fixed IP its Lean node's engine endpoint names, and the
 * Lean nodes once every execution node is ready.
 */
public final class DockerBackend implements Backend {

  /**
   * Makes the containers of the devnet's nodes, Lean and execution, and says when each counts as
   * ready (the client launchers); the backend runs what it is given.
   */
  public interface SpecSource {
    /** The container of {@code node}, a {@link LeanNode} or an {@link ElNode}. */
    ServiceSpec spec(Service node, LaunchContext context);

    /** The image {@code node} runs, known before anything else of its container. */
    String image(Service node, DevnetPlan plan);

    /** When {@code service}'s container counts as ready (Prometheus and Grafana too). */
    Readiness readiness(Service service);
  }

  private static final Duration POLL = Duration.ofMillis(500);

  private final DockerOptions options;
  private final SpecSource specs;

  public DockerBackend(DockerOptions options, SpecSource specs) {
    this.options = options;
    this.specs = specs;
  }

  @Override
  public String name() {
    return BackendKind.DOCKER.key();
  }

  @Override
  public List<String> unsupported(DevnetPlan plan) {
    return List.of(); // Lean and execution nodes, Prometheus and Grafana: all of it
  }

  @Override
  public Addresses addresses(DevnetPlan plan) throws IOException {
    try (DockerEngine engine = DockerEngine.connect()) {
      Ipv4Subnet subnet =
          DevnetNetwork.choose(plan.services().size(), DevnetNetwork.taken(engine.api()));
      Addresses docker = Addresses.docker(plan, subnet.toString());
      HostPorts free = new HostPorts(InetAddress.getByName(options.publishAddress()));
      Map<String, Endpoint> inside = new LinkedHashMap<>();
      Map<String, Endpoint> host = new LinkedHashMap<>();
      int start = plan.network().publicPortStart();
      for (Service s : plan.services()) {
        inside.put(s.serviceName(), docker.of(s));
        Map<String, Integer> ports = new LinkedHashMap<>();
        if (start > 0) {
          ports.putAll(docker.fromHost(s).ports());
        } else {
          for (Port p : s.ports()) {
            // Prometheus and Grafana keep their usual 9090 and 3000 when those are free
            int preferred = s instanceof AuxService ? p.number() : 0;
            ports.put(p.name(), free.take(preferred, p.protocol()));
          }
        }
        host.put(s.serviceName(), new Endpoint(options.reachAddress(), ports));
      }
      return new DockerLayout(subnet, new AddressTable(inside, host));
    } catch (IllegalStateException e) {
      throw new IOException(e.getMessage(), e);
    }
  }

  @Override
  public List<String> preflight(DevnetPlan plan, Addresses addresses, PrintStream progress) {
    List<String> problems = new ArrayList<>();
    List<Map.Entry<String, String>> images = new ArrayList<>();
    for (LeanNode n : plan.leanNodes()) {
      images.add(Map.entry(n.name(), specs.image(n, plan)));
    }
    for (ElNode e : plan.elNodes()) {
      images.add(Map.entry(e.serviceName(), specs.image(e, plan)));
    }
    for (AuxService a : plan.metricsServices()) {
      images.add(Map.entry(a.serviceName(), options.image(a)));
    }
    try (DockerEngine engine = DockerEngine.connect()) {
      problems.addAll(
          new Images(engine.api(), options.pull(), options.nodeJar(), progress)
              .ensure(Images.byImage(images)));
    } catch (IOException e) {
      problems.add(e.getMessage());
    }
    if (plan.network().publicPortStart() > 0) {
      try {
        HostPorts probe = new HostPorts(InetAddress.getByName(options.publishAddress()));
        for (Service s : plan.services()) {
          for (Port p : s.ports()) {
            int port = addresses.fromHost(s).port(p.name());
            if (!probe.free(port, p.protocol())) {
              problems.add(
                  options.publishAddress()
                      + ":"
                      + port
                      + " ("
                      + s.serviceName()
                      + " "
                      + p.name()
                      + " port) is in use: stop what listens there, or set"
                      + " lean_network_params.public_port_start to a free range");
            }
          }
        }
      } catch (IOException e) {
        problems.add("--publish-address " + options.publishAddress() + ": " + e.getMessage());
      }
    }
    return problems;
  }

  @Override
  public Deployment deploy(DeployRequest request) throws IOException, DeployException {
    if (!(request.addresses() instanceof DockerLayout layout)) {
      throw new IllegalArgumentException("the Docker backend deploys only its own addresses");
    }
    PrintStream progress = request.progress();
    String devnet = request.name();
    DevnetPlan plan = request.plan();
    if (!options.publishAddress().equals(DockerOptions.LOOPBACK)) {
      progress.println(
          "warning: ports are published on "
              + options.publishAddress()
              + ", not 127.0.0.1: every machine that reaches this address reaches the nodes' APIs");
    }
    DockerEngine engine = DockerEngine.connect();
    DockerClient api = engine.api();
    DevnetObjects objects = new DevnetObjects(api);
    try {
      String grafanaPassword = MetricsServices.adminPassword();
      List<Planned> planned = plan(request, layout, grafanaPassword);
      if (!objects.containers(devnet).isEmpty() || !objects.networks(devnet).isEmpty()) {
        progress.println("removing what an earlier " + devnet + " left on the engine:");
        objects.remove(devnet, progress);
      }
      Path data = request.devnetDir().resolve("data");
      DirectoryTree.delete(data); // a new genesis: no node may keep an old chain
      DirectoryTree.delete(request.devnetDir().resolve("config"));
      String network = DevnetNetwork.name(devnet);
      DevnetNetwork.create(api, devnet, layout.subnet(), request.devnetDir().getParent());
      progress.println("network " + network + " (" + layout.subnet() + ")");
      writeHelperConfig(request, layout, planned);
      List<Started> started = new ArrayList<>();
      try {
        // Execution nodes start, and become ready, before the Lean nodes that drive them: a Lean
        // node may call its engine endpoint as soon as it starts.
        List<Planned> first = planned.stream().filter(p -> p.service() instanceof ElNode).toList();
        List<Planned> then =
            planned.stream().filter(p -> !(p.service() instanceof ElNode)).toList();
        for (List<Planned> wave : List.of(first, then)) {
          if (!wave.isEmpty()) {
            startWave(api, request, layout, network, wave, started, progress);
          }
        }
      } catch (IOException | DeployException | RuntimeException e) {
        if (!options.keepOnFailure()) {
          progress.println("removing what " + devnet + " started:");
          objects.remove(devnet, progress);
        }
        if (e instanceof DockerException d) {
          throw new IOException(DockerErrors.message(d), d);
        }
        throw e;
      }
      List<AuxService> helpers = plan.metricsServices();
      for (AuxService a : helpers) {
        if (a.serviceName().equals(AuxService.GRAFANA.serviceName())) {
          progress.println(
              "grafana: "
                  + layout.fromHost(a).httpUrl(AuxService.HTTP)
                  + "/ (anonymous read-only; user admin, password "
                  + grafanaPassword
                  + " — printed only now)");
        }
      }
      return new DockerDeployment(engine, devnet, network, helpers, started);
    } catch (IOException | DeployException | RuntimeException e) {
      engine.close();
      throw e;
    }
  }

  /**
   * Creates and starts {@code wave}'s containers all at once (on the vfs storage driver each one
   * copies its image), adds them to {@code started}, and waits until each is ready.
   *
   * @throws DeployException naming every service of the wave that did not become ready
   */
  private void startWave(
      DockerClient api,
      DeployRequest request,
      DockerLayout layout,
      String network,
      List<Planned> wave,
      List<Started> started,
      PrintStream progress)
      throws IOException, DeployException {
    List<Future<Started>> starting = new ArrayList<>();
    try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
      for (Planned p : wave) {
        starting.add(pool.submit(() -> startOne(api, request, layout, network, p, progress)));
      }
    }
    List<Started> these = new ArrayList<>();
    IOException failed = null;
    for (Future<Started> f : starting) {
      try {
        these.add(f.get());
      } catch (ExecutionException e) {
        if (failed == null) {
          failed =
              e.getCause() instanceof IOException io
                  ? io
                  : new IOException(String.valueOf(e.getCause().getMessage()), e.getCause());
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted while starting the containers", e);
      }
    }
    started.addAll(these);
    if (failed != null) {
      throw failed;
    }
    List<String> failures = awaitReady(api, layout, these, progress);
    if (!failures.isEmpty()) {
      throw new DeployException(
          failures.size()
              + " of "
              + these.size()
              + " services of "
              + request.name()
              + " did not become ready:\n"
              + String.join("\n", failures)
              + (options.keepOnFailure()
                  ? "\n(--keep-on-failure: everything is left running; `lean-devnet down "
                      + request.name()
                      + "` removes it)"
                  : ""));
    }
  }

  private Started startOne(
      DockerClient api,
      DeployRequest request,
      DockerLayout layout,
      String network,
      Planned p,
      PrintStream progress)
      throws IOException {
    Containers.HostDirs dirs =
        Containers.hostDirs(request.devnetDir(), request.bundle().dir(), p.spec());
    String id =
        Containers.create(
            api,
            request.name(),
            p.spec(),
            network,
            layout.of(p.service()).ip(),
            layout.fromHost(p.service()),
            options.publishAddress(),
            dirs,
            request.devnetDir().getParent());
    try {
      api.startContainerCmd(id).exec();
    } catch (DockerException e) {
      throw new IOException(
          "cannot start the container of " + p.spec().name() + ": " + DockerErrors.message(e), e);
    }
    progress.println(
        "  started "
            + p.spec().name()
            + " ("
            + p.spec().image()
            + ", "
            + layout.of(p.service()).ip()
            + published(layout.fromHost(p.service()))
            + ")");
    return new Started(p, id);
  }

  /** A service to start: the plan's service, its spec and when it counts as ready. */
  record Planned(Service service, ServiceSpec spec, Readiness readiness) {}

  /** A started service and its container. */
  record Started(Planned planned, String id) {
    String name() {
      return planned.spec().name();
    }
  }

  private List<Planned> plan(DeployRequest request, DockerLayout layout, String grafanaPassword) {
    DevnetPlan plan = request.plan();
    LaunchContext context =
        new LaunchContext(
            request.name(),
            plan,
            layout,
            new LaunchContext.Container(),
            request.bundle().genesisTime(),
            HostArch.current());
    List<Planned> out = new ArrayList<>();
    // execution nodes first: their Lean nodes call them from the start (see deploy)
    for (ElNode e : plan.elNodes()) {
      out.add(new Planned(e, specs.spec(e, context), specs.readiness(e)));
    }
    for (LeanNode n : plan.leanNodes()) {
      out.add(new Planned(n, specs.spec(n, context), specs.readiness(n)));
    }
    for (AuxService a : plan.metricsServices()) {
      out.add(
          new Planned(
              a,
              MetricsServices.spec(request.name(), a, options.image(a), grafanaPassword),
              specs.readiness(a)));
    }
    return out;
  }

  private void writeHelperConfig(DeployRequest request, DockerLayout layout, List<Planned> planned)
      throws IOException {
    for (Planned p : planned) {
      if (p.service() instanceof AuxService a) {
        MetricsServices.writeConfig(
            Containers.hostDirs(request.devnetDir(), request.bundle().dir(), p.spec()).config(),
            a,
            request.name(),
            request.plan(),
            layout,
            options.grafanaDashboards());
      }
    }
  }

  private static String published(Endpoint host) {
    StringBuilder b = new StringBuilder();
    host.ports().entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(
            e ->
                b.append(", ")
                    .append(e.getKey())
                    .append(" ")
                    .append(host.ip())
                    .append(':')
                    .append(e.getValue()));
    return b.toString();
  }

  /**
   * Waits for every started service at once, each until its own deadline.
   *
   * @return one message per service that did not become ready: its name, why, its exit code and its
   *     last 20 log lines
   */
  private List<String> awaitReady(
      DockerClient api, DockerLayout layout, List<Started> started, PrintStream progress)
      throws IOException {
    List<Future<Optional<String>>> results = new ArrayList<>();
    try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
      for (Started s : started) {
        results.add(pool.submit(() -> awaitOne(api, layout, s, progress)));
      }
      List<String> failures = new ArrayList<>();
      for (Future<Optional<String>> f : results) {
        try {
          f.get().ifPresent(failures::add);
        } catch (ExecutionException e) {
          failures.add(String.valueOf(e.getCause().getMessage()));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IOException("interrupted while waiting for the services to become ready", e);
        }
      }
      return failures;
    }
  }

  private Optional<String> awaitOne(
      DockerClient api, DockerLayout layout, Started s, PrintStream progress)
      throws InterruptedException {
    long begin = System.nanoTime();
    long deadline = begin + options.readyTimeout().toNanos();
    Readiness readiness = s.planned().readiness();
    Readiness.Target target =
        new Readiness.Target() {
          @Override
          public Endpoint published() {
            return layout.fromHost(s.planned().service());
          }

          @Override
          public Endpoint direct() {
            return layout.of(s.planned().service());
          }

          @Override
          public String log() {
            return String.join("\n", ContainerLogs.lastLines(api, s.id(), 200));
          }
        };
    while (true) {
      InspectContainerResponse.ContainerState state;
      try {
        state = api.inspectContainerCmd(s.id()).exec().getState();
      } catch (DockerException e) {
        return Optional.of(
            failure(api, s, "its container is gone (" + DockerErrors.message(e) + ")", null));
      }
      if (!Boolean.TRUE.equals(state.getRunning())) {
        Long exit = state.getExitCodeLong();
        return Optional.of(failure(api, s, "it exited before it was ready", exit));
      }
      if (readiness.check(target)) {
        progress.printf(
            "  ready %s (%s) after %.1f s%n",
            s.name(), readiness.describe(), (System.nanoTime() - begin) / 1e9);
        return Optional.empty();
      }
      if (System.nanoTime() > deadline) {
        return Optional.of(
            failure(
                api,
                s,
                "no "
                    + readiness.describe()
                    + " within "
                    + options.readyTimeout().toSeconds()
                    + " s",
                null));
      }
      Thread.sleep(POLL);
    }
  }

  private static String failure(DockerClient api, Started s, String why, Long exitCode) {
    StringBuilder b = new StringBuilder();
    b.append("  ")
        .append(s.name())
        .append(" (")
        .append(s.planned().spec().image())
        .append("): ")
        .append(why);
    if (exitCode != null) {
      b.append(", exit code ").append(exitCode);
    }
    List<String> lines = ContainerLogs.lastLines(api, s.id(), 20);
    b.append(
        lines.isEmpty() ? "; it logged nothing" : "; its last " + lines.size() + " log lines:");
    for (String l : lines) {
      b.append("\n    | ").append(l);
    }
    return b.toString();
  }

  @Override
  public RunState state(DevnetRecord record) {
    if (!(record.handle() instanceof BackendHandle.DockerLabel label)) {
      return record.stoppedAt() != null ? RunState.STOPPED : RunState.UNKNOWN;
    }
    try (DockerEngine engine = DockerEngine.connect()) {
      List<DevnetObjects.Labeled> containers =
          new DevnetObjects(engine.api()).containers(label.devnet());
      long running = containers.stream().filter(DevnetObjects.Labeled::running).count();
      if (running > 0 && running == containers.size()) {
        return RunState.RUNNING;
      }
      if (running > 0) {
        return RunState.DEGRADED;
      }
      return record.stoppedAt() != null ? RunState.STOPPED : RunState.GONE;
    } catch (IOException e) {
      return RunState.UNKNOWN;
    }
  }

  @Override
  public void logs(DevnetRecord record, String service, boolean follow, int tail, PrintStream out)
      throws IOException, InterruptedException {
    try (DockerEngine engine = DockerEngine.connect()) {
      DevnetObjects.Labeled container =
          new DevnetObjects(engine.api())
              .containers(record.name()).stream()
                  .filter(c -> c.service().equals(service))
                  .findFirst()
                  .orElseThrow(
                      () ->
                          new IllegalArgumentException(
                              "the engine has no container of "
                                  + service
                                  + " (is "
                                  + record.name()
                                  + " still up? `lean-devnet ls`)"));
      ContainerLogs.print(engine.api(), container.id(), follow, tail, out);
    }
  }

  @Override
  public void destroy(DevnetRecord record, PrintStream progress) throws IOException {
    try (DockerEngine engine = DockerEngine.connect()) {
      progress.println("removing " + record.name() + " from the engine at " + engine.host() + ":");
      int n = new DevnetObjects(engine.api()).remove(record.name(), progress);
      if (n == 0) {
        progress.println("  nothing left on the engine");
      }
    }
  }

  @Override
  public int gc(DevnetRegistry registry, PrintStream progress) throws IOException {
    try (DockerEngine engine = DockerEngine.connect()) {
      DevnetObjects objects = new DevnetObjects(engine.api());
      int removed = 0;
      for (String devnet : objects.devnets(registry.home())) {
        Optional<DevnetRecord> record;
        try {
          record = registry.find(devnet);
        } catch (IOException | IllegalArgumentException e) {
          progress.println(
              "  kept " + devnet + ": its record cannot be read (" + e.getMessage() + ")");
          continue;
        }
        if (record.isPresent() && record.get().backend().equals(name())) {
          continue; // a recorded devnet: `down` removes it
        }
        long owner = objects.owner(devnet);
        if (owner > 0
            && owner != ProcessHandle.current().pid()
            && ProcessHandle.of(owner).map(ProcessHandle::isAlive).orElse(false)) {
          progress.println(
              "  kept " + devnet + ": its `up` (process " + owner + ") is still starting it");
          continue;
        }
        progress.println(
            "devnet " + devnet + " (no record" + (owner > 0 ? ", its up is gone" : "") + "):");
        removed += objects.remove(devnet, progress);
      }
      return removed;
    }
  }
}
