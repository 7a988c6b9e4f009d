package io.leandevnet.devnet.backend.kubernetes;

import java.util.Objects;

/**
 * The names of a devnet's Kubernetes objects. In a namespace of its own a pod is called like its
 * planned service ({@code lean-zeam-0}); in a namespace given with {@code --namespace}, which other
 * devnets may share, every name starts with the devnet's ({@code lean-devnet4-lean-zeam-0}).
 *
 * @param devnet the devnet name
 * @param namespace where its objects live
 * @param ownNamespace whether lean-devnet created that namespace for this devnet (and deletes it)
 */
record KubeNames(String devnet, String namespace, boolean ownNamespace) {

  KubeNames {
    Objects.requireNonNull(devnet, "devnet");
    Objects.requireNonNull(namespace, "namespace");
  }

  /** A devnet in its own namespace, named like the devnet. */
  static KubeNames own(String devnet) {
    return new KubeNames(devnet, devnet, true);
  }

  /** A devnet in the shared namespace {@code namespace}. */
  static KubeNames shared(String devnet, String namespace) {
    return new KubeNames(devnet, namespace, false);
  }

  private String prefix() {
    return ownNamespace ? "" : devnet + "-";
  }

  /** The pod (or Deployment) and the Service of the planned service {@code service}. */
  String workload(String service) {
    return prefix() + service;
  }

  /** The ConfigMaps holding the public bundle files, {@code <name>-000} on. */
  String publicGroup() {
    return prefix() + "genesis";
  }

  /** The Secrets holding the node key, JWT and XMSS secret keys of one service. */
  String keysGroup(String service) {
    return prefix() + service + "-keys";
  }

  /** The ConfigMap, written last, that tells a pod its bundle is complete. */
  String ready(String service) {
    return prefix() + service + "-ready";
  }

  /** The ConfigMap holding the files a launcher generates for one service. */
  String files(String service) {
    return prefix() + service + "-files";
  }

  /** The Secret holding the secret environment variables of one service. */
  String env(String service) {
    return prefix() + service + "-env";
  }

  /** The {@code index}-th object of a group. */
  static String slot(String group, int index) {
    return String.format("%s-%03d", group, index);
  }
}
