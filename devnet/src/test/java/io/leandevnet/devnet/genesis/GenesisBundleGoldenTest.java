package io.leandevnet.devnet.genesis;

import static org.assertj.core.api.Assertions.assertThat;

import io.leandevnet.crypto.hashsig.HashSigKeyDir;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The bundle of a mixed 3-client devnet compared file by file with golden files written by hand
 * from the formats of lean-quickstart's generate-genesis.sh and eth-beacon-genesis
 * (src/test/resources/.../mixed3). Its nodes.yaml is the one eth-beacon-genesis wrote for these
 * keys in lean-quickstart commit 9304ad9.
 */
class GenesisBundleGoldenTest {

  @TempDir Path tmp;
  private Path bundle;

  static String resource(String name) throws IOException {
    try (InputStream in = GenesisBundleGoldenTest.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @BeforeEach
  void writeBundle() throws IOException {
    String text = resource("mixed3/validator-config.yaml");
    ValidatorConfig config = ValidatorConfigYaml.parse(text, "validator-config.yaml");
    Path keys = FakeHashSigKeys.write(tmp.resolve("keys"), 5, 18);
    bundle = tmp.resolve("genesis");
    new GenesisBundleWriter(
            new PregeneratedKeys(keys), Optional.empty(), new SecureRandom(), Clock.systemUTC())
        .write(new GenesisBundleWriter.Request(config, text, 1763712794L, false, false), bundle);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "nodes.yaml",
        "validators.yaml",
        "config.yaml",
        "annotated_validators.yaml",
        "validator-config.yaml"
      })
  void fileMatchesItsGolden(String file) throws IOException {
    assertThat(Files.readString(bundle.resolve(file))).isEqualTo(resource("mixed3/" + file));
  }

  @Test
  void nodeKeysAreThePrivkeysWithANewlineAndOwnerOnly() throws IOException {
    assertThat(Files.readString(bundle.resolve("zeam_0.key")))
        .isEqualTo("bdf953adc161873ba026330c56450453f582e3c4ee6cb713644794bcfdd85fe5\n");
    assertThat(Files.readString(bundle.resolve("qlean_0.key")))
        .isEqualTo("c2bbdac5e876b3e9d4b8b6b8c2bbdac5e876b3e9d4b8b6b8c2bbdac5e876b3e9\n");
    assertThat(
            PosixFilePermissions.toString(
                Files.getPosixFilePermissions(bundle.resolve("ream_0.key"))))
        .isEqualTo("rw-------");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(bundle)))
        .isEqualTo("rwxr-xr-x");
  }

  @Test
  void hashSigKeysHoldEveryValidatorsFilesAndTheManifest() throws IOException {
    Path keys = bundle.resolve("hash-sig-keys");
    for (int i = 0; i < 5; i++) {
      for (String f : HashSigKeyDir.keyFiles(i)) {
        assertThat(keys.resolve(f)).isRegularFile();
      }
    }
    assertThat(Files.readString(keys.resolve(HashSigKeyDir.MANIFEST)))
        .isEqualTo(Files.readString(tmp.resolve("keys").resolve(HashSigKeyDir.MANIFEST)));
    assertThat(bundle.resolve("genesis.ssz")).doesNotExist();
    assertThat(bundle.resolve("jwtsecret")).doesNotExist();
    assertThat(bundle.resolve(GenesisBundleWriter.MARKER)).isRegularFile();
  }

  @Test
  void leavesNoTemporaryDirectoryBehind() throws IOException {
    try (var entries = Files.list(tmp)) {
      assertThat(entries.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("keys", "genesis");
    }
  }
}
