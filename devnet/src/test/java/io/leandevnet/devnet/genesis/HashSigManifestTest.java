package io.leandevnet.devnet.genesis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HashSigManifestTest {

  @TempDir Path dir;

  @Test
  void keepsUnquotedHexWithLeadingZerosAsText() throws IOException {
    FakeHashSigKeys.write(dir, 3, 10);
    HashSigManifest m = HashSigManifest.read(dir);
    assertThat(m.numValidators()).isEqualTo(3);
    assertThat(m.logNumActiveEpochs()).isEqualTo(10);
    assertThat(m.keyScheme()).isEqualTo("SchemeAbortingTargetSumLifetime32Dim46Base8");
    assertThat(m.validators().get(0).attesterPubkeyHex())
        .isEqualTo(FakeHashSigKeys.attester(0))
        .startsWith("00a1");
    assertThat(m.pubkeys(2))
        .extracting(ValidatorPubkeys::proposalHex)
        .containsExactly(FakeHashSigKeys.proposer(0), FakeHashSigKeys.proposer(1));
    m.checkServes(dir, 3, 10);
    m.checkServes(dir, 2, 10);
  }

  @Test
  void rendersTheFirstEntriesInHashSigCliLayout() throws IOException {
    FakeHashSigKeys.write(dir, 3, 10);
    String two = HashSigManifest.read(dir).renderFirst(2);
    HashSigManifest back = HashSigManifest.parse(two, "m.yaml");
    assertThat(back.numValidators()).isEqualTo(2);
    assertThat(back.validators()).isEqualTo(HashSigManifest.read(dir).validators().subList(0, 2));
    assertThat(two)
        .contains(
            "num_validators: 2\n\nvalidators:\n  - index: 0\n    proposer_key_pubkey_hex: 0x00b2");
  }

  @Test
  void aManifestThatDoesNotCoverTheDevnetIsRefused() throws IOException {
    FakeHashSigKeys.write(dir, 2, 10);
    HashSigManifest m = HashSigManifest.read(dir);
    Path file = dir.resolve(HashSigManifest.FILE_NAME);
    assertThatThrownBy(() -> m.checkServes(dir, 3, 10))
        .hasMessage(file + ": holds keys for 2 validators, the devnet needs 3");
    assertThatThrownBy(() -> m.checkServes(dir, 2, 18))
        .hasMessage(
            file
                + ": log_num_active_epochs is 10 but config.activeEpoch is 18; use keys generated for 18");
    Files.delete(dir.resolve("validator_1_proposer_key_sk.ssz"));
    assertThatThrownBy(() -> m.checkServes(dir, 2, 10))
        .hasMessage(
            dir.resolve("validator_1_proposer_key_sk.ssz") + ": missing (key file of validator 1)");
  }

  @Test
  void publicKeyFilesMustBeFiftyTwoBytesAndMatchTheManifest() throws IOException {
    FakeHashSigKeys.write(dir, 1, 10);
    HashSigManifest m = HashSigManifest.read(dir);
    Path pk = dir.resolve("validator_0_proposer_key_pk.ssz");
    Files.write(pk, new byte[51]);
    assertThatThrownBy(() -> m.checkServes(dir, 1, 10))
        .hasMessage(pk + ": is 51 bytes, an XMSS public key is 52");
    Files.write(pk, new byte[52]);
    assertThatThrownBy(() -> m.checkServes(dir, 1, 10))
        .hasMessage(pk + ": does not hold the public key the manifest lists for validator 0");
  }

  @Test
  void badManifestsNameFileAndLine() throws IOException {
    FakeHashSigKeys.write(dir, 2, 10);
    String good = Files.readString(dir.resolve(HashSigManifest.FILE_NAME));
    assertThatThrownBy(
            () ->
                HashSigManifest.parse(
                    good.replace("num_validators: 2", "num_validators: 3"), "m.yaml"))
        .hasMessage("m.yaml:10: num_validators: says 3 validators but the list has 2");
    assertThatThrownBy(() -> HashSigManifest.parse(good.replace("0x00b2", "0xb2"), "m.yaml"))
        .hasMessage(
            "m.yaml:14: validators[0].proposer_key_pubkey_hex: an XMSS public key is 52 bytes"
                + " (104 hex digits), got 102 hex digits");
    assertThatThrownBy(() -> HashSigManifest.parse(good.replace("0x00b2", "0xzz"), "m.yaml"))
        .hasMessage(
            "m.yaml:14: validators[0].proposer_key_pubkey_hex: expected 0x followed by hex digits");
    assertThatThrownBy(
            () -> HashSigManifest.parse(good.replace("  - index: 1", "  - index: 5"), "m.yaml"))
        .hasMessage(
            "m.yaml:19: validators[1].index: expected index 1 (entries must be in validator order), got 5");
    assertThatThrownBy(
            () ->
                HashSigManifest.parse(
                    good.replace(
                        "    attester_key_privkey_file: validator_0_attester_key_sk.ssz\n", ""),
                    "m.yaml"))
        .hasMessage("m.yaml:13: validators[0].attester_key_privkey_file: is required");
    assertThatThrownBy(() -> HashSigManifest.parse("num_validators: [\n", "m.yaml"))
        .hasMessage(
            "m.yaml:1: not valid YAML: while parsing a flow node; expected the node content, but found '<stream end>'");
    assertThatThrownBy(() -> HashSigManifest.read(dir.resolve("nowhere")))
        .hasMessage(
            dir.resolve("nowhere").resolve(HashSigManifest.FILE_NAME)
                + ": no such file (expected a hash-sig-cli key directory)");
  }

  @Test
  void singleKeyManifestsAreRecognisedAndRefused() {
    String legacy =
        """
        log_num_active_epochs: 10
        num_validators: 1
        validators:
          - index: 0
            pubkey_hex: 0xabcd
            privkey_file: validator_0_sk.ssz
        """;
    assertThatThrownBy(() -> HashSigManifest.parse(legacy, "m.yaml"))
        .hasMessageStartingWith("m.yaml:4: validators[0]: single-key (pre-devnet4) manifest");
  }
}
