package io.leandevnet.devnet.backend.kubernetes;

import java.util.Map;

/**
 * The labels lean-devnet puts on every Kubernetes object it creates: {@code down} and {@code gc}
 * delete by them, so an object without them is never touched.
 */
final class KubeLabels {

  /** Set to {@code lean-devnet} on every object. */
  static final String MANAGED_BY = "app.kubernetes.io/managed-by";

  static final String MANAGER = "lean-devnet";

  /** The devnet name. */
  static final String DEVNET = "lean-devnet.io/devnet";

  /** The planned service ({@code lean-zeam-0}) a pod, Service or key Secret belongs to. */
  static final String SERVICE = "lean-devnet.io/service";

  /** Annotation set on pods when the bundle is published: an update makes the kubelet resync. */
  static final String PUBLISHED = "lean-devnet.io/bundle-published";

  private KubeLabels() {}

  /** The labels of every object of {@code devnet}. */
  static Map<String, String> of(String devnet) {
    return Map.of(MANAGED_BY, MANAGER, DEVNET, devnet);
  }

  /** The labels of the objects of one service of {@code devnet}. */
  static Map<String, String> of(String devnet, String service) {
    return Map.of(MANAGED_BY, MANAGER, DEVNET, devnet, SERVICE, service);
  }
}
