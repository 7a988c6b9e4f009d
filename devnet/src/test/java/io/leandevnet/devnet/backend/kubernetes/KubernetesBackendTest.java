package io.leandevnet.devnet.backend.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.leandevnet.crypto.xmss.XmssSchemeKind;
import io.leandevnet.devnet.backend.RunState;
import io.leandevnet.devnet.clients.ServiceSpec;
import io.leandevnet.devnet.config.ArgsFile;
import io.leandevnet.devnet.genesis.KeyCache;
import io.leandevnet.devnet.launch.Launch;
import io.leandevnet.devnet.launch.LauncherServices;
import io.leandevnet.devnet.metrics.MetricsOptions;
import io.leandevnet.devnet.plan.DevnetPlan;
import io.leandevnet.devnet.plan.LeanNode;
import io.leandevnet.devnet.registry.BackendHandle;
import io.leandevnet.devnet.registry.DevnetRecord;
import io.leandevnet.devnet.registry.DevnetRegistry;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Kubernetes backend against the fabric8 mock API server in CRUD mode, with {@link FakeKubelet}
 * giving pods IPs and readiness: what it creates, the IP → genesis → start order, cleanup on {@code
 * down} and after a failed {@code up}, and {@code gc}.
 */
@EnableKubernetesMockClient(crud = true)
class KubernetesBackendTest {

  KubernetesClient client;

  @TempDir Path home;

  /** The real launchers, Prometheus and Grafana with their real configuration writers. */
  static final ServiceSource LAUNCHERS = new LauncherServices(MetricsOptions.DEFAULTS);

  private KubernetesBackend backend(ServiceSource source, Duration timeout) {
    return new KubernetesBackend(
        ClusterTarget.DEFAULT,
        target -> new KubernetesClientBuilder().withConfig(client.getConfiguration()).build(),
        source,
        timeout,
        UpOwner.current(home));
  }

  static DevnetPlan plan(String yaml) {
    ArgsFile.Result r = ArgsFile.parse(yaml);
    assertThat(r).as("%s", r.problems()).isInstanceOf(ArgsFile.Valid.class);
    return DevnetPlan.of(((ArgsFile.Valid) r).spec());
  }

  static final String FOUR_NODES =
      """
      participants:
        - cl_type: zeam
          count: 2
          is_aggregator: true
          cl_min_cpu: 500
          cl_max_cpu: 2000
          cl_min_mem: 1024
          cl_max_mem: 4096
        - cl_type: ream
          count: 2
      lean_network_params:
        genesis_delay: 30
        active_epoch: 4
      """;

  private Launch.Started up(
      String name, DevnetPlan plan, KubernetesBackend backend, PrintStream out) throws Exception {
    return up(name, plan, backend, home, out);
  }

  /** {@code up} of {@code plan} with the registry and a small key cache under {@code home}. */
  static Launch.Started up(
      String name, DevnetPlan plan, KubernetesBackend backend, Path home, PrintStream out)
      throws Exception {
    return Launch.start(
        new Launch.Request(
            name,
            plan,
            backend,
            new DevnetRegistry(home),
            "args.yaml",
            new KeyCache(home.resolve("keys-cache"), XmssSchemeKind.SMALL, line -> {}),
            false,
            -1,
            out));
  }

  @Test
  void podsGetIpsBeforeTheGenesisIsWrittenAndStartOnlyOnceItIsPublished() throws Exception {
    DevnetPlan plan = plan(FOUR_NODES);
    ByteArrayOutputStream progress = new ByteArrayOutputStream();
    try (FakeKubelet kubelet = new FakeKubelet(client, "k4", true);
        Launch.Started devnet =
            up(
                "k4",
                plan,
                backend(LAUNCHERS, Duration.ofSeconds(60)),
                new PrintStream(progress, true, StandardCharsets.UTF_8))) {
      // every node's pod got its IP before any bundle object existed ...
      assertThat(kubelet.ips).hasSize(4);
      assertThat(kubelet.bundleBeforeIp).isEmpty();
      // ... the genesis carries those IPs ...
      String validatorConfig = Files.readString(devnet.bundle().layout().validatorConfigYaml());
      for (String ip : kubelet.ips.values()) {
        assertThat(validatorConfig).contains("ip: \"" + ip + "\"");
      }
      // ... and a pod became ready only after its bundle was complete
      List<String> events = kubelet.events;
      for (LeanNode n : plan.leanNodes()) {
        assertThat(events.indexOf("ready " + n.serviceName()))
            .isGreaterThan(events.indexOf("bundle " + n.serviceName() + "-ready"))
            .isGreaterThan(events.indexOf("bundle genesis-000"));
      }
      assertThat(events.indexOf("bundle genesis-000"))
          .isGreaterThan(events.lastIndexOf("ip lean-ream-1"));

      DevnetRecord record = devnet.record();
      assertThat(record.handle())
          .isEqualTo(new BackendHandle.KubernetesNamespace(null, "k4", "k4", true));
      assertThat(backend(LAUNCHERS, Duration.ofSeconds(5)).state(record))
          .isEqualTo(RunState.RUNNING);

      Pod zeam = client.pods().inNamespace("k4").withName("lean-zeam-0").get();
      assertThat(zeam.getMetadata().getLabels())
          .containsEntry("app.kubernetes.io/managed-by", "lean-devnet")
          .containsEntry("lean-devnet.io/devnet", "k4")
          .containsEntry("lean-devnet.io/service", "lean-zeam-0")
          .containsEntry(ServiceSpec.LABEL_NODE, "zeam_0");
      assertThat(zeam.getSpec().getInitContainers())
          .singleElement()
          .satisfies(c -> assertThat(c.getImage()).isEqualTo(BundleVolume.INIT_IMAGE));
      Container main = zeam.getSpec().getContainers().getFirst();
      assertThat(main.getArgs()).containsSequence("--node-id", "zeam_0");
      assertThat(main.getVolumeMounts())
          .anySatisfy(
              m -> {
                assertThat(m.getMountPath()).isEqualTo("/config");
                assertThat(m.getName()).isEqualTo(BundleVolume.GENESIS_VOLUME);
                assertThat(m.getReadOnly()).isTrue();
              });
      assertThat(main.getResources().getRequests())
          .containsEntry("cpu", new Quantity("500m"))
          .containsEntry("memory", new Quantity("1024Mi"));
      assertThat(main.getResources().getLimits())
          .containsEntry("cpu", new Quantity("2000m"))
          .containsEntry("memory", new Quantity("4096Mi"));
      // readiness as on Docker: the Lean API's health endpoint
      assertThat(main.getReadinessProbe().getHttpGet().getPath()).isEqualTo("/lean/v0/health");
      assertThat(main.getReadinessProbe().getHttpGet().getPort().getIntVal()).isEqualTo(5052);
      assertThat(
              client
                  .services()
                  .inNamespace("k4")
                  .withName("lean-zeam-0")
                  .get()
                  .getSpec()
                  .getPorts())
          .extracting(p -> p.getName() + "/" + p.getProtocol() + "/" + p.getPort())
          .containsExactly("quic/UDP/9000", "api/TCP/5052", "metrics/TCP/5054");
      // ream nodes have no resources set
      assertThat(
              client
                  .pods()
                  .inNamespace("k4")
                  .withName("lean-ream-0")
                  .get()
                  .getSpec()
                  .getContainers()
                  .getFirst()
                  .getResources()
                  .getLimits())
          .isNullOrEmpty();

      backend(LAUNCHERS, Duration.ofSeconds(5)).destroy(record, new PrintStream(progress));
      assertThat(client.namespaces().withName("k4").get()).isNull();
      assertThat(names(client.pods().inNamespace("k4").list().getItems())).isEmpty();
      assertThat(names(client.services().inNamespace("k4").list().getItems())).isEmpty();
      assertThat(names(client.configMaps().inNamespace("k4").list().getItems())).isEmpty();
      assertThat(names(client.secrets().inNamespace("k4").list().getItems())).isEmpty();
    }
  }

  @Test
  void anUpWhosePodsGetNoIpLeavesNothingBehind() throws Exception {
    DevnetPlan plan = plan(FOUR_NODES);
    ByteArrayOutputStream progress = new ByteArrayOutputStream();
    try (FakeKubelet kubelet = new FakeKubelet(client, "k4", false)) {
      assertThatThrownBy(
              () ->
                  up(
                      "k4",
                      plan,
                      backend(LAUNCHERS, Duration.ofSeconds(2)),
                      new PrintStream(progress, true, StandardCharsets.UTF_8)))
          .isInstanceOf(Launch.LaunchException.class)
          .hasMessageContaining("pod lean-zeam-0 did not get an IP within 2 s");
    }
    assertThat(client.namespaces().withName("k4").get()).isNull();
    assertThat(names(client.pods().inAnyNamespace().list().getItems())).isEmpty();
    assertThat(names(client.services().inAnyNamespace().list().getItems())).isEmpty();
  }

  static List<String> names(List<? extends HasMetadata> objects) {
    return objects.stream().map(o -> o.getKind() + "/" + o.getMetadata().getName()).toList();
  }
}
