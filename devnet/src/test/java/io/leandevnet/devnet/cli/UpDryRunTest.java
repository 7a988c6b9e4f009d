package io.leandevnet.devnet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.leandevnet.devnet.files.DirectoryTree;
import io.leandevnet.devnet.registry.DevnetRegistry;
import io.leandevnet.node.NodeOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code up --dry-run}: the command lines, nothing started, nothing written in the registry. */
class UpDryRunTest {

  @TempDir Path home;

  private CliRun run(String... args) {
    return CliRun.of(LeanDevnet.commandLine(new DevnetRegistry(home)), args);
  }

  private static String example(String name) {
    return Path.of("..", "examples", name).toString();
  }

  /** {@code examples/lean-devnet4.yaml} with {@code from} replaced by {@code to}, at {@code at}. */
  private static Path variant(Path at, String from, String to) throws IOException {
    String original = Files.readString(Path.of(example("lean-devnet4.yaml")));
    assertThat(original).contains(from);
    return Files.writeString(at, original.replace(from, to));
  }

  private static List<String> dockerRuns(CliRun r) {
    return r.out().lines().filter(l -> l.startsWith("docker run ")).toList();
  }

  @Test
  void leanDevnet4PrintsFourteenDockerRunLinesAndWritesNothing() throws IOException {
    CliRun r = run("up", "--dry-run", "-f", example("lean-devnet4.yaml"), "--backend", "docker");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out().lines().toList().getFirst())
        .isEqualTo(
            "docker network create --subnet 10.77.0.0/24 --label"
                + " io.lean-devnet.devnet=lean-devnet4 lean-devnet-lean-devnet4");
    List<String> runs = dockerRuns(r);
    assertThat(runs).hasSize(14);
    assertThat(runs.getFirst())
        .contains("--name lean-ethlambda-0 ", "--ip 10.77.0.2 ")
        .contains("-v " + home.resolve("lean-devnet4/genesis") + ":/config:ro ")
        .contains(" ghcr.io/lambdaclass/ethlambda:devnet4 --genesis /config/config.yaml ")
        .endsWith("--is-aggregator");
    assertThat(runs).anyMatch(l -> l.contains(" bitminemavan/lantern:v0.0.4 "));
    assertThat(home).as("nothing written in the registry").isEmptyDirectory();
  }

  @Test
  void metricsServicesArePrintedWithTheirConfigurationInTheTempDir(@TempDir Path dir)
      throws IOException {
    Path args =
        variant(
            dir.resolve("metrics.yaml"),
            "additional_services: []",
            "additional_services: [prometheus, grafana]");
    CliRun r = run("up", "--dry-run", "-f", args.toString(), "--backend", "docker");
    assertThat(r.exit()).as(r.err()).isZero();
    List<String> runs = dockerRuns(r);
    assertThat(runs).hasSize(16);
    String prometheus = runs.get(14);
    String grafana = runs.get(15);
    Matcher where =
        Pattern.compile("generated files and the metrics services' configuration in (\\S+)")
            .matcher(r.err());
    assertThat(where.find()).as(r.err()).isTrue();
    Path files = Path.of(where.group(1));
    try {
      Path prometheusConfig = files.resolve("config/lean-prometheus");
      assertThat(prometheus)
          .contains("--name lean-prometheus ", "--ip 10.77.0.16 ")
          .contains("-v " + prometheusConfig + ":/etc/prometheus:ro ")
          .contains("-v " + home.resolve("metrics/data/lean-prometheus") + ":/prometheus ")
          .contains(" prom/prometheus:v3.8.0 --config.file=/etc/prometheus/prometheus.yml ");
      String yml = Files.readString(prometheusConfig.resolve("prometheus.yml"));
      assertThat(yml)
          .contains("job_name: ethlambda_0", "- 10.77.0.2:", "client: zeam", "devnet: metrics");
      assertThat(yml.lines().filter(l -> l.contains("job_name:"))).hasSize(15);

      Path grafanaConfig = files.resolve("config/lean-grafana");
      assertThat(grafana)
          .contains("--name lean-grafana ", "--ip 10.77.0.17 ")
          .contains("-v " + grafanaConfig + ":/etc/grafana/provisioning:ro ")
          .contains("-e GF_SERVER_HTTP_PORT=3000 ")
          .containsPattern("-e GF_SECURITY_ADMIN_PASSWORD=[A-Za-z0-9_-]{16} ")
          .endsWith(" grafana/grafana:12.3.2");
      assertThat(grafanaConfig.resolve("datasources/prometheus.yaml"))
          .content()
          .contains("url: http://10.77.0.16:9090");
      assertThat(grafanaConfig.resolve("dashboards/json/lean-devnet.json")).exists();
    } finally {
      DirectoryTree.delete(files);
    }
    try (Stream<Path> inHome = Files.list(home)) {
      assertThat(inHome).as("nothing written in the registry").isEmpty();
    }
  }

  @Test
  void embeddedNamesTheMetricsServicesItDoesNotRun(@TempDir Path dir) throws IOException {
    Path args = dir.resolve("quick.yaml");
    Files.writeString(
        args,
        Files.readString(Path.of(example("quickstart.yaml")))
            + "additional_services: [prometheus]\n");
    CliRun r = run("up", "--dry-run", "-f", args.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out().lines()).hasSize(4);
    assertThat(r.err())
        .contains(
            "# not run by the embedded backend: lean-prometheus (--backend docker runs them)");
  }

  @Test
  void devnet5ProfilePrintsTheDevnet5Images(@TempDir Path dir) throws IOException {
    Path args = variant(dir.resolve("lean-devnet5.yaml"), "devnet: devnet4", "devnet: devnet5");
    CliRun r = run("up", "--dry-run", "-f", args.toString(), "--backend", "docker");
    assertThat(r.exit()).as(r.err()).isZero();
    List<String> runs = dockerRuns(r);
    assertThat(runs).hasSize(14).noneMatch(l -> l.contains("devnet4") || l.contains("devnet-4"));
    assertThat(runs)
        .anyMatch(l -> l.contains(" ghcr.io/lambdaclass/ethlambda:devnet5 "))
        .anyMatch(l -> l.contains(" bitminemavan/lantern:v0.0.5 "))
        .anyMatch(l -> l.contains(" sifrai/lean:devnet-5 "));
  }

  @Test
  void embeddedPrintsNodeCommandLinesTheNodeParserAccepts() {
    CliRun r = run("up", "--dry-run", "-f", example("quickstart.yaml"));
    assertThat(r.exit()).as(r.err()).isZero();
    List<String> lines = r.out().lines().toList();
    assertThat(lines).hasSize(4).allMatch(l -> l.startsWith("lean-devnet node --genesis "));
    for (String line : lines) {
      List<String> argv = Arrays.asList(line.split(" "));
      assertThat(NodeOptions.parse(argv.subList(2, argv.size())).toConfig().dataDir().toString())
          .startsWith(home.resolve("quickstart/data").toString());
    }
    assertThat(lines.getFirst()).contains("--is-aggregator", "--gossipsub-port 9001");
  }

  @Test
  void embeddedRefusesOtherClientsAndUnknownBackendsAreNamed() {
    CliRun r = run("up", "--dry-run", "-f", example("lean-devnet4.yaml"));
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("the embedded backend cannot run this devnet");
    CliRun bad = run("up", "--dry-run", "-f", example("quickstart.yaml"), "--backend", "nomad");
    assertThat(bad.exit()).isEqualTo(2);
    assertThat(bad.err()).contains("unknown backend (known: embedded, docker, kubernetes)");
  }
}
