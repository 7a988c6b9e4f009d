package io.leandevnet.devnet.backend.kubernetes;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodConditionBuilder;
import io.fabric8.kubernetes.api.model.PodStatusBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentStatusBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.informers.ResourceEventHandler;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Plays the kubelet against the fabric8 mock API server, which assigns no IPs and runs nothing: a
 * new pod gets an IP (10.244.0.N) once {@code ipDelay} more pods exist, recording whether any
 * bundle object existed by then; a pod whose {@code -ready} ConfigMap appears becomes Running and
 * Ready, as its init container would finish and its client start; a new Deployment gets one ready
 * replica, as its controller would start its pod.
 */
public final class FakeKubelet implements AutoCloseable {

  private final KubernetesClient client;
  private final String namespace;
  private final SharedIndexInformer<Pod> pods;
  private final SharedIndexInformer<ConfigMap> configMaps;
  private final SharedIndexInformer<Deployment> deployments;
  private final AtomicInteger nextIp = new AtomicInteger(10);

  /** Pod name to the IP it got. */
  final Map<String, String> ips = new ConcurrentHashMap<>();

  /**
   * What happened, in order: {@code ip <pod>}, {@code bundle <configmap>}, {@code ready <pod>},
   * {@code deployment <name>}.
   */
  final List<String> events = new CopyOnWriteArrayList<>();

  /** Bundle objects that existed when a pod got its IP (should stay empty). */
  final List<String> bundleBeforeIp = new CopyOnWriteArrayList<>();

  public FakeKubelet(KubernetesClient client, String namespace, boolean assignIps) {
    this.client = client;
    this.namespace = namespace;
    this.pods =
        client
            .pods()
            .inNamespace(namespace)
            .inform(
                onAdd(
                    (Pod pod) -> {
                      if (assignIps) {
                        assignIp(pod);
                      }
                    }));
    this.configMaps =
        client
            .configMaps()
            .inNamespace(namespace)
            .inform(
                onAdd(
                    (ConfigMap cm) -> {
                      String name = cm.getMetadata().getName();
                      events.add("bundle " + name);
                      if (name.endsWith("-ready")) {
                        ready(name.substring(0, name.length() - "-ready".length()));
                      }
                    }));
    this.deployments =
        client
            .apps()
            .deployments()
            .inNamespace(namespace)
            .inform(
                onAdd(
                    (Deployment d) -> {
                      events.add("deployment " + d.getMetadata().getName());
                      d.setStatus(
                          new DeploymentStatusBuilder()
                              .withReplicas(1)
                              .withReadyReplicas(1)
                              .withAvailableReplicas(1)
                              .build());
                      client.apps().deployments().inNamespace(namespace).resource(d).updateStatus();
                    }));
  }

  /** A handler that acts on new objects only: the fake kubelet ignores updates and deletions. */
  private static <T> ResourceEventHandler<T> onAdd(Consumer<T> added) {
    return new ResourceEventHandler<>() {
      @Override
      public void onAdd(T object) {
        added.accept(object);
      }

      @Override
      public void onUpdate(T old, T object) {}

      @Override
      public void onDelete(T object, boolean unknown) {}
    };
  }

  private void assignIp(Pod pod) {
    String name = pod.getMetadata().getName();
    client.configMaps().inNamespace(namespace).list().getItems().stream()
        .map(c -> c.getMetadata().getName())
        .forEach(bundleBeforeIp::add);
    client.secrets().inNamespace(namespace).list().getItems().stream()
        .map(c -> c.getMetadata().getName())
        .forEach(bundleBeforeIp::add);
    String ip = "10.244.0." + nextIp.getAndIncrement();
    // recorded before the status is published: once the backend can see the IP, the test can too
    ips.put(name, ip);
    events.add("ip " + name);
    pod.setStatus(new PodStatusBuilder().withPhase("Pending").withPodIP(ip).build());
    client.pods().inNamespace(namespace).resource(pod).updateStatus();
  }

  private void ready(String podName) {
    Pod pod = client.pods().inNamespace(namespace).withName(podName).get();
    if (pod == null) {
      return;
    }
    pod.setStatus(
        new PodStatusBuilder(pod.getStatus())
            .withPhase("Running")
            .withConditions(new PodConditionBuilder().withType("Ready").withStatus("True").build())
            .build());
    client.pods().inNamespace(namespace).resource(pod).updateStatus();
    events.add("ready " + podName);
  }

  @Override
  public void close() {
    pods.close();
    configMaps.close();
    deployments.close();
  }
}
