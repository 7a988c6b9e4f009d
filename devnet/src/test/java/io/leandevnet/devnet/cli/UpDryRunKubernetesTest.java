package io.leandevnet.devnet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.leandevnet.devnet.clients.HostArch;
import io.leandevnet.devnet.clients.LaunchContext;
import io.leandevnet.devnet.clients.lean.LeanLaunchers;
import io.leandevnet.devnet.config.ArgsFile;
import io.leandevnet.devnet.plan.AddressTable;
import io.leandevnet.devnet.plan.DevnetPlan;
import io.leandevnet.devnet.plan.Endpoint;
import io.leandevnet.devnet.plan.LeanNode;
import io.leandevnet.devnet.plan.Port;
import io.leandevnet.devnet.plan.Service;
import io.leandevnet.devnet.registry.DevnetRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code up --dry-run --backend kubernetes}: the objects the Kubernetes backend would create, as
 * YAML documents that parse back, without a cluster and without writing into the registry.
 */
class UpDryRunKubernetesTest {

  @TempDir Path home;

  private static final String SEED = Path.of("..", "examples", "lean-devnet4.yaml").toString();

  private CliRun run(String... args) {
    return CliRun.of(LeanDevnet.commandLine(new DevnetRegistry(home)), args);
  }

  /** Every YAML document of {@code out}, parsed by fabric8. */
  private static List<HasMetadata> objects(String out) {
    assertThat(out).startsWith("---\n");
    return Arrays.stream(out.substring(4).split("(?m)^---\n"))
        .map(doc -> (HasMetadata) Serialization.unmarshal(doc))
        .toList();
  }

  private static <T extends HasMetadata> List<T> ofKind(List<HasMetadata> all, Class<T> kind) {
    return all.stream().filter(kind::isInstance).map(kind::cast).toList();
  }

  private static DevnetPlan plan(String file) throws IOException {
    ArgsFile.Result r = ArgsFile.parse(Files.readString(Path.of(file)));
    assertThat(r).as("%s", r.problems()).isInstanceOf(ArgsFile.Valid.class);
    return DevnetPlan.of(((ArgsFile.Valid) r).spec());
  }

  @Test
  void theSeedsFourteenNodesArePrintedAsPodsWithTheirLaunchersArgs() throws IOException {
    CliRun r = run("up", "--dry-run", "-f", SEED, "--backend", "kubernetes");
    assertThat(r.exit()).as(r.err()).isZero();
    List<HasMetadata> all = objects(r.out());
    assertThat(all.getFirst().getKind()).isEqualTo("Namespace");
    assertThat(all.getFirst().getMetadata().getName()).isEqualTo("lean-devnet4");
    assertThat(all)
        .allSatisfy(
            o ->
                assertThat(o.getMetadata().getLabels())
                    .containsEntry("app.kubernetes.io/managed-by", "lean-devnet")
                    .containsEntry("lean-devnet.io/devnet", "lean-devnet4"));
    assertThat(all.subList(1, all.size()))
        .allSatisfy(o -> assertThat(o.getMetadata().getNamespace()).isEqualTo("lean-devnet4"));
    assertThat(ofKind(all, io.fabric8.kubernetes.api.model.Service.class)).hasSize(14);
    assertThat(all).noneMatch(o -> o.getKind().equals("Secret") || o.getKind().equals("ConfigMap"));
    List<Pod> pods = ofKind(all, Pod.class);
    assertThat(pods).hasSize(14);

    // the launchers' specs at the provisional addresses: every service at its Service's DNS name
    DevnetPlan plan = plan(SEED);
    Map<String, Endpoint> dns = new LinkedHashMap<>();
    for (Service s : plan.services()) {
      Map<String, Integer> ports = new LinkedHashMap<>();
      for (Port p : s.ports()) {
        ports.put(p.name(), p.number());
      }
      dns.put(s.serviceName(), new Endpoint(s.serviceName() + ".lean-devnet4.svc", ports));
    }
    LaunchContext context =
        new LaunchContext(
            "lean-devnet4",
            plan,
            new AddressTable(dns, dns),
            new LaunchContext.Container(),
            0,
            HostArch.AMD64);
    for (LeanNode n : plan.leanNodes()) {
      Pod pod =
          pods.stream()
              .filter(p -> p.getMetadata().getName().equals(n.serviceName()))
              .findFirst()
              .orElseThrow();
      Container main = pod.getSpec().getContainers().getFirst();
      var spec = LeanLaunchers.spec(n, context);
      assertThat(main.getArgs()).as(n.name()).isEqualTo(spec.command());
      assertThat(main.getImage()).isEqualTo(spec.image());
      assertThat(pod.getMetadata().getLabels())
          .containsEntry("lean-devnet.io/service", n.serviceName());
      assertThat(pod.getSpec().getInitContainers()).hasSize(1);
    }
    assertThat(r.err())
        .contains("no cluster contacted, nothing created, no keys generated")
        .contains("pod IPs are learned at up time")
        .contains(
            "optional ConfigMap slots the pods mount (as many as the bundle needs): genesis-000…")
        .contains("lean-ethlambda-0-ready")
        .contains(
            "optional Secret slots the pods mount (as many as the bundle needs):"
                + " lean-ethlambda-0-keys-000…028, lean-ethlambda-1-keys-000…028,");
    assertThat(home).as("nothing written in the registry").isEmptyDirectory();
  }

  @Test
  void metricsServicesAreDeploymentsWithTheirConfigMapsInASharedNamespace(@TempDir Path dir)
      throws IOException {
    Path args =
        Files.writeString(
            dir.resolve("metrics.yaml"),
            Files.readString(Path.of(SEED))
                .replace("additional_services: []", "additional_services: [prometheus, grafana]"));
    CliRun r =
        run(
            "up",
            "--dry-run",
            "-f",
            args.toString(),
            "--backend",
            "kubernetes",
            "--namespace",
            "team");
    assertThat(r.exit()).as(r.err()).isZero();
    List<HasMetadata> all = objects(r.out());
    assertThat(all).noneMatch(o -> o.getKind().equals("Namespace"));
    assertThat(all)
        .allSatisfy(o -> assertThat(o.getMetadata().getNamespace()).isEqualTo("team"))
        .allSatisfy(o -> assertThat(o.getMetadata().getName()).startsWith("metrics-"));
    assertThat(ofKind(all, Pod.class)).hasSize(14);
    assertThat(ofKind(all, Deployment.class))
        .extracting(d -> d.getMetadata().getName())
        .containsExactly("metrics-lean-prometheus", "metrics-lean-grafana");
    // Grafana's password: a Secret whose value is not printed, which the Deployment refers to
    assertThat(ofKind(all, Secret.class)).hasSize(1);
    Secret secret = ofKind(all, Secret.class).getFirst();
    assertThat(secret.getMetadata().getName()).isEqualTo("metrics-lean-grafana-env");
    assertThat(secret.getData()).isNullOrEmpty();
    assertThat(secret.getStringData()).isNullOrEmpty();
    assertThat(r.out()).doesNotContain("GF_SECURITY_ADMIN_PASSWORD:");
    assertThat(all.indexOf(secret))
        .isBetween(
            all.indexOf(ofKind(all, ConfigMap.class).getLast()),
            all.indexOf(ofKind(all, Deployment.class).getLast()));
    EnvVar password =
        ofKind(all, Deployment.class)
            .getLast()
            .getSpec()
            .getTemplate()
            .getSpec()
            .getContainers()
            .getFirst()
            .getEnv()
            .stream()
            .filter(e -> e.getName().equals("GF_SECURITY_ADMIN_PASSWORD"))
            .findFirst()
            .orElseThrow();
    assertThat(password.getValue()).isNull();
    assertThat(password.getValueFrom().getSecretKeyRef().getName())
        .isEqualTo("metrics-lean-grafana-env");
    assertThat(r.err())
        .contains(
            "# Secret metrics-lean-grafana-env printed without its values: up fills"
                + " GF_SECURITY_ADMIN_PASSWORD with what it draws then");
    List<ConfigMap> configMaps = ofKind(all, ConfigMap.class);
    assertThat(configMaps)
        .extracting(c -> c.getMetadata().getName())
        .containsExactly("metrics-lean-prometheus-files", "metrics-lean-grafana-files");
    assertThat(configMaps.getFirst().getData().values())
        .anySatisfy(
            yml ->
                assertThat(yml)
                    .contains("job_name: ethlambda_0")
                    .contains("metrics-lean-ethlambda-0.team.svc:5054"));
  }
}
