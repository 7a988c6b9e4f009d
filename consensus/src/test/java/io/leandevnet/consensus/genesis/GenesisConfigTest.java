package io.leandevnet.consensus.genesis;

import static io.leandevnet.consensus.genesis.GenesisTest.KEY_A;
import static io.leandevnet.consensus.genesis.GenesisTest.KEY_B;
import static io.leandevnet.consensus.genesis.GenesisTest.KEY_C;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.leandevnet.ssz.Bytes32;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenesisConfigTest {
  /** ethlambda's test config (quickstart shape: quoted, no 0x, extra keys). */
  static final String ETHLAMBDA_YAML =
      """
      # Genesis Settings
      GENESIS_TIME: 1770407233

      # Key Settings
      ACTIVE_EPOCH: 18

      # Validator Settings
      VALIDATOR_COUNT: 3

      # Genesis Validator Pubkeys
      GENESIS_VALIDATORS:
          - attestation_pubkey: "%s"
            proposal_pubkey: "%s"
          - attestation_pubkey: "%s"
            proposal_pubkey: "%s"
          - attestation_pubkey: "%s"
            proposal_pubkey: "%s"
      """
          .formatted(KEY_A, KEY_B, KEY_C, KEY_A, KEY_B, KEY_C);

  @Test
  void ethlambdaConfigGivesThePinnedGenesisRoot(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("config.yaml");
    Files.writeString(file, ETHLAMBDA_YAML);
    GenesisConfig config = GenesisConfig.load(file);
    assertThat(config.genesisTime()).isEqualTo(1770407233L);
    assertThat(config.validators()).hasSize(3);
    assertThat(config.validators().get(2).index()).isEqualTo(2);
    assertThat(config.genesisState().hashTreeRoot())
        .isEqualTo(
            Bytes32.fromHex("babcdc9235a29dfc0d605961df51cfc85732f85291c2beea8b7510a92ec458fe"));
  }

  @Test
  void acceptsBothSpellingsWithOrWithout0xQuotedOrNot() {
    String yaml =
        """
        GENESIS_TIME: 1770407233
        GENESIS_VALIDATORS:
          - attestation_public_key: 0x%s
            proposal_public_key: '%s'
          - attestation_pubkey: %s
            proposal_pubkey: 0x%s
          - attestation_pubkey: "0x%s"
            proposal_pubkey: %s
        """
            .formatted(KEY_A, KEY_B, KEY_C, KEY_A, KEY_B, KEY_C);
    GenesisConfig config = GenesisConfig.parse(yaml, "config.yaml");
    assertThat(config.genesisState().hashTreeRoot())
        .isEqualTo(
            Bytes32.fromHex("babcdc9235a29dfc0d605961df51cfc85732f85291c2beea8b7510a92ec458fe"));
  }

  @Test
  void unquotedAllDigitHexIsReadAsHexNotAsANumber() {
    String digits = "1".repeat(104);
    String yaml =
        "GENESIS_TIME: 5\nGENESIS_VALIDATORS:\n  - attestation_pubkey: "
            + digits
            + "\n    proposal_pubkey: "
            + digits
            + "\n";
    GenesisConfig config = GenesisConfig.parse(yaml, "c.yaml");
    assertThat(config.validators().get(0).attestationPubkey().toHex()).isEqualTo("0x" + digits);
  }

  @Test
  void errorsNameFileLineAndField() {
    String shortKey =
        """
        GENESIS_TIME: 1
        GENESIS_VALIDATORS:
          - attestation_pubkey: "%s"
            proposal_pubkey: "abcd"
        """
            .formatted(KEY_A);
    assertThatThrownBy(() -> GenesisConfig.parse(shortKey, "config.yaml"))
        .isInstanceOf(GenesisConfigException.class)
        .hasMessage(
            "config.yaml:4: GENESIS_VALIDATORS[0].proposal_pubkey: expected 52 bytes "
                + "(104 hex digits), got 2 bytes");
    assertThatThrownBy(
            () -> GenesisConfig.parse("GENESIS_TIME: soon\nGENESIS_VALIDATORS: []\n", "c.yaml"))
        .hasMessage("c.yaml:1: GENESIS_TIME: expected a non-negative integer, got 'soon'");
    assertThatThrownBy(() -> GenesisConfig.parse("GENESIS_TIME: 1\n", "c.yaml"))
        .hasMessageStartingWith("c.yaml: GENESIS_VALIDATORS: missing");
    assertThatThrownBy(
            () ->
                GenesisConfig.parse(
                    "GENESIS_TIME: 1\nGENESIS_VALIDATORS:\n  - " + "attestation_pubkey: zz\n",
                    "c.yaml"))
        .hasMessageStartingWith("c.yaml:3: GENESIS_VALIDATORS[0].attestation_pubkey: not a hex");
    assertThatThrownBy(
            () ->
                GenesisConfig.parse(
                    "GENESIS_TIME: 1\nGENESIS_VALIDATORS:\n  - \"" + KEY_A + "\"\n", "c.yaml"))
        .hasMessageContaining("c.yaml:3: GENESIS_VALIDATORS[0]: expected {attestation_pubkey");
    assertThatThrownBy(
            () ->
                GenesisConfig.parse(
                    "GENESIS_TIME: 1\nNUM_VALIDATORS: 2\n" + "GENESIS_VALIDATORS: []\n", "c.yaml"))
        .hasMessage(
            "c.yaml:2: NUM_VALIDATORS: 2 does not match the 0 entries of " + "GENESIS_VALIDATORS");
  }

  @Test
  void rejectsMoreThan4096Validators() {
    StringBuilder yaml = new StringBuilder("GENESIS_TIME: 1\nGENESIS_VALIDATORS:\n");
    for (int i = 0; i < 4097; i++) {
      yaml.append("  - {attestation_pubkey: \"")
          .append(KEY_A)
          .append("\", proposal_pubkey: \"")
          .append(KEY_B)
          .append("\"}\n");
    }
    assertThatThrownBy(() -> GenesisConfig.parse(yaml.toString(), "big.yaml"))
        .hasMessage(
            "big.yaml:4099: GENESIS_VALIDATORS[4096]: more than 4096 validators "
                + "(VALIDATOR_REGISTRY_LIMIT)");
  }

  @Test
  void missingFileIsNamed(@TempDir Path dir) {
    assertThatThrownBy(() -> GenesisConfig.load(dir.resolve("nope.yaml")))
        .hasMessageEndingWith("nope.yaml: file not found");
  }
}
