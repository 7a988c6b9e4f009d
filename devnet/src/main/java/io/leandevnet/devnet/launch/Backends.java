package io.leandevnet.devnet.launch;

import io.leandevnet.devnet.backend.Backend;
import io.leandevnet.devnet.backend.BackendKind;
import io.leandevnet.devnet.backend.EmbeddedBackend;
import io.leandevnet.devnet.backend.RunState;
import io.leandevnet.devnet.backend.docker.DockerBackend;
import io.leandevnet.devnet.backend.docker.DockerOptions;
import io.leandevnet.devnet.backend.kubernetes.ClusterTarget;
import io.leandevnet.devnet.backend.kubernetes.KubernetesBackend;
import io.leandevnet.devnet.backend.kubernetes.UpOwner;
import io.leandevnet.devnet.metrics.MetricsOptions;
import io.leandevnet.devnet.registry.DevnetRecord;
import io.leandevnet.devnet.registry.DevnetRegistry;
import java.nio.file.Path;
import java.time.Duration;

/** The backends lean-devnet has, by {@link BackendKind}. */
public final class Backends {

  private Backends() {}

  /**
   * The kind {@code --backend name} names.
   *
   * @throws IllegalArgumentException naming the backends there are, when there is none such
   */
  public static BackendKind kind(String name) {
    return BackendKind.byKey(name)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "--backend "
                        + name
                        + ": unknown backend (known: "
                        + String.join(", ", BackendKind.keys())
                        + ")"));
  }

  /**
   * The backend called {@code name}, with default options (the Docker defaults, the current
   * kubeconfig context).
   *
   * @throws IllegalArgumentException naming the backends there are, when there is none such
   */
  public static Backend named(String name) {
    return of(kind(name));
  }

  /** The backend of {@code kind} with default options. */
  public static Backend of(BackendKind kind) {
    return of(kind, DockerOptions.defaults(), ClusterTarget.DEFAULT);
  }

  /**
   * The backend of {@code kind}; {@code docker} configures the Docker backend, {@code cluster} the
   * Kubernetes one.
   */
  public static Backend of(BackendKind kind, DockerOptions docker, ClusterTarget cluster) {
    return of(kind, docker, cluster, DevnetRegistry.fromEnvironment().home());
  }

  /**
   * The backend of {@code kind}, as {@link #of(BackendKind, DockerOptions, ClusterTarget)}, for
   * devnets recorded under the lean-devnet home {@code home} (the kubernetes backend marks what it
   * creates with it, for {@code gc}).
   */
  public static Backend of(
      BackendKind kind, DockerOptions docker, ClusterTarget cluster, Path home) {
    return switch (kind) {
      case EMBEDDED -> new EmbeddedBackend();
      case DOCKER -> new DockerBackend(docker, new LauncherServices(docker.metrics()));
      case KUBERNETES -> kubernetes(cluster, docker.metrics(), home);
    };
  }

  /** How long the kubernetes backend waits for pod IPs, and then for the pods to be ready. */
  public static final Duration KUBERNETES_POD_TIMEOUT = Duration.ofMinutes(10);

  /**
   * The kubernetes backend at {@code target} (kubeconfig context and namespace), running the
   * launchers' containers.
   */
  public static Backend kubernetes(ClusterTarget target, Path home) {
    return kubernetes(target, MetricsOptions.DEFAULTS, home);
  }

  /**
   * The kubernetes backend at {@code target}, Prometheus and Grafana as {@code metrics} says, its
   * devnets recorded under {@code home}.
   */
  public static Backend kubernetes(ClusterTarget target, MetricsOptions metrics, Path home) {
    return new KubernetesBackend(
        target,
        ClusterTarget::connect,
        new LauncherServices(metrics),
        KUBERNETES_POD_TIMEOUT,
        UpOwner.current(home));
  }

  /**
   * Whether {@code record}'s devnet runs, as its backend tells; {@link RunState#UNKNOWN} when this
   * version has no such backend.
   */
  public static RunState stateOf(DevnetRecord record) {
    Backend backend;
    try {
      backend = named(record.backend());
    } catch (IllegalArgumentException e) {
      return RunState.UNKNOWN;
    }
    return backend.state(record);
  }
}
