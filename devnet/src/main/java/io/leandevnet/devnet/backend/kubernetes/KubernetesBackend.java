package io.leandevnet.devnet.backend.kubernetes;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodCondition;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.KubernetesClientTimeoutException;
import io.leandevnet.devnet.backend.Backend;
import io.leandevnet.devnet.backend.DeployException;
import io.leandevnet.devnet.backend.DeployRequest;
import io.leandevnet.devnet.backend.Deployment;
import io.leandevnet.devnet.backend.RunState;
import io.leandevnet.devnet.clients.GeneratedFile;
import io.leandevnet.devnet.clients.HostArch;
import io.leandevnet.devnet.clients.LaunchContext;
import io.leandevnet.devnet.clients.ServiceSpec;
import io.leandevnet.devnet.plan.AddressTable;
import io.leandevnet.devnet.plan.Addresses;
import io.leandevnet.devnet.plan.AuxService;
import io.leandevnet.devnet.plan.DevnetPlan;
import io.leandevnet.devnet.plan.Endpoint;
import io.leandevnet.devnet.plan.LeanNode;
import io.leandevnet.devnet.plan.Port;
import io.leandevnet.devnet.plan.Service;
import io.leandevnet.devnet.registry.BackendHandle;
import io.leandevnet.devnet.registry.DevnetRecord;
import io.leandevnet.devnet.registry.DevnetRegistry;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Runs a devnet on a Kubernetes cluster through its API server (fabric8 kubernetes-client), from
 * the same launchers' {@link ServiceSpec}s as Docker.
 *
 * <p>Pods cannot be given IPs, and the ENRs in the genesis carry them, so {@link #addresses}
 * already creates things: the namespace, a ClusterIP Service per service (its address is known at
 * once), and a pod per node whose init container waits for its bundle ({@link BundleVolume}); it
 * then waits until the kubelet gave every Lean pod an IP. Lean nodes are addressed by pod IP (what
 * their ENRs carry); execution nodes and helpers by their Service's ClusterIP (what the launchers
 * put on command lines, e.g. an Engine API URL). {@link #deploy} checks that the launchers, given
 * the final addresses and the genesis time, still describe the pods as created, publishes the
 * bundle ({@link BundlePublisher}), starts Prometheus and Grafana as Deployments, and waits until
 * every node's pod is ready. Anything going wrong deletes what was made.
 */
public final class KubernetesBackend implements Backend {

  /** Label key of the devnet handle recorded for {@code down} and {@code state}. */
  private final ClusterTarget target;

  private final Function<ClusterTarget, KubernetesClient> connect;
  private final BiFunction<Service, LaunchContext, ServiceSpec> launchers;
  private final Duration podTimeout;
  private final Map<String, PodMapper.Placement> placements;

  /** What {@link #addresses} made for {@link #deploy}: the devnet being started. */
  private Placed placed;

  private record Placed(
      KubeNames names, KubernetesClient client, Map<String, ServiceSpec> provisional) {}

  /**
   * @param launchers the spec of each planned service, given where everything lives
   * @param placements node selectors and tolerations by service name (absent: anywhere)
   * @param podTimeout how long to wait for pod IPs, and then for pods to become ready
   */
  public KubernetesBackend(
      ClusterTarget target,
      Function<ClusterTarget, KubernetesClient> connect,
      BiFunction<Service, LaunchContext, ServiceSpec> launchers,
      Map<String, PodMapper.Placement> placements,
      Duration podTimeout) {
    this.target = Objects.requireNonNull(target, "target");
    this.connect = Objects.requireNonNull(connect, "connect");
    this.launchers = Objects.requireNonNull(launchers, "launchers");
    this.placements = Map.copyOf(placements);
    this.podTimeout = Objects.requireNonNull(podTimeout, "podTimeout");
  }

  @Override
  public String name() {
    return "kubernetes";
  }

  @Override
  public List<String> unsupported(DevnetPlan plan) {
    return List.of(); // every service runs from an image
  }

  @Override
  public List<String> preflight(DevnetPlan plan, Addresses addresses) {
    return List.of(); // the cluster was asked in addresses(), where every pod got its IP
  }

  @Override
  public Addresses addresses(DevnetPlan plan) throws IOException {
    throw new IllegalStateException("the kubernetes backend places a named devnet: use place()");
  }

  /** Fixes where the services of {@code devnet} live: see the class comment. */
  public Addresses place(String devnet, DevnetPlan plan, PrintStream progress)
      throws IOException {
    KubeNames names = target.names(devnet);
    KubernetesClient client;
    try {
      client = connect.apply(target);
    } catch (KubernetesClientException e) {
      throw new IOException("cannot reach the cluster (" + target.describe(names) + "): " + e.getMessage(), e);
    }
    DevnetObjects objects = new DevnetObjects(client, names);
    try {
      objects.ensureNamespace();
      Map<String, Endpoint> serviceIps = new LinkedHashMap<>();
      for (Service s : plan.services()) {
        String ip =
            client
                .services()
                .inNamespace(names.namespace())
                .resource(PodMapper.service(names, s))
                .create()
                .getSpec()
                .getClusterIP();
        serviceIps.put(s.serviceName(), new Endpoint(ip == null ? "" : ip, logical(s)));
      }
      Addresses provisional = new AddressTable(serviceIps, serviceIps);
      LaunchContext context = context(devnet, plan, provisional, 0);
      Map<String, ServiceSpec> specs = new LinkedHashMap<>();
      int publicSlots = BundleShares.publicSlots(plan);
      for (Service s : plan.services()) {
        if (!BundleShares.receives(s)) {
          continue;
        }
        ServiceSpec spec = launchers.apply(s, context);
        specs.put(s.serviceName(), spec);
        client
            .pods()
            .inNamespace(names.namespace())
            .resource(
                PodMapper.pod(
                    names,
                    spec,
                    Optional.of(new int[] {publicSlots, BundleShares.secretSlots(s)}),
                    placements.getOrDefault(s.serviceName(), PodMapper.Placement.ANYWHERE)))
            .create();
      }
      progress.printf(
          "kubernetes: %d pods and %d services in %s; waiting for pod IPs%n",
          specs.size(), plan.services().size(), target.describe(names));
      Map<String, Endpoint> inside = new LinkedHashMap<>(serviceIps);
      long deadline = System.nanoTime() + podTimeout.toNanos();
      for (LeanNode n : plan.leanNodes()) {
        Pod pod = await(client, names, n.serviceName(), deadline, "an IP", p -> ip(p) != null);
        inside.put(n.serviceName(), new Endpoint(ip(pod), logical(n)));
      }
      placed = new Placed(names, client, specs);
      return new AddressTable(inside, inside);
    } catch (IOException | RuntimeException e) {
      objects.delete();
      client.close();
      throw e instanceof KubernetesClientException k
          ? new IOException("kubernetes: " + k.getMessage(), k)
          : e;
    }
  }

  private static Map<String, Integer> logical(Service s) {
    Map<String, Integer> ports = new LinkedHashMap<>();
    for (Port p : s.ports()) {
      ports.put(p.name(), p.number());
    }
    return ports;
  }

  private static LaunchContext context(
      String devnet, DevnetPlan plan, Addresses addresses, long genesisTime) {
    return new LaunchContext(
        devnet, plan, addresses, new LaunchContext.Container(), genesisTime, HostArch.AMD64);
  }

  private static String ip(Pod p) {
    return p == null || p.getStatus() == null ? null : p.getStatus().getPodIP();
  }

  private static boolean ready(Pod p) {
    return p != null
        && p.getStatus() != null
        && p.getStatus().getConditions() != null
        && p.getStatus().getConditions().stream()
            .anyMatch(c -> "Ready".equals(c.getType()) && "True".equals(c.getStatus()));
  }

  /** Waits until the pod of {@code service} satisfies {@code condition}, until {@code deadline}. */
  private Pod await(
      KubernetesClient client,
      KubeNames names,
      String service,
      long deadline,
      String what,
      java.util.function.Predicate<Pod> condition)
      throws IOException {
    long left = Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime()));
    var pod = client.pods().inNamespace(names.namespace()).withName(names.workload(service));
    try {
      return pod.waitUntilCondition(condition::test, left, TimeUnit.MILLISECONDS);
    } catch (KubernetesClientTimeoutException e) {
      throw new IOException(
          "pod "
              + names.workload(service)
              + " did not get "
              + what
              + " within "
              + podTimeout.toSeconds()
              + " s"
              + why(pod.get())
              + " (kubectl -n "
              + names.namespace()
              + " describe pod "
              + names.workload(service)
              + ")");
    }
  }

  /** The pod's phase and its conditions' messages (e.g. why it cannot be scheduled). */
  private static String why(Pod p) {
    if (p == null || p.getStatus() == null) {
      return "";
    }
    StringBuilder b = new StringBuilder(": phase ").append(p.getStatus().getPhase());
    if (p.getStatus().getConditions() != null) {
      for (PodCondition c : p.getStatus().getConditions()) {
        if (c.getMessage() != null) {
          b.append("; ").append(c.getType()).append(": ").append(c.getMessage());
        }
      }
    }
    return b.toString();
  }

  @Override
  public Deployment deploy(DeployRequest request) throws IOException, DeployException {
    if (placed == null || !placed.names().devnet().equals(request.name())) {
      throw new IllegalStateException("deploy() of " + request.name() + " before place()");
    }
    KubeNames names = placed.names();
    KubernetesClient client = placed.client();
    PrintStream progress = request.progress();
    DevnetPlan plan = request.plan();
    try {
      LaunchContext context =
          context(request.name(), plan, request.addresses(), request.bundle().genesisTime());
      Map<String, List<BundlePublisher.Generated>> generated = new LinkedHashMap<>();
      List<String> changed = new ArrayList<>();
      for (Map.Entry<String, ServiceSpec> e : placed.provisional().entrySet()) {
        Service s = plan.services().stream()
            .filter(x -> x.serviceName().equals(e.getKey()))
            .findFirst()
            .orElseThrow();
        ServiceSpec spec = launchers.apply(s, context);
        if (!PodMapper.container(spec).equals(PodMapper.container(e.getValue()))) {
          changed.add(s.serviceName());
        }
        generated.put(s.serviceName(), generated(spec));
      }
      if (!changed.isEmpty()) {
        throw new DeployException(
            "the container of "
                + String.join(", ", changed)
                + " depends on the pod IPs or the genesis time, which the kubernetes backend"
                + " learns only after it created the pod; such a launcher must take them from a"
                + " generated file instead");
      }
      BundlePublisher.Published published =
          new BundlePublisher(client, names).publish(plan, request.bundle().dir(), generated);
      progress.printf(
          "kubernetes: published the genesis bundle (%d ConfigMaps, %d Secrets, %d MiB)%n",
          published.configMaps(), published.secrets(), published.bytes() >> 20);
      for (AuxService a : plan.metricsServices()) {
        ServiceSpec spec = launchers.apply(a, context);
        new HelperDeployments(client, names).create(spec, helperFiles(a, request));
      }
      long deadline = System.nanoTime() + podTimeout.toNanos();
      for (String service : placed.provisional().keySet()) {
        await(client, names, service, deadline, "ready", KubernetesBackend::ready);
        progress.println("  ready: " + names.workload(service));
      }
    } catch (IOException | DeployException | RuntimeException e) {
      new DevnetObjects(client, names).delete();
      client.close();
      throw e;
    }
    return new KubernetesDeployment(client, names, plan.metricsServices(), handle(names));
  }
}
