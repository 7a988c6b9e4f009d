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
                new ResourceEventHandler<>() {
                  @Override
                  public void onAdd(Pod pod) {
                    if (assignIps) {
                      assignIp(pod);
                    }
                  }

                  @Override
                  public void onUpdate(Pod old, Pod pod) {}

                  @Override
                  public void onDelete(Pod pod, boolean unknown) {}
                });
    this.configMaps =
        client
            .configMaps()
            .inNamespace(namespace)
            .inform(
                new ResourceEventHandler<>() {
                  @Override
                  public void onAdd(ConfigMap cm) {
                    String name = cm.getMetadata().getName();
                    events.add("bundle " + name);
                    if (name.endsWith("-ready")) {
                      ready(name.substring(0, name.length() - "-ready".length()));
                    }
                  }

                  @Override
                  public void onUpdate(ConfigMap old, ConfigMap cm) {}

                  @Override
                  public void onDelete(ConfigMap cm, boolean unknown) {}
                });
    this.deployments =
        client
            .apps()
            .deployments()
            .inNamespace(namespace)
            .inform(
                new ResourceEventHandler<>() {
                  @Override
                  public void onAdd(Deployment d) {
                    events.add("deployment " + d.getMetadata().getName());
                    d.setStatus(
                        new DeploymentStatusBuilder()
                            .withReplicas(1)
                            .withReadyReplicas(1)
                            .withAvailableReplicas(1)
                            .build());
                    client.apps().deployments().inNamespace(namespace).resource(d).updateStatus();
                  }

                  @Override
                  public void onUpdate(Deployment old, Deployment d) {}

                  @Override
                  public void onDelete(Deployment d, boolean unknown) {}
                });
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
