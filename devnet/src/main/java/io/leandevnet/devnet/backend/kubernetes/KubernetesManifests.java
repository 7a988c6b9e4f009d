package io.leandevnet.devnet.backend.kubernetes;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeProjection;
import io.leandevnet.devnet.clients.HostArch;
import io.leandevnet.devnet.clients.LaunchContext;
import io.leandevnet.devnet.clients.ServiceSpec;
import io.leandevnet.devnet.config.Scheduling;
import io.leandevnet.devnet.plan.AddressTable;
import io.leandevnet.devnet.plan.Addresses;
import io.leandevnet.devnet.plan.AuxService;
import io.leandevnet.devnet.plan.DevnetPlan;
import io.leandevnet.devnet.plan.ElNode;
import io.leandevnet.devnet.plan.Endpoint;
import io.leandevnet.devnet.plan.LeanNode;
import io.leandevnet.devnet.plan.Port;
import io.leandevnet.devnet.plan.Service;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The objects the Kubernetes backend creates for a devnet, built without a cluster: its namespace,
 * a Service per planned service, each node's pod with the provisional addresses (every service at
 * its Service's DNS name, before pod IPs exist), and Prometheus' and Grafana's ConfigMaps and
 * Deployments ({@link HelperDeployments}). {@link KubernetesBackend} creates exactly these; {@code
 * up --dry-run --backend kubernetes} prints them ({@link #dryRun}).
 */
public final class KubernetesManifests {

  private KubernetesManifests() {}

  /** The namespace a devnet of its own gets, labeled with it and annotated with {@code owner}. */
  static Namespace namespace(KubeNames names, Map<String, String> annotations) {
    return new NamespaceBuilder()
        .withNewMetadata()
        .withName(names.namespace())
        .withLabels(KubeLabels.of(names.devnet()))
        .withAnnotations(annotations.isEmpty() ? null : annotations)
        .endMetadata()
        .build();
  }

  /**
   * What the backend creates before it knows any pod IP.
   *
   * @param provisional every service at its Service's DNS name
   * @param services one Service per planned service
   * @param specs the spec of each service that gets a pod (every node), by service name
   * @param pods their pods, in the same order
   */
  record Placement(
      AddressTable provisional,
      List<io.fabric8.kubernetes.api.model.Service> services,
      Map<String, ServiceSpec> specs,
      List<Pod> pods) {}

  /**
   * The Services and node pods of {@code plan}, each annotated with {@code annotations} (the {@link
   * UpOwner}), the pods built from the launchers' specs at the provisional addresses.
   */
  static Placement placement(
      KubeNames names, DevnetPlan plan, ServiceSource source, Map<String, String> annotations) {
    List<io.fabric8.kubernetes.api.model.Service> services = new ArrayList<>();
    Map<String, Endpoint> serviceIps = new LinkedHashMap<>();
    for (Service s : plan.services()) {
      io.fabric8.kubernetes.api.model.Service service =
          PodMapper.service(names, s.serviceName(), s.ports());
      service.getMetadata().setAnnotations(annotations);
      services.add(service);
      serviceIps.put(s.serviceName(), new Endpoint(dnsName(names, s), logical(s)));
    }
    AddressTable provisional = new AddressTable(serviceIps, serviceIps);
    LaunchContext context = context(names.devnet(), plan, provisional, 0);
    Map<String, ServiceSpec> specs = new LinkedHashMap<>();
    List<Pod> pods = new ArrayList<>();
    int publicSlots = BundleShares.publicSlots(plan);
    for (Service s : plan.services()) {
      if (!BundleShares.receives(s)) {
        continue;
      }
      ServiceSpec spec = source.spec(s, context);
      specs.put(s.serviceName(), spec);
      Pod pod =
          PodMapper.pod(
              names,
              spec,
              source.readiness(s),
              Optional.of(new int[] {publicSlots, BundleShares.secretSlots(s)}),
              scheduling(plan, s));
      pod.getMetadata().setAnnotations(annotations);
      pods.add(pod);
    }
    return new Placement(provisional, services, specs, pods);
  }

  /**
   * The ConfigMap, the Secret of its secret environment variables when it has any, and the
   * Deployment (in that order) of each of {@code plan}'s metrics services.
   */
  static List<HasMetadata> helpers(
      KubeNames names, DevnetPlan plan, ServiceSource source, LaunchContext context) {
    List<HasMetadata> out = new ArrayList<>();
    for (AuxService a : plan.metricsServices()) {
      out.addAll(
          HelperDeployments.objects(
              names,
              source.spec(a, context),
              source.readiness(a),
              source.configFiles(a, context),
              source.secretEnv(a),
              scheduling(plan, a)));
    }
    return out;
  }

  /**
   * What {@code up} of {@code devnet} at {@code target} would create up to its genesis, in creation
   * order: the namespace (when the devnet has its own), the Services, the node pods, then the
   * metrics services' ConfigMaps and Deployments, whose configuration (Prometheus' targets) names
   * the provisional addresses where {@code up} uses pod IPs. No cluster is contacted and no owner
   * annotated; the bundle's ConfigMaps and Secrets ({@link BundlePublisher}) are not among them.
   */
  public static List<HasMetadata> dryRun(
      ClusterTarget target, String devnet, DevnetPlan plan, ServiceSource source) {
    KubeNames names = target.names(devnet);
    List<HasMetadata> out = new ArrayList<>();
    if (names.ownNamespace()) {
      out.add(namespace(names, Map.of()));
    }
    Placement placement = placement(names, plan, source, null);
    out.addAll(placement.services());
    out.addAll(placement.pods());
    out.addAll(
        helpers(
            names,
            plan,
            source,
            context(
                devnet, plan, placement.provisional(), plan.network().genesisTime(Instant.now()))));
    out.forEach(
        o -> o.getMetadata().setNamespace(o instanceof Namespace ? null : names.namespace()));
    return out;
  }

  /**
   * The ConfigMaps and Secrets the pods among {@code objects} mount (optional projected sources)
   * that are not among {@code objects}: what {@code up} publishes after the genesis (the bundle's
   * parts, each pod's keys and its {@code -ready} list), as {@code Kind/name}, each once, in mount
   * order. {@code up} fills as many of the slots as the bundle needs.
   */
  public static List<String> addedAfterGenesis(List<HasMetadata> objects) {
    Set<String> present = new HashSet<>();
    objects.forEach(o -> present.add(o.getKind() + "/" + o.getMetadata().getName()));
    Set<String> added = new LinkedHashSet<>();
    for (HasMetadata o : objects) {
      if (!(o instanceof Pod pod)) {
        continue;
      }
      for (Volume v : pod.getSpec().getVolumes()) {
        if (v.getProjected() == null) {
          continue;
        }
        for (VolumeProjection p : v.getProjected().getSources()) {
          if (p.getConfigMap() != null) {
            added.add("ConfigMap/" + p.getConfigMap().getName());
          }
          if (p.getSecret() != null) {
            added.add("Secret/" + p.getSecret().getName());
          }
        }
      }
    }
    added.removeAll(present);
    return List.copyOf(added);
  }

  /**
   * Where the pod of {@code s} may run: its client's node selectors and tolerations (which fall
   * back to the args file's global ones), a helper's the global ones.
   */
  static Scheduling scheduling(DevnetPlan plan, Service s) {
    return switch (s) {
      case LeanNode n -> n.settings().scheduling();
      case ElNode e -> e.settings().scheduling();
      case AuxService a -> plan.spec().global();
    };
  }

  /**
   * {@code <service>.<namespace>.svc}: the Service's name as every pod of the cluster resolves it
   * (the pods' DNS search path adds the cluster domain).
   */
  private static String dnsName(KubeNames names, Service s) {
    return names.workload(s.serviceName()) + "." + names.namespace() + ".svc";
  }

  static Map<String, Integer> logical(Service s) {
    Map<String, Integer> ports = new LinkedHashMap<>();
    for (Port p : s.ports()) {
      ports.put(p.name(), p.number());
    }
    return ports;
  }

  static LaunchContext context(
      String devnet, DevnetPlan plan, Addresses addresses, long genesisTime) {
    return new LaunchContext(
        devnet, plan, addresses, new LaunchContext.Container(), genesisTime, HostArch.AMD64);
  }
}
