package io.leandevnet.node.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.leandevnet.node.config.NodeConfigException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundleYamlTest {

  @TempDir Path tmp;

  @Test
  void readsTheIndicesOfOneNodeFromAnnotatedValidators() throws IOException {
    Path file =
        Files.writeString(
            tmp.resolve("annotated_validators.yaml"),
            """
                ream_0:
                  - index: 3
                    pubkey_hex: aa
                    privkey_file: validator_3_attester_key_sk.ssz
                  - index: 3
                    pubkey_hex: bb
                    privkey_file: validator_3_proposer_key_sk.ssz
                  - index: 1
                    pubkey_hex: cc
                    privkey_file: validator_1_attester_key_sk.ssz

                zeam_0:
                  []
                """);
    assertThat(BundleYaml.validatorIndices(file, "ream_0")).containsExactly(1, 3);
    assertThat(BundleYaml.validatorIndices(file, "zeam_0")).isEmpty();
    assertThatThrownBy(() -> BundleYaml.validatorIndices(file, "qlean_0"))
        .isInstanceOf(NodeConfigException.class)
        .hasMessage(
            file
                + ": no entry for node 'qlean_0' (the file lists [ream_0, zeam_0]); check --node-id");
  }

  @Test
  void aBadIndexOrAMissingFileIsNamed() throws IOException {
    Path file = Files.writeString(tmp.resolve("a.yaml"), "n_0:\n  - index: -1\n");
    assertThatThrownBy(() -> BundleYaml.validatorIndices(file, "n_0"))
        .hasMessage(file + ": n_0[0].index: expected a validator index >= 0, got -1");
    assertThatThrownBy(() -> BundleYaml.validatorIndices(tmp.resolve("none.yaml"), "n_0"))
        .hasMessage(tmp.resolve("none.yaml") + ": file not found");
    Path broken = Files.writeString(tmp.resolve("b.yaml"), "n_0: [\n");
    assertThatThrownBy(() -> BundleYaml.validatorIndices(broken, "n_0"))
        .hasMessageStartingWith(broken + ": not valid YAML");
  }

  @Test
  void readsThePortAndTheCommitteeCountFromValidatorConfig() throws IOException {
    Path file =
        Files.writeString(
            tmp.resolve("validator-config.yaml"),
            """
                shuffle: roundrobin
                config:
                  activeEpoch: 18
                  attestation_committee_count: 2
                validators:
                  - name: "zeam_0"
                    enrFields: {ip: "127.0.0.1", quic: 9001}
                  - name: "builtin_0"
                    enrFields: {ip: "127.0.0.1", quic: 9007}
                """);
    assertThat(BundleYaml.validatorConfig(file, "builtin_0"))
        .isEqualTo(new BundleYaml.ValidatorConfigEntry(OptionalInt.of(9007), OptionalInt.of(2)));
    assertThat(BundleYaml.validatorConfig(file, "other_0").quicPort()).isEmpty();
    Path bad =
        Files.writeString(tmp.resolve("bad.yaml"), "config:\n  attestation_committee_count: 0\n");
    assertThatThrownBy(() -> BundleYaml.validatorConfig(bad, "x"))
        .hasMessage(bad + ": config.attestation_committee_count: expected an integer >= 1, got 0");
  }
}
