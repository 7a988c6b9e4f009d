package io.leandevnet.devnet.registry;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.Objects;

/**
 * How a backend finds a recorded devnet again from another process, stored in the record ({@code
 * "handle": {"kind": …}}). It is what lets {@code ls}, {@code status} and {@code down} know whether
 * a devnet still runs after the {@code up} that started it has exited.
 *
 * <p>A backend adds its own variant here (and to {@link JsonSubTypes}); it reads only its own.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
  @JsonSubTypes.Type(value = BackendHandle.OwnerProcess.class, name = "process"),
  @JsonSubTypes.Type(value = BackendHandle.DockerLabel.class, name = "docker"),
  @JsonSubTypes.Type(value = BackendHandle.KubernetesNamespace.class, name = "kubernetes")
})
public sealed interface BackendHandle {

  /**
   * The devnet lives inside one process (the embedded backend's {@code up}): it runs while that
   * process does.
   */
  record OwnerProcess(long pid) implements BackendHandle {}

  /**
   * The devnet is the set of Docker containers, networks and volumes labeled {@code label} = the
   * devnet's name, on the bridge network {@code network}; it runs while its containers do,
   * whichever process started them.
   *
   * @param label the label key whose value is the devnet name
   */
  record DockerLabel(String label, String devnet, String network) implements BackendHandle {
    public DockerLabel {
      Objects.requireNonNull(label, "label");
      Objects.requireNonNull(devnet, "devnet");
      Objects.requireNonNull(network, "network");
    }
  }

  /**
   * The devnet is the set of Kubernetes objects labeled with its name in {@code namespace} of the
   * cluster of kubeconfig context {@code context}; it runs while its pods do.
   *
   * @param context the kubeconfig context it was started in, or null for the current one
   * @param ownNamespace whether the namespace was made for this devnet (and goes with it)
   */
  record KubernetesNamespace(String context, String namespace, String devnet, boolean ownNamespace)
      implements BackendHandle {
    public KubernetesNamespace {
      Objects.requireNonNull(namespace, "namespace");
      Objects.requireNonNull(devnet, "devnet");
    }
  }
}
