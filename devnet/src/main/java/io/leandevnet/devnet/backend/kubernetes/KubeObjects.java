package io.leandevnet.devnet.backend.kubernetes;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A devnet's objects in a cluster, found by its labels: its namespace when it has its own, and
 * every pod, Service, Deployment, ConfigMap and Secret labeled with its name. Nothing unlabeled is
 * ever deleted.
 */
final class KubeObjects {

  private final KubernetesClient client;
  private final KubeNames names;

  KubeObjects(KubernetesClient client, KubeNames names) {
    this.client = client;
    this.names = names;
  }

  /**
   * Makes sure the devnet's namespace is there: its own is created, labeled and annotated with
   * {@code owner} (an existing one must carry its labels, so another's namespace is never taken
   * over); a shared one must exist.
   */
  void ensureNamespace(UpOwner owner) throws IOException {
    Namespace ns = client.namespaces().withName(names.namespace()).get();
    if (!names.ownNamespace()) {
      if (ns == null) {
        throw new IOException(
            "namespace "
                + names.namespace()
                + " does not exist: create it (kubectl create namespace "
                + names.namespace()
                + "), or leave out --namespace to let lean-devnet make one per devnet");
      }
      return;
    }
    if (ns == null) {
      client
          .namespaces()
          .resource(KubernetesManifests.namespace(names, owner.annotations()))
          .create();
    } else if (!ours(ns)) {
      throw new IOException(
          "namespace "
              + names.namespace()
              + " exists and was not made by lean-devnet for devnet "
              + names.devnet()
              + "; pick another --name, or run in it with --namespace "
              + names.namespace()
              + " (then only objects labeled with the devnet are touched)");
    }
  }

  private boolean ours(HasMetadata o) {
    Map<String, String> labels = o.getMetadata().getLabels();
    return labels != null
        && KubeLabels.MANAGER.equals(labels.get(KubeLabels.MANAGED_BY))
        && names.devnet().equals(labels.get(KubeLabels.DEVNET));
  }

  /** Every labeled object of the devnet in its namespace, by kind and name, for messages. */
  List<String> list() {
    List<String> out = new ArrayList<>();
    labeled().forEach(o -> out.add(o.getKind() + "/" + o.getMetadata().getName()));
    return out;
  }

  private Stream<HasMetadata> labeled() {
    String ns = names.namespace();
    String key = KubeLabels.DEVNET;
    String value = names.devnet();
    return Stream.of(
            client.apps().deployments().inNamespace(ns).withLabel(key, value).list().getItems(),
            client.pods().inNamespace(ns).withLabel(key, value).list().getItems(),
            client.services().inNamespace(ns).withLabel(key, value).list().getItems(),
            client.configMaps().inNamespace(ns).withLabel(key, value).list().getItems(),
            client.secrets().inNamespace(ns).withLabel(key, value).list().getItems())
        .flatMap(List::stream)
        .map(HasMetadata.class::cast)
        .filter(this::ours);
  }

  /**
   * Deletes everything of the devnet: every object labeled with it, then its namespace when it has
   * its own (which would take the rest with it, but deleting by label first frees the pods at once
   * and leaves nothing if the namespace cannot go). Pods and Services go last: they carry the
   * {@link UpOwner}, which {@code gc} needs if this is interrupted.
   *
   * @return what was deleted, one entry per object or namespace
   */
  List<String> delete() throws IOException {
    try {
      String ns = names.namespace();
      String key = KubeLabels.DEVNET;
      String value = names.devnet();
      List<String> deleted = new ArrayList<>(list());
      client.configMaps().inNamespace(ns).withLabel(key, value).delete();
      client.secrets().inNamespace(ns).withLabel(key, value).delete();
      client.apps().deployments().inNamespace(ns).withLabel(key, value).delete();
      client.pods().inNamespace(ns).withLabel(key, value).delete();
      client.services().inNamespace(ns).withLabel(key, value).delete();
      if (names.ownNamespace()) {
        Namespace own = client.namespaces().withName(ns).get();
        if (own != null && ours(own)) {
          client.namespaces().withName(ns).delete();
          deleted.add("namespace/" + ns);
        }
      }
      return deleted;
    } catch (KubernetesClientException e) {
      throw new IOException(
          "could not delete devnet "
              + names.devnet()
              + " from namespace "
              + names.namespace()
              + ": "
              + e.getMessage(),
          e);
    }
  }

  /**
   * A devnet found in the cluster: where its objects are, and the {@code up} that made them when
   * its namespace, a pod or a Service records it.
   */
  record Found(KubeNames names, Optional<UpOwner> owner) {}

  /**
   * The devnets lean-devnet has objects of in the cluster: namespaces it made, and labeled pods,
   * Services and ConfigMaps in any namespace (for {@code gc}). Needs the right to list namespaces
   * and those objects cluster-wide; {@code onlyIn} limits the search to one namespace.
   */
  static Map<String, Found> find(KubernetesClient client, Optional<String> onlyIn) {
    TreeMap<String, Found> found = new TreeMap<>();
    if (onlyIn.isEmpty()) {
      for (Namespace ns :
          client
              .namespaces()
              .withLabel(KubeLabels.MANAGED_BY, KubeLabels.MANAGER)
              .list()
              .getItems()) {
        String devnet = ns.getMetadata().getLabels().get(KubeLabels.DEVNET);
        if (devnet != null && devnet.equals(ns.getMetadata().getName())) {
          found.put(
              devnet,
              new Found(KubeNames.own(devnet), UpOwner.of(ns.getMetadata().getAnnotations())));
        }
      }
    }
    List<HasMetadata> objects = new ArrayList<>();
    String key = KubeLabels.MANAGED_BY;
    String value = KubeLabels.MANAGER;
    if (onlyIn.isPresent()) {
      String ns = onlyIn.get();
      objects.addAll(client.pods().inNamespace(ns).withLabel(key, value).list().getItems());
      objects.addAll(client.services().inNamespace(ns).withLabel(key, value).list().getItems());
      objects.addAll(client.configMaps().inNamespace(ns).withLabel(key, value).list().getItems());
    } else {
      objects.addAll(client.pods().inAnyNamespace().withLabel(key, value).list().getItems());
      objects.addAll(client.services().inAnyNamespace().withLabel(key, value).list().getItems());
      objects.addAll(client.configMaps().inAnyNamespace().withLabel(key, value).list().getItems());
    }
    for (HasMetadata o : objects) {
      String devnet = o.getMetadata().getLabels().get(KubeLabels.DEVNET);
      String ns = o.getMetadata().getNamespace();
      if (devnet == null) {
        continue;
      }
      Optional<UpOwner> owner = UpOwner.of(o.getMetadata().getAnnotations());
      Found known = found.get(devnet);
      if (known == null) {
        found.put(
            devnet,
            new Found(
                devnet.equals(ns) && onlyIn.isEmpty()
                    ? KubeNames.own(devnet)
                    : KubeNames.shared(devnet, ns),
                owner));
      } else if (known.owner().isEmpty() && owner.isPresent()) {
        found.put(devnet, new Found(known.names(), owner));
      }
    }
    return found;
  }
}
