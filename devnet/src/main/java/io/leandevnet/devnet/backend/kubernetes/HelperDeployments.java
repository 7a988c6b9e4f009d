package io.leandevnet.devnet.backend.kubernetes;

import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.leandevnet.devnet.clients.ServiceSpec;
import io.leandevnet.devnet.config.Scheduling;
import java.util.Map;
import java.util.Optional;

/**
 * Prometheus and Grafana as Deployments of one replica, their configuration directory ({@code
 * Volume.CONFIG}) a ConfigMap {@link KubeNames#files} holding the files the backend wrote for them
 * (scrape configuration, provisioning). A Deployment, unlike a node's bare pod, comes back if its
 * pod is evicted: helpers carry no genesis and can restart anywhere.
 */
final class HelperDeployments {

  private final KubernetesClient client;
  private final KubeNames names;

  HelperDeployments(KubernetesClient client, KubeNames names) {
    this.client = client;
    this.names = names;
  }

  /** Creates the ConfigMap of {@code files} (name to text) and the Deployment of {@code spec}. */
  void create(ServiceSpec spec, Map<String, String> files) {
    client
        .configMaps()
        .inNamespace(names.namespace())
        .resource(
            new ConfigMapBuilder()
                .withNewMetadata()
                .withName(names.files(spec.name()))
                .withLabels(KubeLabels.of(names.devnet(), spec.name()))
                .endMetadata()
                .withData(files)
                .build())
        .create();
    Pod pod = PodMapper.pod(names, spec, Optional.empty(), Scheduling.ANYWHERE);
    client
        .apps()
        .deployments()
        .inNamespace(names.namespace())
        .resource(
            new DeploymentBuilder()
                .withNewMetadata()
                .withName(names.workload(spec.name()))
                .withLabels(pod.getMetadata().getLabels())
                .endMetadata()
                .withNewSpec()
                .withReplicas(1)
                .withNewSelector()
                .withMatchLabels(KubeLabels.of(names.devnet(), spec.name()))
                .endSelector()
                .withNewTemplate()
                .withNewMetadata()
                .withLabels(pod.getMetadata().getLabels())
                .endMetadata()
                .withSpec(pod.getSpec())
                .endTemplate()
                .endSpec()
                .build())
        .create();
  }
}
