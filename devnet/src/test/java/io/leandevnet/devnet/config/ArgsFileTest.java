package io.leandevnet.devnet.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.leandevnet.crypto.xmss.XmssSchemeKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ArgsFileTest {

  static final Path EXAMPLES = Path.of("..", "examples");

  static ArgsFile.Valid valid(String yaml) {
    ArgsFile.Result r = ArgsFile.parse(yaml);
    assertThat(r).as("%s", r.problems()).isInstanceOf(ArgsFile.Valid.class);
    return (ArgsFile.Valid) r;
  }

  static List<String> messages(ArgsFile.Result r, Problem.Severity severity) {
    return r.problems().stream()
        .filter(p -> p.severity() == severity)
        .map(Problem::toString)
        .toList();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "lean-devnet4.yaml",
        "lean-smoke.yaml",
        "ethlambda-el-pair.yaml",
        "ethlambda-el-pair-2node.yaml",
        "ethlambda-el-all-clients.yaml",
        "quickstart.yaml"
      })
  void everyExampleIsValidWithoutWarnings(String name) {
    ArgsFile.Result r = ArgsFile.read(EXAMPLES.resolve(name));
    assertThat(r).isInstanceOf(ArgsFile.Valid.class);
    assertThat(r.problems()).isEmpty();
  }

  @Test
  void defaultsFillEveryOmittedKey() {
    DevnetSpec spec = valid("participants:\n  - cl_type: zeam\n    is_aggregator: true\n").spec();
    Participant p = spec.participants().getFirst();
    assertThat(p.clType()).isEqualTo(LeanClient.ZEAM);
    assertThat(p.cl().image()).isEmpty();
    assertThat(p.el()).isEmpty();
    assertThat(p.count()).isEqualTo(1);
    assertThat(p.validatorCount()).isEqualTo(1);
    assertThat(p.cl().logLevel()).isEqualTo(LogLevel.INFO);
    assertThat(p.cl().resources()).isEqualTo(Resources.NONE);
    assertThat(spec.network()).isEqualTo(NetworkParams.DEFAULTS);
    assertThat(spec.network().genesisDelay()).isEqualTo(60);
    assertThat(spec.network().logNumActiveEpochs()).isEqualTo(18);
    assertThat(spec.network().metricsEnabled()).isTrue();
    assertThat(spec.additionalServices())
        .as("without additional_services: ethereum-package's default, the metrics stack")
        .containsExactlyInAnyOrder(AdditionalService.PROMETHEUS, AdditionalService.GRAFANA);
  }

  @Test
  void everyKeyIsRead() {
    DevnetSpec spec =
        valid(
                """
        participants:
          - cl_type: ethlambda
            cl_image: ghcr.io/lambdaclass/ethlambda:devnet6
            el_type: ethrex
            el_image: ethrex:local
            count: 2
            validator_count: 3
            is_aggregator: true
            cl_extra_params: ["--max-attestations-per-block=5", 7]
            cl_extra_env_vars: {RUST_LOG: debug, N: 3}
            el_extra_params: ["--syncmode=full"]
            el_extra_env_vars: {X: y}
            cl_log_level: debug
            el_log_level: warn
            cl_min_cpu: 100
            cl_max_cpu: 2000
            cl_min_mem: 256
            cl_max_mem: 4096
            el_min_cpu: 1
            el_max_cpu: 2
            el_min_mem: 3
            el_max_mem: 4
        lean_network_params:
          genesis_delay: 30
          genesis_time: 1763712794
          active_epoch: 10
          attestation_committee_count: 2
          num_validator_keys_per_node: 5
          metrics_enabled: false
          genesis_generator_image: gen:1
          hash_sig_cli_image: hsc:2
          public_port_start: 40000
          devnet: devnet5
        additional_services: [dashboard]
        """)
            .spec();
    Participant p = spec.participants().getFirst();
    assertThat(p.cl().image()).contains("ghcr.io/lambdaclass/ethlambda:devnet6");
    assertThat(p.count()).isEqualTo(2);
    assertThat(p.validatorCount()).isEqualTo(3);
    assertThat(p.aggregator()).isTrue();
    assertThat(p.cl().extraParams()).containsExactly("--max-attestations-per-block=5", "7");
    assertThat(p.cl().extraEnv()).containsEntry("RUST_LOG", "debug").containsEntry("N", "3");
    assertThat(p.cl().logLevel()).isEqualTo(LogLevel.DEBUG);
    assertThat(p.cl().resources()).isEqualTo(new Resources(100, 2000, 256, 4096));
    Execution el = p.el().orElseThrow();
    assertThat(el.type()).isEqualTo(ElClient.ETHREX);
    assertThat(el.settings().image()).contains("ethrex:local");
    assertThat(el.settings().extraParams()).containsExactly("--syncmode=full");
    assertThat(el.settings().extraEnv()).containsExactly(Map.entry("X", "y"));
    assertThat(el.settings().logLevel()).isEqualTo(LogLevel.WARN);
    assertThat(el.settings().resources()).isEqualTo(new Resources(1, 2, 3, 4));
    assertThat(spec.network())
        .isEqualTo(
            new NetworkParams(
                30,
                1763712794,
                10,
                2,
                5,
                false,
                "gen:1",
                "hsc:2",
                40000,
                XmssSchemeKind.DEVNET4,
                DevnetProfile.DEVNET5));
    assertThat(spec.additionalServices()).containsExactly(AdditionalService.DASHBOARD);
  }

  @Test
  void validatorCountDefaultsToKeysPerNode() {
    DevnetSpec spec =
        valid(
                """
        participants: [{cl_type: zeam, is_aggregator: true}, {cl_type: ream, validator_count: 2}]
        lean_network_params: {num_validator_keys_per_node: 4}
        """)
            .spec();
    assertThat(spec.participants()).extracting(Participant::validatorCount).containsExactly(4, 2);
    assertThat(spec.validatorCount()).isEqualTo(6);
  }

  @Test
  void executionDefaultImages() {
    assertThat(ElClient.GETH.defaultImage()).isEqualTo("ethereum/client-go:latest");
    DevnetSpec spec =
        valid(
                "participants: [{cl_type: ethlambda, el_type: nethermind,"
                    + " is_aggregator: true}]\n")
            .spec();
    assertThat(spec.participants().getFirst().el().orElseThrow().settings().image()).isEmpty();
  }

  @Test
  void nullAndEmptyValuesMeanDefault() {
    DevnetSpec spec =
        valid(
                """
        participants:
          - cl_type: qlean
            cl_image: ""
            count: ~
            el_type:
            is_aggregator: true
          - cl_type: zeam
            el_type: ""
        lean_network_params:
        """)
            .spec();
    assertThat(spec.participants()).allMatch(p -> p.el().isEmpty());
    assertThat(spec.participants().getFirst().cl().image()).isEmpty();
    assertThat(spec.participants().getFirst().count()).isEqualTo(1);
    assertThat(spec.network()).isEqualTo(NetworkParams.DEFAULTS);
  }

  @Test
  void everyProblemIsReportedInOnePassInFileOrderWithLines() {
    ArgsFile.Result r =
        ArgsFile.parse(
            """
        participants:
          - cl_type: zeem
            count: 0
          - cl_type: zeam
            el_type: geth
        lean_network_params:
          active_epoch: 99
        additional_services: [dora]
        """);
    assertThat(r).isInstanceOf(ArgsFile.Invalid.class);
    assertThat(r.problems())
        .extracting(Problem::path, Problem::line)
        .containsExactly(
            tuple("participants[0].cl_type", 2),
            tuple("participants[0].count", 3),
            tuple("participants[1].el_type", 5),
            tuple("lean_network_params.active_epoch", 7),
            tuple("additional_services[0]", 8));
  }

  @Test
  void elKeysWithoutElAreIgnoredWithAWarning() {
    ArgsFile.Valid v =
        valid("participants: [{cl_type: zeam, el_image: geth:x, is_aggregator:" + " true}]\n");
    assertThat(messages(v, Problem.Severity.WARNING))
        .containsExactly(
            "participants[0].el_image: ignored because el_type is none (this participant runs no"
                + " execution client)");
  }

  @Test
  void kurtosisOnlyKeysAreIgnoredWithAWarning() {
    ArgsFile.Valid v =
        valid("participants: [{cl_type: zeam, is_aggregator: true, cl_extra_labels:" + " {}}]\n");
    assertThat(messages(v, Problem.Severity.WARNING))
        .containsExactly(
            "participants[0].cl_extra_labels: ignored: lean-devnet does not use this ethereum-package"
                + " key");
  }

  @Test
  void exactly4096ValidatorsIsAllowed() {
    DevnetSpec spec =
        valid(
                "participants: [{cl_type: builtin, count: 4, validator_count: 1024,"
                    + " is_aggregator: true}]\nlean_network_params: {attestation_committee_count: 4}\n")
            .spec();
    assertThat(spec.validatorCount()).isEqualTo(DevnetSpec.MAX_VALIDATORS);
  }

  @Test
  void prometheusGrafanaIsAcceptedAsEthereumPackageSpellsIt() {
    DevnetSpec spec =
        valid(
                "participants: [{cl_type: zeam, is_aggregator: true}]\n"
                    + "additional_services: [prometheus_grafana]\n")
            .spec();
    assertThat(spec.additionalServices())
        .containsExactlyInAnyOrder(AdditionalService.PROMETHEUS, AdditionalService.GRAFANA);
  }

  @Test
  void missingFileAndDirectoryAreClearErrors(@TempDir Path dir) throws IOException {
    assertThat(ArgsFile.read(dir.resolve("nope.yaml")).problems())
        .extracting(Problem::message)
        .containsExactly("no such file: " + dir.resolve("nope.yaml"));
    assertThat(ArgsFile.read(dir).problems())
        .extracting(Problem::message)
        .containsExactly(dir + " is a directory; give the path of a YAML args file");
    Path binary = dir.resolve("bin.yaml");
    Files.write(binary, new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1});
    assertThat(ArgsFile.read(binary).problems())
        .extracting(Problem::message)
        .containsExactly(binary + " is not UTF-8 text; an args file is YAML");
  }

  @Test
  void tenExecutionClientsWithAShortGenesisDelayGetAWarning() {
    String ten =
        "participants: [{cl_type: ethlambda, el_type: geth, count: 10, is_aggregator: true}]\n";
    assertThat(
            messages(
                valid(ten + "lean_network_params: {genesis_delay: 60}\n"),
                Problem.Severity.WARNING))
        .contains(
            "lean_network_params.genesis_delay: 60 s for 10 execution clients: with 10 or more,"
                + " genesis came before they all answered (seen with the seed's all-clients"
                + " file); set genesis_delay: 180 or more");
    assertThat(
            messages(
                valid(ten + "lean_network_params: {genesis_delay: 180}\n"),
                Problem.Severity.WARNING))
        .noneMatch(m -> m.contains("genesis_delay"));
    String nine =
        "participants: [{cl_type: ethlambda, el_type: geth, count: 9, is_aggregator: true}]\n";
    assertThat(
            messages(
                valid(nine + "lean_network_params: {genesis_delay: 60}\n"),
                Problem.Severity.WARNING))
        .noneMatch(m -> m.contains("genesis_delay"));
    assertThat(
            messages(
                ArgsFile.read(EXAMPLES.resolve("ethlambda-el-all-clients.yaml")),
                Problem.Severity.WARNING))
        .noneMatch(m -> m.contains("genesis_delay"));
  }

  @Test
  void genesisTimeZeroMeansLaunchPlusDelay() {
    NetworkParams n =
        valid(
                "participants: [{cl_type: zeam, is_aggregator: true}]\n"
                    + "lean_network_params: {genesis_delay: 30}\n")
            .spec()
            .network();
    assertThat(n.genesisTime(Instant.ofEpochSecond(1000))).isEqualTo(1030);
    NetworkParams fixed =
        new NetworkParams(
            30, 5000, 18, 1, 1, true, "a", "b", 0, XmssSchemeKind.DEVNET4, DevnetProfile.DEVNET4);
    assertThat(fixed.genesisTime(Instant.ofEpochSecond(1000))).isEqualTo(5000);
  }

  @Test
  void xmssSchemeIsSmallForBuiltinOnlyDevnetsAndDevnet4Otherwise() {
    NetworkParams builtin =
        valid("participants: [{cl_type: builtin, count: 4, is_aggregator: true}]\n")
            .spec()
            .network();
    assertThat(builtin.xmssScheme()).isEqualTo(XmssSchemeKind.SMALL);
    assertThat(builtin.logNumActiveEpochs()).isEqualTo(12);
    NetworkParams mixed =
        valid("participants: [{cl_type: builtin, is_aggregator: true}, {cl_type: zeam}]\n")
            .spec()
            .network();
    assertThat(mixed.xmssScheme()).isEqualTo(XmssSchemeKind.DEVNET4);
    assertThat(mixed.logNumActiveEpochs()).isEqualTo(18);
    NetworkParams chosen =
        valid(
                "participants: [{cl_type: builtin, is_aggregator: true}]\n"
                    + "lean_network_params: {xmss_scheme: devnet4, active_epoch: 16}\n")
            .spec()
            .network();
    assertThat(chosen.xmssScheme()).isEqualTo(XmssSchemeKind.DEVNET4);
    assertThat(chosen.logNumActiveEpochs()).isEqualTo(16);
  }

  @Test
  void smallXmssKeysAreRefusedForOtherClientsAndLongLifetimes() {
    assertThat(
            ArgsFile.parse(
                "participants: [{cl_type: zeam, is_aggregator: true}]\n"
                    + "lean_network_params: {xmss_scheme: small}\n"))
        .isInstanceOfSatisfying(
            ArgsFile.Invalid.class,
            i ->
                assertThat(i.problems())
                    .extracting(Problem::toString)
                    .contains(
                        "participants[0].cl_type: zeam cannot read small XMSS keys (xmss_scheme: small is for built-in nodes only);"
                            + " set lean_network_params.xmss_scheme: devnet4"));
    assertThat(
            ArgsFile.parse(
                "participants: [{cl_type: builtin, is_aggregator: true}]\n"
                    + "lean_network_params: {active_epoch: 18}\n"))
        .isInstanceOfSatisfying(
            ArgsFile.Invalid.class,
            i ->
                assertThat(i.problems())
                    .extracting(Problem::toString)
                    .anyMatch(
                        m ->
                            m.startsWith(
                                "lean_network_params.active_epoch: small XMSS keys live 2^16 slots")));
    assertThat(
            ArgsFile.parse(
                "participants: [{cl_type: builtin, is_aggregator: true}]\n"
                    + "lean_network_params: {xmss_scheme: smal}\n"))
        .isInstanceOfSatisfying(
            ArgsFile.Invalid.class,
            i ->
                assertThat(i.problems())
                    .extracting(Problem::toString)
                    .anyMatch(m -> m.contains("did you mean 'small'?")));
  }
}
