package io.leandevnet.devnet.backend.kubernetes;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodCondition;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.KubernetesClientTimeoutException;
import io.leandevnet.devnet.backend.Backend;
import io.leandevnet.devnet.backend.DeployException;
import io.leandevnet.devnet.backend.DeployRequest;
import io.leandevnet.devnet.backend.Deployment;
import io.leandevnet.devnet.backend.Reach;
import io.leandevnet.devnet.backend.Readiness;
import io.leandevnet.devnet.backend.RunState;
import io.leandevnet.devnet.clients.LaunchContext;
import io.leandevnet.devnet.clients.ServiceSpec;
import io.leandevnet.devnet.plan.AddressTable;
import io.leandevnet.devnet.plan.Addresses;
import io.leandevnet.devnet.plan.AuxService;
import io.leandevnet.devnet.plan.DevnetPlan;
import io.leandevnet.devnet.plan.Endpoint;
import io.leandevnet.devnet.plan.LeanNode;
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
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Runs a devnet on a Kubernetes cluster through its API server (fabric8 kubernetes-client), from
 * the same launchers' {@link ServiceSpec}s as Docker.
 *
 * <p>Pods cannot be given IPs, and the ENRs in the genesis carry them, so {@link #addresses}
 * already creates things: the namespace, a ClusterIP Service per service, and a pod per node whose
 * init container waits for its bundle ({@link BundleVolume}); it then waits until the kubelet gave
 * every Lean pod an IP. Lean nodes are addressed by pod IP (what their ENRs carry); execution nodes
 * and helpers by their Service's DNS name {@code <service>.<namespace>.svc} (what the launchers put
 * on command lines, e.g. an Engine API URL, known before any pod exists). {@link #deploy} checks
 * that the launchers, given the final addresses and the genesis time, still describe the pods as
 * created, publishes the bundle ({@link BundlePublisher}), starts Prometheus and Grafana as
 * Deployments, and waits until every node's pod is ready. Anything going wrong deletes what was
 * made.
 */
public final class KubernetesBackend implements Backend {

  private final ClusterTarget target;

  private final Function<ClusterTarget, KubernetesClient> connect;
  private final ServiceSource services;
  private final Duration podTimeout;
  private final UpOwner owner;

  /** What {@link #addresses} made for {@link #deploy}: the devnet being started. */
  private Placed placed;

  private record Placed(
      KubeNames names, KubernetesClient client, Map<String, ServiceSpec> provisional) {}

  /**
   * @param services the spec of each planned service and the helpers' configuration files
   * @param podTimeout how long to wait for pod IPs, and then for pods to become ready
   * @param owner this process and the lean-devnet home it records devnets in, annotated on what it
   *     creates (see {@link #gc})
   */
  public KubernetesBackend(
      ClusterTarget target,
      Function<ClusterTarget, KubernetesClient> connect,
      ServiceSource services,
      Duration podTimeout,
      UpOwner owner) {
    this.target = Objects.requireNonNull(target, "target");
    this.connect = Objects.requireNonNull(connect, "connect");
    this.services = Objects.requireNonNull(services, "services");
    this.podTimeout = Objects.requireNonNull(podTimeout, "podTimeout");
    this.owner = Objects.requireNonNull(owner, "owner");
  }

  @Override
  public String name() {
    return "kubernetes";
  }

  @Override
  public List<String> unsupported(DevnetPlan plan) {
    List<String> problems = new ArrayList<>();
    for (Service s : plan.services()) {
      if (!services.has(s)) {
        problems.add(s.serviceName() + ": the kubernetes backend cannot run it yet");
      }
    }
    return problems;
  }

  @Override
  public List<String> preflight(DevnetPlan plan, Addresses addresses, PrintStream progress) {
    return List.of(); // the cluster was asked in addresses(), where every pod got its IP
  }

  /**
   * Not a pure function on Kubernetes: pods have to exist for their IPs to be known, so the
   * addresses belong to a named devnet ({@link #addresses(String, DevnetPlan, PrintStream)}).
   */
  @Override
  public Addresses addresses(DevnetPlan plan) {
    throw new UnsupportedOperationException(
        "the kubernetes backend learns addresses by creating a devnet's pods");
  }

  /** Creates the devnet's pods and waits for their IPs: see the class comment. */
  @Override
  public Addresses addresses(String devnet, DevnetPlan plan, PrintStream progress)
      throws IOException {
    KubeNames names = target.names(devnet);
    KubernetesClient client;
    try {
      client = connect.apply(target);
    } catch (KubernetesClientException e) {
      throw new IOException(
          "cannot reach the cluster (" + target.describe(names) + "): " + e.getMessage(), e);
    }
    KubeObjects objects = new KubeObjects(client, names);
    try {
      objects.ensureNamespace(owner);
      KubernetesManifests.Placement placement =
          KubernetesManifests.placement(names, plan, services, owner.annotations());
      for (io.fabric8.kubernetes.api.model.Service service : placement.services()) {
        client.services().inNamespace(names.namespace()).resource(service).create();
      }
      for (Pod pod : placement.pods()) {
        client.pods().inNamespace(names.namespace()).resource(pod).create();
      }
      Map<String, ServiceSpec> specs = placement.specs();
      Map<String, Endpoint> inside = new LinkedHashMap<>(placement.provisional().inside());
      progress.printf(
          "kubernetes: %d pods and %d services in %s; waiting for pod IPs%n",
          specs.size(), plan.services().size(), target.describe(names));
      long deadline = System.nanoTime() + podTimeout.toNanos();
      for (LeanNode n : plan.leanNodes()) {
        Pod pod = await(client, names, n.serviceName(), deadline, "an IP", p -> ip(p) != null);
        inside.put(n.serviceName(), new Endpoint(ip(pod), KubernetesManifests.logical(n)));
      }
      placed = new Placed(names, client, specs);
      return new AddressTable(inside, inside);
    } catch (KubernetesClientException e) {
      cleanUp(objects, client);
      throw new IOException(
          "kubernetes (" + target.describe(names) + "): " + KubeErrors.message(e), e);
    } catch (IOException | RuntimeException e) {
      cleanUp(objects, client);
      throw e;
    }
  }

  /** Deletes what a failed placement made, keeping the error that made it fail. */
  private static void cleanUp(KubeObjects objects, KubernetesClient client) {
    try {
      objects.delete();
    } catch (IOException | RuntimeException e) {
      // the cluster may be the problem; `lean-devnet gc` retries
    } finally {
      client.close();
    }
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
      Predicate<Pod> condition)
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

  /** Waits until the Deployment of {@code service} has a ready replica, until {@code deadline}. */
  private void awaitDeployment(
      KubernetesClient client, KubeNames names, String service, long deadline) throws IOException {
    long left = Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime()));
    var deployment =
        client
            .apps()
            .deployments()
            .inNamespace(names.namespace())
            .withName(names.workload(service));
    try {
      deployment.waitUntilCondition(
          d ->
              d != null
                  && d.getStatus() != null
                  && d.getStatus().getReadyReplicas() != null
                  && d.getStatus().getReadyReplicas() >= 1,
          left,
          TimeUnit.MILLISECONDS);
    } catch (KubernetesClientTimeoutException e) {
      throw new IOException(
          "deployment "
              + names.workload(service)
              + " had no ready pod within "
              + podTimeout.toSeconds()
              + " s (kubectl -n "
              + names.namespace()
              + " describe deployment "
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
          KubernetesManifests.context(
              request.name(), plan, request.addresses(), request.bundle().genesisTime());
      Map<String, List<BundlePublisher.Generated>> generated = new LinkedHashMap<>();
      List<String> changed = new ArrayList<>();
      for (Map.Entry<String, ServiceSpec> e : placed.provisional().entrySet()) {
        Service s =
            plan.services().stream()
                .filter(x -> x.serviceName().equals(e.getKey()))
                .findFirst()
                .orElseThrow();
        ServiceSpec spec = services.spec(s, context);
        Readiness readiness = services.readiness(s);
        if (!PodMapper.container(spec, readiness)
            .equals(PodMapper.container(e.getValue(), readiness))) {
          changed.add(s.serviceName());
        }
        generated.put(s.serviceName(), PodMapper.generated(spec));
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
      for (HasMetadata o : KubernetesManifests.helpers(names, plan, services, context)) {
        client.resource(o).inNamespace(names.namespace()).create();
        if (o instanceof io.fabric8.kubernetes.api.model.apps.Deployment) {
          progress.println("  started " + o.getMetadata().getName() + " (Deployment)");
        }
      }
      long deadline = System.nanoTime() + podTimeout.toNanos();
      for (String service : placed.provisional().keySet()) {
        await(client, names, service, deadline, "ready", KubernetesBackend::ready);
        progress.println("  ready: " + names.workload(service));
      }
      for (AuxService a : plan.metricsServices()) {
        awaitDeployment(client, names, a.serviceName(), deadline);
        progress.println("  ready: " + names.workload(a.serviceName()));
        String started = services.started(a);
        if (!started.isEmpty()) {
          progress.println(
              started + "; reach it with `lean-devnet dashboard " + request.name() + "`");
        }
      }
    } catch (IOException | DeployException | RuntimeException e) {
      new KubeObjects(client, names).delete();
      client.close();
      throw e;
    }
    placed = null;
    Map<String, String> nodes = new LinkedHashMap<>();
    plan.leanNodes().forEach(n -> nodes.put(n.name(), n.serviceName()));
    return new KubernetesDeployment(
        client, names, nodes, plan.metricsServices(), handle(target, names));
  }

  @Override
  public void release(String devnet, PrintStream progress) {
    Placed p = placed;
    if (p == null || !p.names().devnet().equals(devnet)) {
      return;
    }
    placed = null;
    try {
      List<String> deleted = new KubeObjects(p.client(), p.names()).delete();
      progress.println("kubernetes: removed " + deleted.size() + " objects of " + devnet);
    } catch (IOException e) {
      progress.println(e.getMessage() + "; `lean-devnet gc --backend kubernetes` retries");
    } finally {
      p.client().close();
    }
  }

  static BackendHandle.KubernetesNamespace handle(ClusterTarget target, KubeNames names) {
    return new BackendHandle.KubernetesNamespace(
        target.context().orElse(null), names.namespace(), names.devnet(), names.ownNamespace());
  }

  /** The target and names a record's handle points at. */
  private static BackendHandle.KubernetesNamespace handleOf(DevnetRecord record) {
    if (record.handle() instanceof BackendHandle.KubernetesNamespace k) {
      return k;
    }
    throw new IllegalArgumentException(
        "devnet " + record.name() + " has no Kubernetes handle in its record");
  }

  private static ClusterTarget targetOf(BackendHandle.KubernetesNamespace k) {
    return new ClusterTarget(
        Optional.ofNullable(k.context()),
        k.ownNamespace() ? Optional.empty() : Optional.of(k.namespace()));
  }

  private static KubeNames namesOf(BackendHandle.KubernetesNamespace k) {
    return new KubeNames(k.devnet(), k.namespace(), k.ownNamespace());
  }

  @Override
  public RunState state(DevnetRecord record) {
    if (record.stoppedAt() != null) {
      return RunState.STOPPED;
    }
    BackendHandle.KubernetesNamespace k;
    try {
      k = handleOf(record);
    } catch (IllegalArgumentException e) {
      return RunState.UNKNOWN;
    }
    try (KubernetesClient client = connect.apply(targetOf(k))) {
      List<Pod> pods =
          client
              .pods()
              .inNamespace(k.namespace())
              .withLabel(KubeLabels.DEVNET, k.devnet())
              .list()
              .getItems();
      long running =
          pods.stream()
              .filter(p -> p.getStatus() != null && "Running".equals(p.getStatus().getPhase()))
              .count();
      int expected = record.lean().size() + record.el().size();
      if (running == 0) {
        return RunState.GONE;
      }
      return running >= expected ? RunState.RUNNING : RunState.DEGRADED;
    } catch (KubernetesClientException e) {
      return RunState.UNKNOWN;
    }
  }

  /** Forwards local ports to the devnet's Services through the API server. */
  @Override
  public Reach reach(DevnetRecord record) throws IOException {
    BackendHandle.KubernetesNamespace k = handleOf(record);
    KubernetesClient client = connect.apply(targetOf(k));
    PortForwards forwards = new PortForwards(client, namesOf(k));
    try {
      return new Reach(forwards.forward(record), forwards);
    } catch (IOException | RuntimeException e) {
      forwards.close();
      throw e;
    }
  }

  @Override
  public void logs(DevnetRecord record, String service, boolean follow, int tail, PrintStream out)
      throws IOException, InterruptedException {
    BackendHandle.KubernetesNamespace k = handleOf(record);
    KubeNames names = namesOf(k);
    try (KubernetesClient client = connect.apply(targetOf(k))) {
      var pod = client.pods().inNamespace(k.namespace()).withName(names.workload(service));
      if (pod.get() == null) {
        throw new IllegalArgumentException(
            "no pod " + names.workload(service) + " in namespace " + k.namespace());
      }
      var log = pod.inContainer(PodMapper.MAIN_CONTAINER);
      var lines = tail >= 0 ? log.tailingLines(tail) : log;
      if (!follow) {
        out.print(lines.getLog());
        out.flush();
        return;
      }
      try (var watch = lines.watchLog(out)) {
        while (!Thread.currentThread().isInterrupted()) {
          Pod p = pod.get();
          if (p == null || p.getStatus() == null || !"Running".equals(p.getStatus().getPhase())) {
            return;
          }
          Thread.sleep(1000);
        }
      }
    } catch (KubernetesClientException e) {
      throw new IOException("kubernetes: " + e.getMessage(), e);
    }
  }

  @Override
  public void destroy(DevnetRecord record, PrintStream progress) throws IOException {
    BackendHandle.KubernetesNamespace k = handleOf(record);
    try (KubernetesClient client = connect.apply(targetOf(k))) {
      List<String> deleted = new KubeObjects(client, namesOf(k)).delete();
      progress.println(
          "kubernetes: deleted "
              + (deleted.isEmpty() ? "nothing (already gone)" : String.join(", ", deleted)));
    } catch (KubernetesClientException e) {
      throw new IOException("kubernetes: " + e.getMessage(), e);
    }
  }

  /**
   * Deletes the objects of every devnet in this target's cluster (its namespace only, when given)
   * that an {@code up} of {@code registry}'s home on this machine made and that has no record
   * running it: what a killed {@code up} left. Kept, each with a line saying why: devnets made from
   * another home or machine (the cluster is shared), recorded devnets ({@code down} removes them),
   * devnets whose {@code up} still runs here, and labeled objects that name no {@code up} (made by
   * an older lean-devnet: delete them with kubectl). A second run removes nothing.
   */
  @Override
  public int gc(DevnetRegistry registry, PrintStream progress) throws IOException {
    UpOwner here = UpOwner.current(registry.home());
    int removed = 0;
    try (KubernetesClient client = connect.apply(target)) {
      for (Map.Entry<String, KubeObjects.Found> e :
          KubeObjects.find(client, target.namespace()).entrySet()) {
        String devnet = e.getKey();
        KubeNames names = e.getValue().names();
        String where = devnet + " (namespace " + names.namespace() + ")";
        Optional<UpOwner> by = e.getValue().owner();
        if (by.isEmpty()) {
          progress.println(
              "  kept "
                  + where
                  + ": its objects name no `up` (kubectl -n "
                  + names.namespace()
                  + " delete all,configmaps,secrets -l "
                  + KubeLabels.DEVNET
                  + "="
                  + devnet
                  + ")");
          continue;
        }
        if (!by.get().sameHome(here)) {
          progress.println(
              "  kept " + where + ": started from " + by.get().describe() + ", not this home");
          continue;
        }
        Optional<DevnetRecord> record;
        try {
          record =
              DevnetRegistry.NAME.matcher(devnet).matches()
                  ? registry.find(devnet)
                  : Optional.empty();
        } catch (IOException | IllegalArgumentException ex) {
          progress.println(
              "  kept " + where + ": its record cannot be read (" + ex.getMessage() + ")");
          continue;
        }
        boolean recorded =
            record.isPresent()
                && record.get().stoppedAt() == null
                && record.get().handle() instanceof BackendHandle.KubernetesNamespace k
                && k.namespace().equals(names.namespace());
        if (recorded) {
          continue; // a recorded devnet: `down` removes it
        }
        if (by.get().stillRunning()) {
          progress.println(
              "  kept "
                  + where
                  + ": its `up` (process "
                  + by.get().pid()
                  + ") is still starting it");
          continue;
        }
        List<String> deleted = new KubeObjects(client, names).delete();
        long namespaces = deleted.stream().filter(d -> d.startsWith("namespace/")).count();
        progress.println(
            "kubernetes: removed devnet "
                + devnet
                + " from namespace "
                + names.namespace()
                + " ("
                + (deleted.size() - namespaces)
                + " objects"
                + (namespaces > 0 ? ", and the namespace" : "")
                + "; its up is gone)");
        removed += deleted.size();
      }
    } catch (KubernetesClientException e) {
      throw new IOException("kubernetes: " + KubeErrors.message(e), e);
    }
    return removed;
  }
}
