package io.leandevnet.devnet.backend.kubernetes;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.EnvVarSourceBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KeyToPath;
import io.fabric8.kubernetes.api.model.KeyToPathBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.leandevnet.devnet.backend.Readiness;
import io.leandevnet.devnet.clients.ServiceSpec;
import io.leandevnet.devnet.config.Scheduling;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Prometheus and Grafana as Deployments of one replica, their configuration directory ({@code
 * Volume.CONFIG}) a ConfigMap {@link KubeNames#files} holding the files written for them. ConfigMap
 * keys cannot hold {@code /}, so each file gets a key ({@link #key}) and the volume lists every key
 * with its path, which rebuilds subdirectories such as Grafana's {@code
 * dashboards/json/lean-devnet.json}. A Deployment, unlike a node's bare pod, comes back if its pod
 * is evicted: helpers carry no genesis and can restart anywhere.
 */
final class HelperDeployments {

  /** The most a ConfigMap may hold (the API server's object limit, less room for metadata). */
  static final int MAX_BYTES = 1000 * 1024;

  private HelperDeployments() {}

  /**
   * The ConfigMap of {@code files} (path relative to the config directory, to text), the Secret
   * {@link KubeNames#env} of the variables of {@code spec}'s environment named in {@code secretEnv}
   * (when there are any), and the Deployment of {@code spec}, whose container reads those variables
   * from the Secret ({@code valueFrom.secretKeyRef}, so reading the Deployment or its pod does not
   * show them), its pod placed by {@code scheduling} and ready when {@code readiness} holds, in the
   * order they are created.
   *
   * @throws IllegalArgumentException when the files exceed what one ConfigMap holds
   */
  static List<HasMetadata> objects(
      KubeNames names,
      ServiceSpec spec,
      Readiness readiness,
      Map<String, String> files,
      Set<String> secretEnv,
      Scheduling scheduling) {
    Map<String, String> data = new LinkedHashMap<>();
    List<KeyToPath> items = new ArrayList<>();
    long bytes = 0;
    for (Map.Entry<String, String> f : files.entrySet()) {
      String key = key(data.size(), f.getKey());
      data.put(key, f.getValue());
      items.add(new KeyToPathBuilder().withKey(key).withPath(f.getKey()).build());
      bytes += key.length() + f.getValue().getBytes(StandardCharsets.UTF_8).length;
    }
    if (bytes > MAX_BYTES) {
      throw new IllegalArgumentException(
          spec.name()
              + ": its configuration files take "
              + bytes
              + " bytes, more than one ConfigMap holds ("
              + MAX_BYTES
              + "); drop dashboards from --grafana-dashboards");
    }
    ConfigMap configMap =
        new ConfigMapBuilder()
            .withNewMetadata()
            .withName(names.files(spec.name()))
            .withLabels(KubeLabels.of(names.devnet(), spec.name()))
            .endMetadata()
            .withData(data)
            .build();
    Pod pod = PodMapper.pod(names, spec, readiness, Optional.empty(), scheduling);
    for (Volume v : pod.getSpec().getVolumes()) {
      if (v.getConfigMap() != null) {
        v.getConfigMap().setItems(items);
      }
    }
    List<HasMetadata> out = new ArrayList<>(List.of(configMap));
    Map<String, String> secrets = new LinkedHashMap<>();
    for (EnvVar e : pod.getSpec().getContainers().getFirst().getEnv()) {
      if (secretEnv.contains(e.getName())) {
        secrets.put(
            e.getName(),
            Base64.getEncoder().encodeToString(e.getValue().getBytes(StandardCharsets.UTF_8)));
        e.setValue(null);
        e.setValueFrom(
            new EnvVarSourceBuilder()
                .withNewSecretKeyRef()
                .withName(names.env(spec.name()))
                .withKey(e.getName())
                .endSecretKeyRef()
                .build());
      }
    }
    if (!secrets.isEmpty()) {
      out.add(
          new SecretBuilder()
              .withNewMetadata()
              .withName(names.env(spec.name()))
              .withLabels(KubeLabels.of(names.devnet(), spec.name()))
              .endMetadata()
              .withType("Opaque")
              .withData(secrets)
              .build());
    }
    Deployment deployment =
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
            .build();
    out.add(deployment);
    return out;
  }

  /**
   * The ConfigMap key of the {@code index}-th file: its path with every character a key may not
   * hold ({@code [-._a-zA-Z0-9]}) replaced by {@code _}, after a counter that keeps keys distinct
   * ({@code 02-dashboards_json_lean-devnet.json}).
   */
  static String key(int index, String path) {
    return String.format("%02d-%s", index, path.replaceAll("[^-._a-zA-Z0-9]", "_"));
  }
}
