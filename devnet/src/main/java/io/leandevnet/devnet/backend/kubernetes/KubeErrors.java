package io.leandevnet.devnet.backend.kubernetes;

import io.fabric8.kubernetes.client.KubernetesClientException;

/** What a failed Kubernetes API call means, in one line a user can act on. */
final class KubeErrors {

  private KubeErrors() {}

  static String message(KubernetesClientException e) {
    int code = e.getCode();
    if (code == 401 || code == 403) {
      return "the API server refused ("
          + code
          + "): the kubeconfig's user may not "
          + "create namespaces, pods, services, configmaps and secrets here ("
          + first(e.getMessage())
          + ")";
    }
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    if (code <= 0) {
      return "the API server does not answer ("
          + root.getClass().getSimpleName()
          + ": "
          + first(String.valueOf(root.getMessage()))
          + "); check the kubeconfig ($KUBECONFIG or ~/.kube/config) and --context";
    }
    return first(e.getMessage());
  }

  private static String first(String s) {
    return s == null ? "" : s.lines().findFirst().orElse("");
  }
}
