package io.leandevnet.devnet.backend.kubernetes;

import static io.leandevnet.devnet.backend.kubernetes.KubernetesBackendTest.names;
import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.leandevnet.devnet.plan.DevnetPlan;
import io.leandevnet.devnet.registry.BackendHandle;
import io.leandevnet.devnet.registry.DevnetRecord;
import io.leandevnet.devnet.registry.DevnetRegistry;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code gc} on the Kubernetes backend against the fabric8 mock API server: it removes what killed
 * {@code up}s of this home left, and only that; it keeps recorded devnets, devnets of other homes
 * or machines, devnets whose {@code up} still runs, and objects that name no {@code up}; a second
 * run removes nothing.
 */
@EnableKubernetesMockClient(crud = true)
class KubernetesGcTest {

  KubernetesClient client;

  @TempDir Path home;

  private KubernetesBackend backend(ClusterTarget target, UpOwner owner) {
    return new KubernetesBackend(
        target,
        t -> new KubernetesClientBuilder().withConfig(client.getConfiguration()).build(),
        KubernetesBackendTest.LAUNCHERS,
        Duration.ofSeconds(60),
        owner);
  }

  private static final ClusterTarget TEAM =
      new ClusterTarget(Optional.empty(), Optional.of("team"));

  @Test
  void gcRemovesWhatKilledUpsOfThisHomeLeftAndKeepsEverythingElse() throws Exception {
    DevnetPlan plan = KubernetesBackendTest.plan(KubernetesBackendTest.FOUR_NODES);
    PrintStream quiet = new PrintStream(new ByteArrayOutputStream());
    DevnetRegistry registry = new DevnetRegistry(home);
    UpOwner me = UpOwner.current(home);
    client
        .namespaces()
        .resource(new NamespaceBuilder().withNewMetadata().withName("team").endMetadata().build())
        .create();
    client
        .configMaps()
        .inNamespace("team")
        .resource(
            new ConfigMapBuilder().withNewMetadata().withName("not-ours").endMetadata().build())
        .create();
    // labeled like lean-devnet's, naming no up (an older lean-devnet, or hand-made)
    client
        .configMaps()
        .inNamespace("team")
        .resource(
            new ConfigMapBuilder()
                .withNewMetadata()
                .withName("legacy-genesis-000")
                .withLabels(KubeLabels.of("legacy"))
                .endMetadata()
                .build())
        .create();
    Process starting = new ProcessBuilder("sleep", "120").start();
    try {
      try (FakeKubelet own = new FakeKubelet(client, "crashed", true);
          FakeKubelet shared = new FakeKubelet(client, "team", true)) {
        // ups that died after placing their pods: one in its own namespace, one in "team"
        backend(ClusterTarget.DEFAULT, me).addresses("crashed", plan, quiet);
        backend(TEAM, me).addresses("crashed2", plan, quiet);
        // another machine's devnet in the shared namespace
        backend(TEAM, new UpOwner("laptop-of-bob", "/home/bob/.lean-devnet", 4242))
            .addresses("theirs", plan, quiet);
        // an up of this home that is still starting (a live process of this machine)
        backend(TEAM, new UpOwner(me.host(), me.home(), starting.pid()))
            .addresses("starting", plan, quiet);
        // a recorded devnet: down removes it, not gc
        backend(TEAM, me).addresses("recorded", plan, quiet);
      }
      registry.save(
          new DevnetRecord(
              "recorded",
              "kubernetes",
              Instant.now(),
              "args.yaml",
              home.resolve("recorded/genesis"),
              0,
              new BackendHandle.KubernetesNamespace(null, "team", "recorded", false),
              null,
              List.of(),
              List.of(),
              List.of(),
              null));

      ByteArrayOutputStream out = new ByteArrayOutputStream();
      int removed = backend(ClusterTarget.DEFAULT, me).gc(registry, print(out));

      String said = out.toString(StandardCharsets.UTF_8);
      assertThat(said)
          .contains("kubernetes: removed devnet crashed from namespace crashed (")
          .contains(", and the namespace; its up is gone)")
          .contains("kubernetes: removed devnet crashed2 from namespace team (")
          .contains(
              "  kept theirs (namespace team): started from /home/bob/.lean-devnet on"
                  + " laptop-of-bob, not this home")
          .contains(
              "  kept starting (namespace team): its `up` (process "
                  + starting.pid()
                  + ") is still starting it")
          .contains("  kept legacy (namespace team): its objects name no `up`")
          .doesNotContain("recorded");
      // 4 pods and 6 Services (nodes, Prometheus, Grafana) each
      assertThat(removed).isEqualTo(2 * (4 + 6) + 1);
      assertThat(client.namespaces().withName("crashed").get()).isNull();
      assertThat(client.namespaces().withName("team").get()).isNotNull();
      assertThat(podsIn("team"))
          .allMatch(
              p ->
                  p.startsWith("Pod/theirs-")
                      || p.startsWith("Pod/starting-")
                      || p.startsWith("Pod/recorded-"))
          .hasSize(12);
      assertThat(names(client.configMaps().inNamespace("team").list().getItems()))
          .containsExactlyInAnyOrder("ConfigMap/not-ours", "ConfigMap/legacy-genesis-000");

      // once its up is gone, the starting devnet is a leftover too
      starting.destroy();
      starting.waitFor();
      ByteArrayOutputStream again = new ByteArrayOutputStream();
      assertThat(backend(ClusterTarget.DEFAULT, me).gc(registry, print(again))).isEqualTo(4 + 6);
      assertThat(again.toString(StandardCharsets.UTF_8))
          .contains("kubernetes: removed devnet starting from namespace team (10 objects;");
      assertThat(backend(ClusterTarget.DEFAULT, me).gc(registry, quiet)).isZero();
    } finally {
      starting.destroyForcibly();
    }
  }

  @Test
  void gcInOneNamespaceLooksNowhereElse() throws Exception {
    DevnetPlan plan = KubernetesBackendTest.plan(KubernetesBackendTest.FOUR_NODES);
    PrintStream quiet = new PrintStream(new ByteArrayOutputStream());
    UpOwner me = UpOwner.current(home);
    try (FakeKubelet own = new FakeKubelet(client, "elsewhere", true)) {
      backend(ClusterTarget.DEFAULT, me).addresses("elsewhere", plan, quiet);
    }
    client
        .namespaces()
        .resource(new NamespaceBuilder().withNewMetadata().withName("team").endMetadata().build())
        .create();
    assertThat(backend(TEAM, me).gc(new DevnetRegistry(home), quiet)).isZero();
    assertThat(podsIn("elsewhere")).hasSize(4);
  }

  @Test
  void theOwnerRoundTripsThroughItsAnnotations() {
    UpOwner o = new UpOwner("host-1", "/root/.lean-devnet", 77);
    assertThat(UpOwner.of(o.annotations())).contains(o);
    assertThat(UpOwner.of(Map.of(UpOwner.STARTED_BY, "x@h", UpOwner.HOME, "/h"))).isEmpty();
    assertThat(UpOwner.of(null)).isEmpty();
  }

  private List<String> podsIn(String namespace) {
    return names(client.pods().inNamespace(namespace).list().getItems());
  }

  private static PrintStream print(ByteArrayOutputStream out) {
    return new PrintStream(out, true, StandardCharsets.UTF_8);
  }
}
