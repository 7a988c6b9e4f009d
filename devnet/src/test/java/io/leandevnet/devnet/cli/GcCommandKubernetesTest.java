package io.leandevnet.devnet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.leandevnet.devnet.backend.Backend;
import io.leandevnet.devnet.backend.kubernetes.ClusterTarget;
import io.leandevnet.devnet.backend.kubernetes.FakeKubelet;
import io.leandevnet.devnet.backend.kubernetes.KubernetesBackend;
import io.leandevnet.devnet.backend.kubernetes.UpOwner;
import io.leandevnet.devnet.config.ArgsFile;
import io.leandevnet.devnet.launch.LauncherServices;
import io.leandevnet.devnet.metrics.MetricsOptions;
import io.leandevnet.devnet.plan.DevnetPlan;
import io.leandevnet.devnet.registry.DevnetRegistry;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code lean-devnet gc --namespace/--context} against the fabric8 mock API server: it cleans what
 * a killed {@code up} left in the namespace it is given, says so, and a second run removes nothing;
 * a cluster it was asked for and cannot reach fails the command.
 */
@EnableKubernetesMockClient(crud = true)
class GcCommandKubernetesTest {

  KubernetesClient client;

  @TempDir Path home;

  private final List<ClusterTarget> asked = new ArrayList<>();

  private KubernetesBackend backend(ClusterTarget target) {
    asked.add(target);
    return new KubernetesBackend(
        target,
        t -> new KubernetesClientBuilder().withConfig(client.getConfiguration()).build(),
        new LauncherServices(MetricsOptions.DEFAULTS),
        Duration.ofSeconds(60),
        UpOwner.current(home));
  }

  private CliRun gc(Function<ClusterTarget, Backend> kubernetes, String... args) {
    String[] all = new String[args.length + 1];
    all[0] = "gc";
    System.arraycopy(args, 0, all, 1, args.length);
    return CliRun.of(LeanDevnet.commandLine(new DevnetRegistry(home), kubernetes), all);
  }

  @Test
  void gcCleansTheNamespaceItIsGivenAndASecondRunRemovesNothing() throws Exception {
    ArgsFile.Valid args =
        (ArgsFile.Valid)
            ArgsFile.parse(
                """
                participants:
                  - cl_type: zeam
                    count: 2
                    is_aggregator: true
                lean_network_params:
                  metrics_enabled: false
                """);
    client
        .namespaces()
        .resource(
            new io.fabric8.kubernetes.api.model.NamespaceBuilder()
                .withNewMetadata()
                .withName("team")
                .endMetadata()
                .build())
        .create();
    try (FakeKubelet kubelet = new FakeKubelet(client, "team", true)) {
      // an up that was killed once its pods were placed
      backend(new ClusterTarget(Optional.empty(), Optional.of("team")))
          .addresses(
              "gcx", DevnetPlan.of(args.spec()), new PrintStream(new ByteArrayOutputStream()));
    }
    asked.clear();

    CliRun first = gc(this::backend, "--namespace", "team", "--context", "kind-lean");
    assertThat(first.exit()).as(first.err()).isZero();
    assertThat(first.out())
        .contains("kubernetes: removed devnet gcx from namespace team (4 objects; its up is gone)")
        .contains("removed 4 leftovers");
    assertThat(asked)
        .containsExactly(new ClusterTarget(Optional.of("kind-lean"), Optional.of("team")));
    assertThat(client.pods().inNamespace("team").list().getItems()).isEmpty();
    assertThat(client.services().inNamespace("team").list().getItems()).isEmpty();

    CliRun second = gc(this::backend, "--namespace", "team", "--context", "kind-lean");
    assertThat(second.exit()).isZero();
    assertThat(second.out()).contains("nothing to remove").doesNotContain("kubernetes: removed");
  }

  @Test
  void aClusterThatWasAskedForAndCannotBeReachedFailsTheCommand() {
    CliRun run =
        gc(
            target -> {
              throw new IllegalArgumentException(
                  "--context nowhere: the kubeconfig has no such context (it has: none)");
            },
            "--context",
            "nowhere");
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err())
        .contains("kubernetes: --context nowhere: the kubeconfig has no such context");
  }
}
