package io.leandevnet.devnet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class PlanCommandTest {

  @CommandLine.Command(name = "throwing")
  private record Throwing(RuntimeException failure) implements Runnable {
    @Override
    public void run() {
      throw failure;
    }
  }

  private static CliRun run(String... args) {
    return CliRun.of(args);
  }

  private static String example(String name) {
    return Path.of("..", "examples", name).toString();
  }

  @Test
  void planPrintsEveryNodeOfLeanDevnet4() {
    CliRun r = run("plan", "-f", example("lean-devnet4.yaml"));
    assertThat(r.exit()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out())
        .startsWith(
            "14 Lean nodes, 0 execution nodes, 14 validators, 1 subnet; genesis at"
                + " launch + 180 s, XMSS devnet4 keys active 2^18 slots")
        .containsPattern(
            "ethlambda_0 +lean-ethlambda-0 +ethlambda +ghcr.io/lambdaclass/"
                + "ethlambda:devnet4 +0 +0 +yes +-")
        .containsPattern(
            "lean_grandine_1 +lean-lean-grandine-1 +lean_grandine +sifrai/lean:"
                + "devnet-4 +11 +0 +no +-")
        .contains("Execution nodes: none")
        .contains("Metrics services: none")
        .doesNotContain("warning");
    assertThat(
            r.out()
                .lines()
                .filter(l -> l.contains(" lean-"))
                .filter(l -> l.matches("^  \\w+_\\d+ .*")))
        .hasSize(14);
    assertThat(r.out().lines().filter(l -> l.matches("^  \\w+_\\d+ .* yes .*"))).hasSize(1);
  }

  @Test
  void planShowsPairedExecutionNodes() {
    CliRun r = run("plan", "-f", example("ethlambda-el-pair-2node.yaml"));
    assertThat(r.exit()).isZero();
    assertThat(r.out())
        .containsPattern("ethlambda_1 +lean-ethlambda-1 .* el-2-ethrex-ethlambda")
        .containsPattern("el-1-ethrex-ethlambda +ethrex +ethpandaops/ethrex:main +ethlambda_0");
  }

  @Test
  void planPrintsWarningsAfterTheTables(@TempDir Path dir) throws IOException {
    Path args = dir.resolve("args.yaml");
    Files.writeString(args, "participants:\n  - cl_type: zeam\n    count: 2\n");
    CliRun r = run("plan", "-f", args.toString());
    assertThat(r.exit()).isZero();
    String last = r.out().lines().reduce((a, b) -> b).orElseThrow();
    assertThat(last)
        .isEqualTo(
            args
                + ":1: warning: participants: no participant sets"
                + " is_aggregator: true, so no node aggregates attestations and the chain cannot justify"
                + " or finalize; set is_aggregator: true on one participant with count: 1");
  }

  @Test
  void jsonHasEveryNodeWithItsFields() throws IOException {
    CliRun r = run("plan", "-f", example("ethlambda-el-pair.yaml"), "--json");
    assertThat(r.exit()).isZero();
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertThat(json.get("validator_count").asInt()).isEqualTo(1);
    JsonNode node = json.get("lean_nodes").get(0);
    assertThat(node.get("name").asText()).isEqualTo("ethlambda_0");
    assertThat(node.get("service").asText()).isEqualTo("lean-ethlambda-0");
    assertThat(node.get("image").asText()).isEqualTo("ghcr.io/lambdaclass/ethlambda:devnet6");
    assertThat(node.get("validators").toString()).isEqualTo("[0]");
    assertThat(node.get("aggregator").asBoolean()).isTrue();
    assertThat(node.get("el").asText()).isEqualTo("el-1-ethrex-ethlambda");
    assertThat(node.get("ports").get("quic").asText()).isEqualTo("9000/udp");
    JsonNode spec = node.get("spec");
    assertThat(spec.get("image").asText()).isEqualTo("ghcr.io/lambdaclass/ethlambda:devnet6");
    assertThat(spec.get("command").get(0).asText()).isEqualTo("--genesis");
    assertThat(spec.get("mounts").get(0).get("target").asText()).isEqualTo("/config");
    assertThat(spec.get("labels").get("io.lean-devnet.node").asText()).isEqualTo("ethlambda_0");
    JsonNode el = json.get("el_nodes").get(0);
    assertThat(el.get("paired_lean").asText()).isEqualTo("ethlambda_0");
    assertThat(el.get("ports").get("engine").asText()).isEqualTo("8551/tcp");
    assertThat(json.get("metrics_services")).as("additional_services: []").isEmpty();
    assertThat(json.get("network").get("genesis_delay").asLong()).isEqualTo(60);
    assertThat(json.get("network").get("devnet").asText()).isEqualTo("devnet4");
    assertThat(json.get("warnings")).hasSize(1);
    assertThat(json.get("warnings").get(0).get("message").asText())
        .contains("tagged for devnet6 but lean_network_params.devnet is devnet4");
  }

  @Test
  void addressesShowsTheLocalLayout() {
    CliRun r = run("plan", "-f", example("quickstart.yaml"), "--addresses", "local");
    assertThat(r.exit()).isZero();
    assertThat(r.out())
        .containsPattern("lean-builtin-3 +127.0.0.1 +quic=9004 api=5054 metrics=8084 +same");
  }

  @Test
  void addressesShowsTheDockerLayoutInJson() throws IOException {
    CliRun r =
        run(
            "plan",
            "-f",
            example("ethlambda-el-pair.yaml"),
            "--json",
            "--addresses",
            "docker",
            "--subnet",
            "172.20.0.0/24");
    assertThat(r.exit()).isZero();
    JsonNode el =
        new ObjectMapper().readTree(r.out()).get("addresses").get("el-1-ethrex-ethlambda");
    assertThat(el.get("ip").asText()).isEqualTo("172.20.0.3");
    assertThat(el.get("ports").get("engine").asInt()).isEqualTo(8551);
    assertThat(el.get("host_ip").asText()).isEqualTo("172.20.0.3");
  }

  @Test
  void impossibleLayoutExitsTwo() {
    CliRun r =
        run(
            "plan",
            "-f",
            example("quickstart.yaml"),
            "--addresses",
            "docker",
            "--subnet",
            "nonsense");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err())
        .isEqualTo(
            "lean-devnet: Docker subnet 'nonsense' is not an IPv4 CIDR such"
                + " as 10.77.0.0/16"
                + System.lineSeparator());
  }

  @Test
  void invalidArgsFileExitsTwoWithEveryProblemAndNoStackTrace(@TempDir Path dir)
      throws IOException {
    Path args = dir.resolve("bad.yaml");
    Files.writeString(
        args,
        """
        participants:
          - cl_type: zeem
            count: 0
          - cl_type: zeam
            el_type: geth
        """);
    CliRun r = run("plan", "-f", args.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err().lines())
        .containsExactly(
            args
                + ":2: error: participants[0].cl_type: unknown client 'zeem' (did you mean 'zeam'?)",
            args
                + ":3: error: participants[0].count: must be at least 1, got 0 (how many nodes this"
                + " participant starts; remove the participant rather than use 0)",
            args
                + ":5: error: participants[1].el_type: zeam does not speak the Engine API, so it"
                + " cannot drive geth; only ethlambda can be paired with an execution client (set"
                + " el_type: none, or cl_type: ethlambda)",
            args + ": 3 errors; fix them and run again");
    assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void missingFileExitsTwo(@TempDir Path dir) {
    CliRun r = run("plan", "-f", dir.resolve("nope.yaml").toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("no such file").doesNotContain("Exception");
  }

  @Test
  void missingFileOptionIsAUsageError() {
    CliRun r = run("plan");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("Missing required option: '--file=ARGS'");
  }

  @Test
  void helpOfPlanHasExamples() {
    CliRun r = run("plan", "--help");
    assertThat(r.exit()).isZero();
    assertThat(r.out())
        .contains("Usage: lean-devnet plan")
        .contains("Examples:")
        .contains("lean-devnet plan -f examples/lean-devnet4.yaml")
        .contains("--json");
    CliRun root = run("--help");
    assertThat(root.out()).contains("plan").contains("Examples:");
  }

  @Test
  void unexpectedFailureIsReportedAsInternalError() {
    CommandLine cmd = LeanDevnet.commandLine();
    cmd.addSubcommand("boom", new Throwing(new IllegalStateException("kaput")));
    CliRun r = CliRun.of(cmd, "boom");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err())
        .startsWith(
            "lean-devnet: internal error (please report it):"
                + " java.lang.IllegalStateException: kaput");
    assertThat(r.err())
        .as("no stack trace unless LEAN_DEVNET_DEBUG is set")
        .doesNotContain("\tat ")
        .contains("LEAN_DEVNET_DEBUG=1");
  }

  @Test
  void userErrorPrintsOnlyItsMessage() {
    CommandLine cmd = LeanDevnet.commandLine();
    cmd.addSubcommand(
        "fail",
        new Throwing(new UserError("lean-devnet: Docker is not reachable", UserError.FAILED)));
    CliRun r = CliRun.of(cmd, "fail");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).isEqualTo("lean-devnet: Docker is not reachable" + System.lineSeparator());
  }
}
