package io.leandevnet.devnet.backend.kubernetes;

import static io.leandevnet.devnet.backend.kubernetes.KubernetesBackendTest.names;
import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.KeyToPath;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Toleration;
import io.fabric8.kubernetes.api.model.TolerationBuilder;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.leandevnet.devnet.launch.Launch;
import io.leandevnet.devnet.launch.LauncherServices;
import io.leandevnet.devnet.metrics.GrafanaProvisioning;
import io.leandevnet.devnet.metrics.MetricsOptions;
import io.leandevnet.devnet.metrics.MetricsServices;
import io.leandevnet.devnet.metrics.PrometheusConfig;
import io.leandevnet.devnet.metrics.ScrapeTarget;
import io.leandevnet.devnet.plan.DevnetPlan;
import io.leandevnet.devnet.plan.LeanNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Prometheus and Grafana on the Kubernetes backend, against the fabric8 mock API server with {@link
 * FakeKubelet}: their Deployments, Services and ConfigMaps, the mounted files equal to what {@link
 * PrometheusConfig} and {@link GrafanaProvisioning} write, their readiness probes, and nothing left
 * after {@code down}.
 */
@EnableKubernetesMockClient(crud = true)
class KubernetesMetricsTest {

  KubernetesClient client;

  @TempDir Path home;

  @Test
  void prometheusAndGrafanaRunAsDeploymentsWithTheWritersFilesMounted() throws Exception {
    Path dashboards = Files.createDirectories(home.resolve("dashboards"));
    Files.writeString(dashboards.resolve("team view.json"), "{\"title\": \"team\"}");
    DevnetPlan plan =
        KubernetesBackendTest.plan(
            KubernetesBackendTest.FOUR_NODES
                + """
                additional_services: [prometheus, grafana]
                global_node_selectors: {lean-devnet.io/pool: devnets}
                global_tolerations:
                  - {key: dedicated, operator: Equal, value: lean, effect: NoSchedule}
                """);
    KubernetesBackend backend =
        new KubernetesBackend(
            ClusterTarget.DEFAULT,
            t -> new KubernetesClientBuilder().withConfig(client.getConfiguration()).build(),
            new LauncherServices(
                new MetricsOptions(
                    Optional.empty(), Optional.of("grafana/grafana:11"), Optional.of(dashboards))),
            Duration.ofSeconds(60),
            UpOwner.current(home));
    assertThat(backend.unsupported(plan)).isEmpty();
    ByteArrayOutputStream progress = new ByteArrayOutputStream();
    try (FakeKubelet kubelet = new FakeKubelet(client, "km", true);
        Launch.Started devnet =
            KubernetesBackendTest.up(
                "km",
                plan,
                backend,
                home,
                new PrintStream(progress, true, StandardCharsets.UTF_8))) {
      assertThat(names(client.apps().deployments().inNamespace("km").list().getItems()))
          .containsExactlyInAnyOrder("Deployment/lean-prometheus", "Deployment/lean-grafana");
      assertThat(names(client.services().inNamespace("km").list().getItems()))
          .contains("Service/lean-prometheus", "Service/lean-grafana");
      // the helpers start once the nodes' bundle is out, and up waits for them
      assertThat(kubelet.events.indexOf("deployment lean-prometheus"))
          .isGreaterThan(kubelet.events.indexOf("bundle genesis-000"));
      String out = progress.toString(StandardCharsets.UTF_8);
      assertThat(out)
          .contains("  ready: lean-prometheus", "  ready: lean-grafana")
          .containsPattern(
              "grafana: user admin, password [A-Za-z0-9_-]{16} \\(printed only now\\)");

      // Prometheus scrapes every Lean node at its pod IP: exactly the writer's file
      List<ScrapeTarget> targets =
          plan.leanNodes().stream()
              .map(
                  n ->
                      new ScrapeTarget(
                          n.name(),
                          kubelet.ips.get(n.serviceName()) + ":" + LeanNode.METRICS_PORT,
                          n.client().key()))
              .toList();
      Deployment prometheus = deployment("lean-prometheus");
      assertThat(mounted(prometheus, "lean-prometheus-files"))
          .containsExactlyEntriesOf(
              Map.of("prometheus.yml", PrometheusConfig.yaml("km", targets, 9090)));
      Container p = prometheus.getSpec().getTemplate().getSpec().getContainers().getFirst();
      assertThat(p.getImage()).isEqualTo("prom/prometheus:v3.8.0");
      assertThat(p.getArgs()).contains("--config.file=/etc/prometheus/prometheus.yml");
      assertThat(p.getVolumeMounts())
          .anySatisfy(m -> assertThat(m.getMountPath()).isEqualTo("/etc/prometheus"));
      assertThat(p.getReadinessProbe().getHttpGet().getPath()).isEqualTo("/-/ready");
      assertThat(p.getReadinessProbe().getHttpGet().getPort().getIntVal()).isEqualTo(9090);

      // Grafana's provisioning tree, subdirectories included, as GrafanaProvisioning writes it
      Path expected = Files.createDirectories(home.resolve("expected-grafana"));
      GrafanaProvisioning.write(
          expected, "http://lean-prometheus.km.svc:9090", Optional.of(dashboards));
      Deployment grafana = deployment("lean-grafana");
      assertThat(mounted(grafana, "lean-grafana-files")).isEqualTo(tree(expected));
      assertThat(mounted(grafana, "lean-grafana-files"))
          .containsKeys(
              "datasources/prometheus.yaml",
              "dashboards/lean-devnet.yaml",
              "dashboards/json/lean-devnet.json",
              "dashboards/json/team view.json");
      Container g = grafana.getSpec().getTemplate().getSpec().getContainers().getFirst();
      assertThat(g.getImage()).isEqualTo("grafana/grafana:11");
      assertThat(g.getVolumeMounts())
          .anySatisfy(m -> assertThat(m.getMountPath()).isEqualTo(GrafanaProvisioning.MOUNT));
      assertThat(g.getReadinessProbe().getHttpGet().getPath()).isEqualTo("/api/health");
      assertThat(grafana.getMetadata().getLabels())
          .containsEntry(KubeLabels.DEVNET, "km")
          .containsEntry(KubeLabels.SERVICE, "lean-grafana");

      // the admin password is in a Secret of the namespace, not in the Deployment
      Matcher said = Pattern.compile("password ([A-Za-z0-9_-]{16}) ").matcher(out);
      assertThat(said.find()).as(out).isTrue();
      String password = said.group(1);
      assertThat(Serialization.asYaml(grafana)).doesNotContain(password);
      EnvVar passwordVar =
          g.getEnv().stream()
              .filter(e -> e.getName().equals(MetricsServices.GRAFANA_PASSWORD_ENV))
              .findFirst()
              .orElseThrow();
      assertThat(passwordVar.getValue()).isNull();
      assertThat(passwordVar.getValueFrom().getSecretKeyRef().getName())
          .isEqualTo("lean-grafana-env");
      assertThat(passwordVar.getValueFrom().getSecretKeyRef().getKey())
          .isEqualTo(MetricsServices.GRAFANA_PASSWORD_ENV);
      Secret secret = client.secrets().inNamespace("km").withName("lean-grafana-env").get();
      assertThat(secret.getMetadata().getLabels())
          .containsEntry(KubeLabels.DEVNET, "km")
          .containsEntry(KubeLabels.SERVICE, "lean-grafana");
      assertThat(secret.getData()).containsOnlyKeys(MetricsServices.GRAFANA_PASSWORD_ENV);
      assertThat(
              new String(
                  Base64.getDecoder()
                      .decode(secret.getData().get(MetricsServices.GRAFANA_PASSWORD_ENV)),
                  StandardCharsets.UTF_8))
          .isEqualTo(password);
      assertThat(Serialization.asYaml(deployment("lean-prometheus")))
          .doesNotContain("secretKeyRef");

      // global_node_selectors / global_tolerations place the helpers and every node without its
      // own placement
      Toleration dedicated =
          new TolerationBuilder()
              .withKey("dedicated")
              .withOperator("Equal")
              .withValue("lean")
              .withEffect("NoSchedule")
              .build();
      for (PodSpec pod :
          List.of(
              prometheus.getSpec().getTemplate().getSpec(),
              grafana.getSpec().getTemplate().getSpec(),
              client.pods().inNamespace("km").withName("lean-ream-0").get().getSpec())) {
        assertThat(pod.getNodeSelector())
            .containsExactlyEntriesOf(Map.of("lean-devnet.io/pool", "devnets"));
        assertThat(pod.getTolerations()).containsExactly(dedicated);
      }

      // the record points at the Services, which status and dashboard forward to
      assertThat(devnet.record().services())
          .extracting(s -> s.service() + " " + s.url())
          .containsExactly(
              "lean-prometheus http://lean-prometheus.km.svc:9090",
              "lean-grafana http://lean-grafana.km.svc:3000");

      backend.destroy(devnet.record(), new PrintStream(progress));
      assertThat(client.apps().deployments().inAnyNamespace().list().getItems()).isEmpty();
      assertThat(client.configMaps().inAnyNamespace().list().getItems()).isEmpty();
      assertThat(client.secrets().inAnyNamespace().list().getItems()).isEmpty();
      assertThat(client.services().inAnyNamespace().list().getItems()).isEmpty();
      assertThat(client.namespaces().withName("km").get()).isNull();
    }
  }

  private Deployment deployment(String name) {
    return client.apps().deployments().inNamespace("km").withName(name).get();
  }

  /** The files the pod sees in the config volume: each item's path with its key's text. */
  private Map<String, String> mounted(Deployment d, String configMap) {
    PodSpec pod = d.getSpec().getTemplate().getSpec();
    Volume config =
        pod.getVolumes().stream().filter(v -> v.getConfigMap() != null).findFirst().orElseThrow();
    assertThat(config.getConfigMap().getName()).isEqualTo(configMap);
    ConfigMap cm = client.configMaps().inNamespace("km").withName(configMap).get();
    assertThat(cm.getMetadata().getLabels()).containsEntry(KubeLabels.DEVNET, "km");
    Map<String, String> files = new LinkedHashMap<>();
    for (KeyToPath item : config.getConfigMap().getItems()) {
      assertThat(cm.getData()).containsKey(item.getKey());
      files.put(item.getPath(), cm.getData().get(item.getKey()));
    }
    assertThat(files).hasSameSizeAs(cm.getData());
    return files;
  }

  private static Map<String, String> tree(Path dir) throws Exception {
    Map<String, String> files = new LinkedHashMap<>();
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path f : all.filter(Files::isRegularFile).sorted().toList()) {
        files.put(dir.relativize(f).toString(), Files.readString(f));
      }
    }
    return files;
  }
}
