package io.leandevnet.devnet.backend.kubernetes;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.ContainerPortBuilder;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.ProbeBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import io.fabric8.kubernetes.api.model.ResourceRequirementsBuilder;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.SecurityContextBuilder;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.api.model.ServicePortBuilder;
import io.fabric8.kubernetes.api.model.TolerationBuilder;
import io.fabric8.kubernetes.api.model.VolumeBuilder;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.VolumeMountBuilder;
import io.leandevnet.devnet.backend.Readiness;
import io.leandevnet.devnet.clients.GeneratedFile;
import io.leandevnet.devnet.clients.Mount;
import io.leandevnet.devnet.clients.SecurityOption;
import io.leandevnet.devnet.clients.ServicePort;
import io.leandevnet.devnet.clients.ServiceSpec;
import io.leandevnet.devnet.clients.Volume;
import io.leandevnet.devnet.config.Resources;
import io.leandevnet.devnet.config.Scheduling;
import io.leandevnet.devnet.plan.Port;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Maps a launcher's {@link ServiceSpec} onto a pod and its Service. The spec's {@code entrypoint}
 * becomes the container's {@code command}, its {@code command} the {@code args}; the genesis bundle
 * mount is the {@link BundleVolume} emptyDir (read-only), the data directory an emptyDir of its
 * own, the config directory the ConfigMap {@link KubeNames#files}; resources become requests (min)
 * and limits (max) in millicores and MiB; {@link SecurityOption#SECCOMP_UNCONFINED} the container's
 * seccomp profile {@code Unconfined}; a numeric {@code uid[:gid]} user {@code runAsUser}/{@code
 * runAsGroup}. The service's {@link Readiness} becomes the container's readiness probe: an HTTP 200
 * an {@code httpGet}, an open port a {@code tcpSocket} (a log line has no probe and is refused).
 * Generated files (peam's config) travel with the bundle (see {@link BundlePublisher}), so they
 * exist before the client starts.
 */
final class PodMapper {

  /** The name of the client's container in every pod. */
  static final String MAIN_CONTAINER = "service";

  static final String DATA_VOLUME = "data";
  static final String CONFIG_VOLUME = "config";

  private PodMapper() {}

  /**
   * The pod of {@code spec}.
   *
   * @param bundleSlots public and secret object slots for its bundle volume, empty when the service
   *     gets no bundle
   */
  static Pod pod(
      KubeNames names,
      ServiceSpec spec,
      Readiness readiness,
      Optional<int[]> bundleSlots,
      Scheduling scheduling) {
    var volumes =
        new ArrayList<>(
            bundleSlots
                .map(slots -> BundleVolume.volumes(names, spec.name(), slots[0], slots[1]))
                .orElse(List.of()));
    List<Container> init = new ArrayList<>();
    if (bundleSlots.isPresent()) {
      init.add(BundleVolume.initContainer(mountRoots(spec).values()));
    }
    volumes.add(new VolumeBuilder().withName(DATA_VOLUME).withNewEmptyDir().endEmptyDir().build());
    if (spec.mounts().stream().anyMatch(m -> m.source() == Volume.CONFIG)) {
      volumes.add(
          new VolumeBuilder()
              .withName(CONFIG_VOLUME)
              .withNewConfigMap()
              .withName(names.files(spec.name()))
              .endConfigMap()
              .build());
    }
    return new PodBuilder()
        .withNewMetadata()
        .withName(names.workload(spec.name()))
        .withLabels(labels(names, spec))
        .endMetadata()
        .withNewSpec()
        .withEnableServiceLinks(false)
        .withHostname(spec.name())
        .withRestartPolicy("Always")
        .withInitContainers(init)
        .withContainers(container(spec, readiness))
        .withVolumes(volumes)
        .withNodeSelector(scheduling.nodeSelectors().isEmpty() ? null : scheduling.nodeSelectors())
        .withTolerations(
            scheduling.tolerations().stream()
                .map(
                    t ->
                        new TolerationBuilder()
                            .withKey(t.key().isEmpty() ? null : t.key())
                            .withOperator(t.operator())
                            .withValue(t.value().isEmpty() ? null : t.value())
                            .withEffect(t.effect().isEmpty() ? null : t.effect())
                            .withTolerationSeconds(t.seconds().orElse(null))
                            .build())
                .toList())
        .endSpec()
        .build();
  }

  /** Every label of the service's objects: lean-devnet's own and the launcher's. */
  static Map<String, String> labels(KubeNames names, ServiceSpec spec) {
    Map<String, String> labels = new LinkedHashMap<>(spec.labels());
    labels.putAll(KubeLabels.of(names.devnet(), spec.name()));
    return labels;
  }

  /** The client's container, ready when {@code readiness} holds. */
  static Container container(ServiceSpec spec, Readiness readiness) {
    ContainerBuilder c =
        new ContainerBuilder()
            .withName(MAIN_CONTAINER)
            .withImage(spec.image())
            .withArgs(spec.command())
            .withEnv(env(spec.env()))
            .withPorts(ports(spec.ports()))
            .withVolumeMounts(mounts(spec.mounts()))
            .withResources(resources(spec.resources()))
            .withSecurityContext(security(spec));
    if (!spec.entrypoint().isEmpty()) {
      c.withCommand(spec.entrypoint());
    }
    return c.withReadinessProbe(probe(spec, readiness)).build();
  }

  /**
   * The ClusterIP Service of the planned service {@code serviceName}, for its logical ports: a
   * stable address (known as soon as it is created) and DNS name.
   */
  static Service service(KubeNames names, String serviceName, List<Port> ports) {
    return new ServiceBuilder()
        .withNewMetadata()
        .withName(names.workload(serviceName))
        .withLabels(KubeLabels.of(names.devnet(), serviceName))
        .endMetadata()
        .withNewSpec()
        .withType("ClusterIP")
        .withSelector(KubeLabels.of(names.devnet(), serviceName))
        .withPorts(
            ports.stream()
                .map(
                    p ->
                        new ServicePortBuilder()
                            .withName(portName(p.name()))
                            .withPort(p.number())
                            .withTargetPort(new IntOrString(p.number()))
                            .withProtocol(p.protocol().name())
                            .build())
                .toList())
        .endSpec()
        .build();
  }

  /**
   * The files {@code spec}'s launcher generated, each at the path the init container writes it to:
   * inside the volume of the mount that holds it.
   */
  static List<BundlePublisher.Generated> generated(ServiceSpec spec) {
    Map<String, String> roots = mountRoots(spec);
    List<BundlePublisher.Generated> out = new ArrayList<>();
    for (GeneratedFile f : spec.files()) {
      for (Map.Entry<String, String> root : roots.entrySet()) {
        if (f.path().startsWith(root.getKey() + "/")) {
          out.add(
              new BundlePublisher.Generated(
                  BundleVolume.VOLUMES
                      + "/"
                      + root.getValue()
                      + f.path().substring(root.getKey().length()),
                  f.content()));
          break;
        }
      }
    }
    return out;
  }

  /**
   * The port's name as Kubernetes allows it (at most 15 lower-case letters, digits and dashes): the
   * logical name.
   */
  static String portName(String logical) {
    String name = logical.toLowerCase(Locale.ROOT).replace('_', '-');
    return name.length() > 15 ? name.substring(0, 15) : name;
  }

  private static List<EnvVar> env(Map<String, String> env) {
    List<EnvVar> out = new ArrayList<>();
    env.forEach((k, v) -> out.add(new EnvVar(k, v, null)));
    return out;
  }

  private static List<ContainerPort> ports(List<ServicePort> ports) {
    return ports.stream()
        .map(
            p ->
                new ContainerPortBuilder()
                    .withName(portName(p.name()))
                    .withContainerPort(p.number())
                    .withProtocol(p.protocol().name())
                    .build())
        .toList();
  }

  private static List<VolumeMount> mounts(List<Mount> mounts) {
    List<VolumeMount> out = new ArrayList<>();
    for (Mount m : mounts) {
      String volume =
          switch (m.source()) {
            case GENESIS -> BundleVolume.GENESIS_VOLUME;
            case DATA -> DATA_VOLUME;
            case CONFIG -> CONFIG_VOLUME;
          };
      out.add(
          new VolumeMountBuilder()
              .withName(volume)
              .withMountPath(m.target())
              .withReadOnly(m.readOnly() ? true : null)
              .build());
    }
    return out;
  }

  /**
   * The volume and the path inside it where the init container writes each generated file: the
   * mount whose target holds the file's path.
   *
   * @throws IllegalArgumentException when a file lies under no genesis or data mount
   */
  static Map<String, String> mountRoots(ServiceSpec spec) {
    Map<String, String> roots = new LinkedHashMap<>();
    for (Mount m : spec.mounts()) {
      if (m.source() != Volume.CONFIG) {
        roots.put(
            m.target(), m.source() == Volume.GENESIS ? BundleVolume.GENESIS_VOLUME : DATA_VOLUME);
      }
    }
    for (GeneratedFile f : spec.files()) {
      if (roots.keySet().stream().noneMatch(t -> f.path().startsWith(t + "/"))) {
        throw new IllegalArgumentException(
            spec.name()
                + ": the generated file "
                + f.path()
                + " lies under none of its mounts "
                + roots.keySet()
                + "; the kubernetes backend writes generated files into a mounted directory");
      }
    }
    return roots;
  }

  /** Requests from the {@code min} values and limits from the {@code max} values; 0 is unset. */
  static ResourceRequirements resources(Resources r) {
    ResourceRequirementsBuilder b = new ResourceRequirementsBuilder();
    if (r.minCpu() > 0) {
      b.addToRequests("cpu", new Quantity(r.minCpu() + "m"));
    }
    if (r.minMem() > 0) {
      b.addToRequests("memory", new Quantity(r.minMem() + "Mi"));
    }
    if (r.maxCpu() > 0) {
      b.addToLimits("cpu", new Quantity(r.maxCpu() + "m"));
    }
    if (r.maxMem() > 0) {
      b.addToLimits("memory", new Quantity(r.maxMem() + "Mi"));
    }
    return b.build();
  }

  private static SecurityContext security(ServiceSpec spec) {
    SecurityContextBuilder b = new SecurityContextBuilder();
    boolean any = false;
    if (spec.security().contains(SecurityOption.SECCOMP_UNCONFINED)) {
      b.withNewSeccompProfile().withType("Unconfined").endSeccompProfile();
      any = true;
    }
    if (spec.user().isPresent()) {
      String[] ids = spec.user().get().split(":", 2);
      try {
        b.withRunAsUser(Long.parseLong(ids[0]));
        if (ids.length == 2) {
          b.withRunAsGroup(Long.parseLong(ids[1]));
        }
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            spec.name()
                + ": user '"
                + spec.user().get()
                + "' is not a numeric uid[:gid], which Kubernetes needs (runAsUser)");
      }
      any = true;
    }
    return any ? b.build() : null;
  }

  /**
   * The probe the kubelet runs for {@code readiness}, every 2 s, the pod unready after 3 misses.
   *
   * @throws IllegalArgumentException when it names a port the spec has not, or cannot be a probe
   */
  static Probe probe(ServiceSpec spec, Readiness readiness) {
    ProbeBuilder b = new ProbeBuilder().withPeriodSeconds(2).withFailureThreshold(3);
    return switch (readiness) {
      case Readiness.HttpOk h ->
          b.withNewHttpGet()
              .withPort(new IntOrString(port(spec, h.port(), readiness)))
              .withPath(h.path())
              .endHttpGet()
              .build();
      case Readiness.PortOpen p ->
          b.withNewTcpSocket()
              .withPort(new IntOrString(port(spec, p.port(), readiness)))
              .endTcpSocket()
              .build();
      case Readiness.AllOf all when all.parts().size() == 1 -> probe(spec, all.parts().getFirst());
      case Readiness.AllOf all -> throw noProbe(spec, readiness);
      case Readiness.LogLine l -> throw noProbe(spec, readiness);
    };
  }

  private static int port(ServiceSpec spec, String name, Readiness readiness) {
    return spec.port(name)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    spec.name()
                        + ": readiness '"
                        + readiness.describe()
                        + "' names port "
                        + name
                        + ", which the service does not have"))
        .number();
  }

  private static IllegalArgumentException noProbe(ServiceSpec spec, Readiness readiness) {
    return new IllegalArgumentException(
        spec.name()
            + ": readiness '"
            + readiness.describe()
            + "' cannot be a Kubernetes readiness probe (one HTTP GET or TCP port only)");
  }
}
