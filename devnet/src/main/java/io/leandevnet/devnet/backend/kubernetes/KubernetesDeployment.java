package io.leandevnet.devnet.backend.kubernetes;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.leandevnet.devnet.backend.DetachedDeployment;
import io.leandevnet.devnet.plan.AuxService;
import io.leandevnet.devnet.registry.BackendHandle;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/** A devnet running on a cluster; it outlives the process that started it. */
final class KubernetesDeployment extends DetachedDeployment {

  private final KubernetesClient client;
  private final KubeNames names;
  private final Map<String, String> nodes;

  KubernetesDeployment(
      KubernetesClient client,
      KubeNames names,
      Map<String, String> nodes,
      List<AuxService> helpers,
      BackendHandle.KubernetesNamespace handle) {
    super(handle, helpers);
    this.client = client;
    this.names = names;
    this.nodes = Map.copyOf(nodes);
  }

  /** Deletes the node's pod (by node name); its Service, bundle and the other pods stay. */
  @Override
  public void stopNode(String node) {
    String service = nodes.get(node);
    if (service == null) {
      throw new IllegalArgumentException("no node " + node);
    }
    var pod = client.pods().inNamespace(names.namespace()).withName(names.workload(service));
    pod.delete();
  }

  /** Deletes everything of the devnet. */
  @Override
  public void close() {
    try {
      new KubeObjects(client, names).delete();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      client.close();
    }
  }
}
