package io.leandevnet.devnet.backend.kubernetes;

import static io.leandevnet.devnet.backend.kubernetes.KubernetesBackendTest.names;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.TolerationBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.leandevnet.devnet.clients.HostArch;
import io.leandevnet.devnet.clients.LaunchContext;
import io.leandevnet.devnet.clients.ServiceSpec;
import io.leandevnet.devnet.clients.lean.LeanLaunchers;
import io.leandevnet.devnet.config.ArgsFile;
import io.leandevnet.devnet.config.LeanClient;
import io.leandevnet.devnet.config.Problem;
import io.leandevnet.devnet.config.Scheduling;
import io.leandevnet.devnet.plan.Addresses;
import io.leandevnet.devnet.plan.DevnetPlan;
import io.leandevnet.devnet.plan.LeanNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The objects the Kubernetes backend makes for the seed's 14-node devnet4 file (with a node
 * selector and tolerations added), against the fabric8 mock API server.
 */
@EnableKubernetesMockClient(crud = true)
class KubernetesObjectsTest {

  KubernetesClient client;

  @TempDir Path home;

  private KubernetesBackend backend(ClusterTarget target) {
    return new KubernetesBackend(
        target,
        t -> new KubernetesClientBuilder().withConfig(client.getConfiguration()).build(),
        KubernetesBackendTest.LAUNCHERS,
        Duration.ofSeconds(60),
        UpOwner.current(home));
  }

  private static DevnetPlan seedWithScheduling() throws Exception {
    String seed = Files.readString(Path.of("..", "examples", "lean-devnet4.yaml"));
    String yaml =
        seed.replaceFirst(
            "    is_aggregator: true\n",
            """
                is_aggregator: true
                node_selectors: {lean-devnet.io/pool: interop}
                tolerations:
                  - {key: dedicated, operator: Equal, value: lean, effect: NoSchedule}
                  - {key: node.kubernetes.io/unreachable, operator: Exists, effect: NoExecute, toleration_seconds: 60}
            """);
    ArgsFile.Result r = ArgsFile.parse(yaml);
    assertThat(r).as("%s", r.problems()).isInstanceOf(ArgsFile.Valid.class);
    return DevnetPlan.of(((ArgsFile.Valid) r).spec());
  }

  @Test
  void theSeedsFourteenNodesBecomeLabeledPodsWithTheirLaunchersCommandLines() throws Exception {
    DevnetPlan plan = seedWithScheduling();
    ByteArrayOutputStream progress = new ByteArrayOutputStream();
    KubernetesBackend backend = backend(ClusterTarget.DEFAULT);
    Addresses addresses;
    try (FakeKubelet kubelet = new FakeKubelet(client, "lean-devnet4", true)) {
      addresses =
          backend.addresses(
              "lean-devnet4", plan, new PrintStream(progress, true, StandardCharsets.UTF_8));
      assertThat(kubelet.ips).hasSize(14);
    }
    assertThat(progress.toString(StandardCharsets.UTF_8))
        .contains("14 pods and 14 services in context (current), namespace lean-devnet4 (its own)");

    assertThat(client.namespaces().withName("lean-devnet4").get().getMetadata().getLabels())
        .containsEntry("lean-devnet.io/devnet", "lean-devnet4");
    List<Pod> pods = client.pods().inNamespace("lean-devnet4").list().getItems();
    assertThat(names(pods))
        .containsExactlyInAnyOrder(
            plan.leanNodes().stream().map(n -> "Pod/" + n.serviceName()).toArray(String[]::new));
    assertThat(names(client.services().inNamespace("lean-devnet4").list().getItems()))
        // the seed's file lists no additional_services: no Prometheus or Grafana
        .hasSize(14)
        .contains("Service/lean-gean-1")
        .doesNotContain("Service/lean-prometheus", "Service/lean-grafana");
    for (LeanNode n : plan.leanNodes()) {
      Pod pod = client.pods().inNamespace("lean-devnet4").withName(n.serviceName()).get();
      // the Lean node is addressed by its pod's IP: what its ENR carries
      assertThat(addresses.of(n).ip()).isEqualTo(pod.getStatus().getPodIP());
      assertThat(pod.getMetadata().getLabels())
          .containsEntry(KubeLabels.DEVNET, "lean-devnet4")
          .containsEntry(KubeLabels.SERVICE, n.serviceName())
          .containsEntry(ServiceSpec.LABEL_NODE, n.name())
          .containsEntry(ServiceSpec.LABEL_CLIENT, n.client().key());
      Container main = pod.getSpec().getContainers().getFirst();
      assertThat(main.getImage())
          .isEqualTo(
              LeanLaunchers.of(n.client()).image(n, plan.network().devnet(), HostArch.AMD64));
      assertThat(String.join(" ", main.getArgs())).contains(n.name()).contains("/config");
      assertThat(main.getVolumeMounts())
          .anySatisfy(
              m -> assertThat(m.getMountPath() + " " + m.getReadOnly()).isEqualTo("/config true"));
      // a pod mounts /data exactly when its launcher's spec does (lean_grandine writes nothing)
      assertThat(main.getVolumeMounts().stream().anyMatch(m -> m.getMountPath().equals("/data")))
          .isEqualTo(n.client() != LeanClient.LEAN_GRANDINE);
      assertThat(pod.getSpec().getInitContainers()).hasSize(1);
      // readiness as the Docker backend waits for it: the API's health, or /metrics for a client
      // that publishes no API port
      assertThat(main.getReadinessProbe().getHttpGet().getPath())
          .isEqualTo(n.client() == LeanClient.LEAN_LIGHTHOUSE ? "/metrics" : "/lean/v0/health");
      // one validator: room for two devnet4-sized secret keys
      assertThat(pod.getSpec().getVolumes().getFirst().getProjected().getSources())
          .filteredOn(p -> p.getSecret() != null)
          .hasSize(BundleShares.secretSlots(n));
      if (n.participantIndex() == 0) {
        assertThat(pod.getSpec().getNodeSelector())
            .containsExactlyEntriesOf(Map.of("lean-devnet.io/pool", "interop"));
        assertThat(pod.getSpec().getTolerations())
            .containsExactly(
                new TolerationBuilder()
                    .withKey("dedicated")
                    .withOperator("Equal")
                    .withValue("lean")
                    .withEffect("NoSchedule")
                    .build(),
                new TolerationBuilder()
                    .withKey("node.kubernetes.io/unreachable")
                    .withOperator("Exists")
                    .withEffect("NoExecute")
                    .withTolerationSeconds(60L)
                    .build());
      } else {
        assertThat(pod.getSpec().getNodeSelector()).isNullOrEmpty();
        assertThat(pod.getSpec().getTolerations()).isEmpty();
      }
    }
    // zeam's image needs seccomp unconfined, as lean-quickstart runs it
    Container zeam =
        client
            .pods()
            .inNamespace("lean-devnet4")
            .withName("lean-zeam-0")
            .get()
            .getSpec()
            .getContainers()
            .getFirst();
    assertThat(zeam.getSecurityContext().getSeccompProfile().getType()).isEqualTo("Unconfined");
    assertThat(zeam.getArgs()).containsSequence("--node-id", "zeam_0");

    backend.release("lean-devnet4", new PrintStream(progress));
    assertThat(client.namespaces().withName("lean-devnet4").get()).isNull();
    assertThat(names(client.pods().inAnyNamespace().list().getItems())).isEmpty();
    assertThat(names(client.services().inAnyNamespace().list().getItems())).isEmpty();
  }

  @Test
  void aLeanNodeWhoseSpecHasNoApiPortIsProbedOnItsMetrics() {
    DevnetPlan plan =
        KubernetesBackendTest.plan(
            """
            participants:
              - cl_type: lean_lighthouse
                is_aggregator: true
            """);
    LeanNode n = plan.leanNodes().getFirst();
    ServiceSpec spec =
        KubernetesBackendTest.LAUNCHERS.spec(
            n,
            new LaunchContext(
                "lh",
                plan,
                Addresses.local(plan),
                new LaunchContext.Container(),
                0,
                HostArch.AMD64));
    assertThat(spec.port(LeanNode.API)).isEmpty();
    Pod pod =
        PodMapper.pod(
            KubeNames.own("lh"),
            spec,
            KubernetesBackendTest.LAUNCHERS.readiness(n),
            Optional.empty(),
            Scheduling.ANYWHERE);
    var get = pod.getSpec().getContainers().getFirst().getReadinessProbe().getHttpGet();
    assertThat(get.getPath()).isEqualTo("/metrics");
    assertThat(get.getPort().getIntVal()).isEqualTo(spec.port(LeanNode.METRICS).get().number());
  }

  @Test
  void aTolerationWithAnUnknownOperatorIsNamed() {
    ArgsFile.Result r =
        ArgsFile.parse(
            """
            participants:
              - cl_type: zeam
                tolerations: [{key: a, operator: Maybe}]
            """);
    assertThat(r.problems())
        .extracting(Problem::path, Problem::message)
        .contains(
            tuple("participants[0].tolerations[0].operator", "'Maybe': expected Equal or Exists"));
  }
}
