package io.leandevnet.devnet.backend.kubernetes;

import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import java.util.Optional;

/**
 * Which cluster and namespace a devnet goes to, as {@code --context} and {@code --namespace} say.
 * The cluster comes from the kubeconfig as kubectl finds it ({@code $KUBECONFIG}, else {@code
 * ~/.kube/config}; inside a pod, its service account), in its current context unless {@code
 * context} names another.
 *
 * @param context a kubeconfig context, or empty for the current one
 * @param namespace a namespace that exists and that the devnet shares (only objects labeled with
 *     the devnet are touched), or empty for a namespace of its own named like the devnet
 */
public record ClusterTarget(Optional<String> context, Optional<String> namespace) {

  public ClusterTarget {
    context = context.filter(c -> !c.isBlank());
    namespace = namespace.filter(n -> !n.isBlank());
  }

  /** The current context, a namespace per devnet. */
  public static final ClusterTarget DEFAULT = new ClusterTarget(Optional.empty(), Optional.empty());

  /**
   * A client for this target's cluster.
   *
   * @throws IllegalArgumentException when {@code context} is not in the kubeconfig, naming those
   *     that are
   */
  public KubernetesClient connect() {
    Config config = Config.autoConfigure(context.orElse(null));
    if (context.isPresent()
        && config.getContexts().stream().noneMatch(c -> c.getName().equals(context.get()))) {
      throw new IllegalArgumentException(
          "--context "
              + context.get()
              + ": the kubeconfig has no such context (it has: "
              + (config.getContexts().isEmpty()
                  ? "none; set KUBECONFIG or write ~/.kube/config"
                  : String.join(", ", config.getContexts().stream().map(c -> c.getName()).toList()))
              + ")");
    }
    return new KubernetesClientBuilder().withConfig(config).build();
  }

  /** The names of devnet {@code devnet}'s objects at this target. */
  KubeNames names(String devnet) {
    return namespace.map(ns -> KubeNames.shared(devnet, ns)).orElseGet(() -> KubeNames.own(devnet));
  }

  /** {@code context X, namespace Y} for messages. */
  String describe(KubeNames names) {
    return "context "
        + context.orElse("(current)")
        + ", namespace "
        + names.namespace()
        + (names.ownNamespace() ? " (its own)" : " (shared)");
  }
}
