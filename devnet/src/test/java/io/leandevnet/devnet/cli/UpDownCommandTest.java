package io.leandevnet.devnet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.leandevnet.devnet.registry.DevnetRegistry;
import io.leandevnet.devnet.testing.FreePorts;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * `up` runs a devnet in this JVM for a while and stops it; `down` removes it; refusals are clear.
 */
class UpDownCommandTest {

  @TempDir Path home;

  private CliRun run(String... args) {
    CommandLine cmd = LeanDevnet.commandLine(new DevnetRegistry(home));
    return CliRun.of(cmd, args);
  }

  @Test
  void upRunsTheDevnetLiveThenStopsAndDownRemovesIt() throws Exception {
    Path args = home.resolve("updown.yaml");
    Files.writeString(
        args,
        """
        participants:
          - cl_type: builtin
            count: 2
            is_aggregator: true
        lean_network_params:
          genesis_delay: 2
          active_epoch: 4
          public_port_start: %d
        """
            .formatted(FreePorts.block(40))); // 2 nodes, Prometheus, Grafana: 4 blocks of 10
    CliRun up = run("up", "-f", args.toString(), "--for", "14s", "--no-dashboard");
    assertThat(up.exit()).as(up.err()).isZero();
    assertThat(up.out())
        .contains("lean-devnet up updown: 2 nodes, 2 validators, embedded backend")
        .contains("started builtin_0")
        .contains("started builtin_1")
        .containsPattern("slot \\d+ · 2/2 nodes up")
        .containsPattern("builtin_1 +head +\\d+ +justified +\\d+ +finalized +\\d+ +peers +1")
        .contains("stopped updown");
    CliRun ls = run("ls");
    assertThat(ls.out()).containsPattern("updown\\s+embedded\\s+2\\s+0\\s+stopped");
    assertThat(home.resolve("updown/logs/builtin_0.log")).isNotEmptyFile();

    CliRun down = run("down", "updown");
    assertThat(down.exit()).as(down.err()).isZero();
    assertThat(down.out()).contains("stopped updown and removed");
    assertThat(home.resolve("updown")).doesNotExist();
    assertThat(home.resolve("keys-cache")).as("the key cache stays").isDirectory();
  }

  @Test
  void embeddedRefusesOtherClientsNamingTheBackendThatRunsThem() throws Exception {
    Path args = home.resolve("mixed.yaml");
    Files.writeString(
        args, "participants:\n  - cl_type: zeam\n    is_aggregator: true\n  - cl_type: ream\n");
    CliRun r = run("up", "-f", args.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err())
        .contains("the embedded backend cannot run this devnet")
        .contains(
            "participants[0] (zeam_0): cl_type zeam runs from its image blockblaz/zeam:devnet4")
        .contains("--backend docker");
    assertThat(home.resolve("mixed")).doesNotExist();
    Path builtin = home.resolve("builtin.yaml");
    Files.writeString(builtin, "participants:\n  - cl_type: builtin\n    is_aggregator: true\n");
    CliRun pull = run("up", "-f", builtin.toString(), "--backend", "docker", "--pull", "sometimes");
    assertThat(pull.exit()).isEqualTo(2);
    assertThat(pull.err()).contains("--pull sometimes: expected missing, always or never");
    CliRun bogus = run("up", "-f", args.toString(), "--backend", "vm");
    assertThat(bogus.err()).contains("unknown backend (known: embedded, docker, kubernetes)");
  }

  @Test
  void defaultNameIsTheArgsFilesBaseName() {
    assertThat(UpCommand.defaultName(Path.of("examples/quickstart.yaml"))).isEqualTo("quickstart");
    assertThat(UpCommand.defaultName(Path.of("My_Devnet.v2.yml"))).isEqualTo("my-devnet-v2");
  }
}
