package io.leandevnet.devnet.backend;

import io.leandevnet.devnet.backend.kubernetes.ClusterTarget;
import io.leandevnet.devnet.backend.kubernetes.KubernetesBackend;
import io.leandevnet.devnet.registry.DevnetRecord;
import java.time.Duration;
import java.util.List;

/** The backends lean-devnet has, by the name {@code --backend} takes. */
public final class Backends {

  /** Every backend name, the first the default. */
  public static final List<String> NAMES = List.of("embedded", "docker", "kubernetes");

  private Backends() {}

  /**
   * The backend called {@code name}, with default options.
   *
   * @throws IllegalArgumentException naming the backends there are, when there is none such or it
   *     is not part of this version
   */
  public static Backend named(String name) {
    return switch (name) {
      case "embedded" -> new EmbeddedBackend();
      case "kubernetes" -> kubernetes(ClusterTarget.DEFAULT);
      case "docker" ->
          throw new IllegalArgumentException(
              "--backend "
                  + name
                  + ": the "
                  + name
                  + " backend is not part of this version of lean-devnet yet; the embedded backend"
                  + " (the default) runs devnets of built-in nodes");
      default ->
          throw new IllegalArgumentException(
              "--backend " + name + ": unknown backend (known: " + String.join(", ", NAMES) + ")");
    };
  }

  /** How long the kubernetes backend waits for pod IPs, and then for the pods to be ready. */
  public static final Duration KUBERNETES_POD_TIMEOUT = Duration.ofMinutes(10);

  /**
   * The kubernetes backend at {@code target} (kubeconfig context and namespace), running the
   * launchers' containers.
   */
  public static Backend kubernetes(ClusterTarget target) {
    return new KubernetesBackend(
        target, ClusterTarget::connect, new LauncherServices(), KUBERNETES_POD_TIMEOUT);
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
