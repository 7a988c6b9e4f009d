package io.leandevnet.devnet.genesis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.leandevnet.crypto.enr.Enr;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ValidatorConfigYamlTest {

  private static final String HEADER =
      """
      shuffle: roundrobin
      config:
        activeEpoch: 18
      validators:
      """;

  private static final String ROW =
      """
        - name: "zeam_0"
          privkey: "bdf953adc161873ba026330c56450453f582e3c4ee6cb713644794bcfdd85fe5"
          enrFields:
            ip: "127.0.0.1"
            quic: 9001
          metricsPort: 8081
          count: 1
      """;

  @Test
  void readsLeanQuickstartsLocalDevnetConfigAsItIs() throws IOException {
    ValidatorConfig c =
        ValidatorConfigYaml.parse(
            GenesisBundleGoldenTest.resource("lq-local-devnet-validator-config.yaml"),
            "validator-config.yaml");

    assertThat(c.shuffle()).isEqualTo(ValidatorConfig.Shuffle.ROUNDROBIN);
    assertThat(c.deploymentMode()).isEqualTo("local");
    assertThat(c.config()).isEqualTo(new ValidatorConfig.ChainSettings(18, "hash-sig", 1));
    assertThat(c.validatorCount()).isEqualTo(10);
    // lean-quickstart's default local port plan (shared/research/clients.md §1.3)
    assertThat(c.validators())
        .extracting(ValidatorEntry::name)
        .containsExactly(
            "zeam_0",
            "ream_0",
            "qlean_0",
            "lantern_0",
            "lighthouse_0",
            "grandine_0",
            "ethlambda_0",
            "gean_0",
            "peam_0",
            "nlean_0");
    assertThat(c.validators())
        .extracting(v -> v.enrFields().quic())
        .containsExactly(9001, 9002, 9003, 9004, 9005, 9006, 9007, 9008, 9009, 9010);
    assertThat(c.validators())
        .extracting(ValidatorEntry::metricsPort)
        .containsExactly(8081, 8082, 8083, 8084, 8085, 8086, 8087, 8088, 8089, 8090);
    assertThat(c.validators())
        .extracting(ValidatorEntry::apiPort)
        .containsExactly(5051, 5052, 5053, 5054, 5055, 8086, 8087, 5058, 5059, 5060);
    assertThat(c.validators().get(3).httpPort()).isEqualTo(5054);
    assertThat(c.validators())
        .allMatch(
            v -> !v.isAggregator() && v.count() == 1 && v.enrFields().ip().equals("127.0.0.1"));
  }

  @Test
  void eachRowsEnrCarriesItsIpQuicPortAndKey() throws IOException {
    ValidatorConfig c =
        ValidatorConfigYaml.parse(
            GenesisBundleGoldenTest.resource("lq-local-devnet-validator-config.yaml"),
            "validator-config.yaml");
    for (ValidatorEntry v : c.validators()) {
      Enr enr = Enr.fromText(v.enrFields().sign(v.nodeKey()).toText());
      assertThat(enr.ip()).contains("127.0.0.1");
      assertThat(enr.quic()).hasValue(v.enrFields().quic());
      assertThat(enr.publicKey()).isEqualTo(v.nodeKey().publicKey());
      assertThat(enr.seq()).isEqualTo(1);
    }
  }

  @Test
  void writeProducesTheLeanQuickstartLayoutAndReadsBack() throws IOException {
    ValidatorConfig c =
        ValidatorConfigYaml.parse(
            GenesisBundleGoldenTest.resource("mixed3/validator-config.yaml"), "in.yaml");
    String written = ValidatorConfigYaml.write(c);
    assertThat(written)
        .startsWith(
            """
        shuffle: roundrobin
        deployment_mode: local
        config:
          activeEpoch: 18
          keyType: "hash-sig"
          attestation_committee_count: 1
        validators:
          - name: "zeam_0"
            privkey: "bdf953adc161873ba026330c56450453f582e3c4ee6cb713644794bcfdd85fe5"
            enrFields:
              ip: "127.0.0.1"
              quic: 9000
            metricsPort: 8081
            apiPort: 5051
            isAggregator: true
            count: 2
          - name: "ream_0"
        """);
    assertThat(ValidatorConfigYaml.parse(written, "out.yaml")).isEqualTo(c);
  }

  @Test
  void optionalFieldsAndCustomEnrEntriesAreRead() {
    ValidatorConfig c =
        ValidatorConfigYaml.parse(
            HEADER
                + """
          - name: "lantern_0"
            privkey: "d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5"
            enrFields:
              ip: "10.0.0.4"
              quic: 9000
              udp: 9001
              seq: 3
              eth2: "0x0102"
            metricsPort: 5054
            apiPort: 5052
            httpPort: 5055
            isAggregator: true
            count: 2
            subnet: 1
            devnet: "devnet4"
        """,
            "v.yaml");
    ValidatorEntry v = c.validators().get(0);
    assertThat(v.enrFields().udp()).isEqualTo(9001);
    assertThat(v.enrFields().seq()).isEqualTo(3L);
    assertThat(v.enrFields().custom()).containsEntry("eth2", "0x0102");
    assertThat(v.subnet()).isEqualTo(1);
    assertThat(v.devnet()).isEqualTo("devnet4");
    assertThat(v.httpPort()).isEqualTo(5055);
    Enr enr = v.enrFields().sign(v.nodeKey());
    assertThat(enr.seq()).isEqualTo(3);
    assertThat(enr.pairs()).containsKeys("eth2", "udp", "quic", "ip");
    assertThat(c.config().committeeCount()).isEqualTo(1);
    assertThat(ValidatorConfigYaml.parse(ValidatorConfigYaml.write(c), "w.yaml")).isEqualTo(c);
    EnrFields seqZero = new EnrFields("10.0.0.4", null, null, null, 9000, 0L, new TreeMap<>());
    assertThat(seqZero.sign(v.nodeKey()).seq())
        .as("seq 0 means 1, as in eth-beacon-genesis")
        .isEqualTo(1);
  }

  private static void assertError(String yaml, String message) {
    assertThatThrownBy(() -> ValidatorConfigYaml.parse(yaml, "vc.yaml"))
        .isInstanceOf(GenesisException.class)
        .hasMessage(message);
  }

  /**
   * {@code HEADER + ROW} with {@code from}, which stands there once, replaced by {@code to} (the
   * cells' {@code \n} are line breaks): malformed YAML, a missing field, a bad value or a key given
   * twice, each refused with the file, the line and the path.
   */
  @ParameterizedTest(name = "{2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # malformed YAML names the line
          'count: 1\n' | 'count: 1\n  - name: [unclosed\n' | vc.yaml:12: not valid YAML: while parsing a flow sequence; expected ',' or ']', but got <stream end>
          'count: 1\n' | 'count: 1\n  name: x\n'           | vc.yaml:12: not valid YAML: while parsing a block collection; expected <block end>, but found '?'
          # missing fields
          '    count: 1\n'                  | ''            | vc.yaml:5: validators[0].count: is required
          '      quic: 9001\n'              | ''            | vc.yaml:7: validators[0].enrFields.quic: is required (the node's QUIC port)
          'config:\n  activeEpoch: 18\n'    | ''            | vc.yaml:1: config: is required
          '  activeEpoch: 18\n'             | '  keyType: x\n' | vc.yaml:2: config.activeEpoch: is required
          # bad values
          count: 1    | count: two  | vc.yaml:11: validators[0].count: expected a whole number, got 'two'
          quic: 9001  | quic: 70000 | vc.yaml:9: validators[0].enrFields.quic: expected a whole number from 1 to 65535, got 70000
          bdf953      | xdf953      | vc.yaml:6: validators[0].privkey: expected 64 hex digits, found 'x' at position 1
          "127.0.0.1" | "127.0.0"   | vc.yaml:7: validators[0].enrFields: '127.0.0' is not an IPv4 address (a.b.c.d)
          zeam_0      | zeam/0      | vc.yaml:5: validators[0].name: node name 'zeam/0' must be letters, digits, '_', '.' or '-' (it names the key file)
          roundrobin  | random      | vc.yaml:1: shuffle: expected 'roundrobin' or 'none', got 'random'
          count: 1    | 'count: 1\n    isAggregator: maybe' | vc.yaml:12: validators[0].isAggregator: expected true or false, got 'maybe'
          count: 1    | count: 0    | vc.yaml:4: validators: every count is 0; a devnet needs at least one validator
          'enrFields:\n      ip: "127.0.0.1"\n      quic: 9001\n' | 'enrFields: 9001\n' | vc.yaml:7: validators[0].enrFields: expected a mapping (key: value lines), got '9001'
          # a key twice in one mapping
          count: 1    | 'count: 1\n    count: 2' | vc.yaml:12: validators[0].count: appears twice in the same mapping
          """)
  void anEditedFileIsRefusedNamingFileLineAndPath(String from, String to, String message) {
    String yaml = HEADER + ROW;
    assertThat(yaml.indexOf(from)).as("the edit's place").isNotNegative();
    assertThat(yaml.lastIndexOf(from)).as("only one place").isEqualTo(yaml.indexOf(from));
    assertError(yaml.replace(from, to), message);
  }

  @Test
  void aRepeatedNodeNameIsRefusedNamingBothLines() {
    assertError(
        HEADER + ROW + ROW,
        "vc.yaml:12: validators[1].name: node name 'zeam_0' is already used at line 5");
  }

  @Test
  void unreadableFilesAreClearErrors(@TempDir Path dir) throws IOException {
    assertThatThrownBy(() -> ValidatorConfigYaml.read(dir.resolve("nope.yaml")))
        .hasMessage(dir.resolve("nope.yaml") + ": no such file");
    assertThatThrownBy(() -> ValidatorConfigYaml.read(dir))
        .hasMessageStartingWith(dir + ": cannot read:");
    Files.write(dir.resolve("bin.yaml"), new byte[] {(byte) 0xff, (byte) 0xfe, 0});
    assertThatThrownBy(() -> ValidatorConfigYaml.read(dir.resolve("bin.yaml")))
        .hasMessage(dir.resolve("bin.yaml") + ": not a UTF-8 text file");
    Files.writeString(dir.resolve("empty.yaml"), "");
    assertThatThrownBy(() -> ValidatorConfigYaml.read(dir.resolve("empty.yaml")))
        .hasMessage(dir.resolve("empty.yaml") + ":1: the file is empty");
    Files.writeString(dir.resolve("list.yaml"), "- a\n- b\n");
    assertThatThrownBy(() -> ValidatorConfigYaml.read(dir.resolve("list.yaml")))
        .hasMessage(
            dir.resolve("list.yaml") + ":1: expected a mapping (key: value lines), got a list");
  }

  @Test
  void unknownKeysAreIgnoredAsTheGoAndYqToolsDo() {
    ValidatorConfig c = ValidatorConfigYaml.parse(HEADER + ROW + "    ansibleHost: x\n", "vc.yaml");
    assertThat(c.validators()).hasSize(1);
    assertThat(List.of(c.validators().get(0).name())).containsExactly("zeam_0");
  }
}
