package io.leandevnet.devnet.genesis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.leandevnet.crypto.enr.Enr;
import io.leandevnet.crypto.hashsig.HashSigKeyDir;
import io.leandevnet.crypto.hashsig.HashSigManifest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenesisBundleWriterTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC);

  @TempDir Path tmp;
  private Path keys;
  private String text;
  private ValidatorConfig config;

  @BeforeEach
  void setUp() throws IOException {
    keys = FakeHashSigKeys.write(tmp.resolve("keys"), 5, 18);
    text = GenesisBundleGoldenTest.resource("mixed3/validator-config.yaml");
    config = ValidatorConfigYaml.parse(text, "validator-config.yaml");
  }

  private GenesisBundleWriter writer(XmssKeySource source) {
    return new GenesisBundleWriter(source, Optional.empty(), new SecureRandom(), CLOCK);
  }

  private GenesisBundle write(Path dir, boolean force) {
    return writer(new PregeneratedKeys(keys))
        .write(new GenesisBundleWriter.Request(config, text, 1000, false, force), dir);
  }

  private List<String> siblings() throws IOException {
    try (Stream<Path> s = Files.list(tmp)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void reportsEveryNodeWithItsIndicesEnrAndPeerId() {
    GenesisBundle b = write(tmp.resolve("g"), false);
    assertThat(b.validatorCount()).isEqualTo(5);
    assertThat(b.nodes())
        .extracting(GenesisBundle.Node::name)
        .containsExactly("zeam_0", "ream_0", "qlean_0");
    GenesisBundle.Node zeam = b.nodes().get(0);
    assertThat(zeam.validators()).containsExactly(0, 3);
    assertThat(zeam.peerId()).isEqualTo("16Uiu2HAkvi2sxT75Bpq1c7yV2FjnSQJJ432d6jeshbmfdJss1i6f");
    assertThat(zeam.quicAddress()).isEqualTo("127.0.0.1:9000");
    assertThat(Enr.fromText(zeam.enr()).quic()).hasValue(9000);
    assertThat(b.stateWritten()).isFalse();
    assertThat(b.movedAside()).isEmpty();
  }

  @Test
  void aFailedRunLeavesNoBundleAndNoPartialDirectory() throws IOException {
    XmssKeySource failing =
        (count, log, dir) -> {
          Files.writeString(dir.resolve("half-written"), "x");
          throw new GenesisException("key generation failed");
        };
    assertThatThrownBy(
            () ->
                writer(failing)
                    .write(
                        new GenesisBundleWriter.Request(config, text, 1000, false, false),
                        tmp.resolve("g")))
        .hasMessage("key generation failed");
    assertThat(siblings()).containsExactly("keys");
  }

  @Test
  void aFailedRunKeepsThePreviousBundleIntact() throws IOException {
    write(tmp.resolve("g"), false);
    String before = Files.readString(tmp.resolve("g/config.yaml"));
    Files.delete(keys.resolve("validator_4_attester_key_sk.ssz"));
    Files.delete(tmp.resolve("g/hash-sig-keys/validator_4_attester_key_sk.ssz"));
    assertThatThrownBy(
            () ->
                writer(new PregeneratedKeys(keys))
                    .write(
                        new GenesisBundleWriter.Request(config, text, 2000, false, false),
                        tmp.resolve("g")))
        .hasMessageContaining("validator_4_attester_key_sk.ssz: missing");
    assertThat(Files.readString(tmp.resolve("g/config.yaml"))).isEqualTo(before);
    assertThat(siblings()).containsExactly("g", "keys");
  }

  @Test
  void aDirectoryWithOtherFilesIsRefusedWithoutForce() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("g"));
    Files.writeString(dir.resolve("notes.txt"), "mine");
    assertThatThrownBy(() -> write(dir, false))
        .isInstanceOf(GenesisException.class)
        .hasMessage(
            dir
                + ": already holds other files; pass --force to replace it"
                + " (its content is moved to g.replaced-<time>)");
    assertThat(Files.readString(dir.resolve("notes.txt"))).isEqualTo("mine");
    assertThat(siblings()).containsExactly("g", "keys");

    GenesisBundle b = write(dir, true);
    assertThat(b.movedAside()).contains(tmp.resolve("g.replaced-20260102-030405"));
    assertThat(Files.readString(tmp.resolve("g.replaced-20260102-030405/notes.txt")))
        .isEqualTo("mine");
    assertThat(dir.resolve("nodes.yaml")).isRegularFile();
  }

  @Test
  void anotherDevnetsBundleIsRefusedWithoutForceAndMovedAsideWithForce() throws IOException {
    Path dir = tmp.resolve("g");
    write(dir, false);
    String otherText =
        text.replace(
            "bdf953adc161873ba026330c56450453f582e3c4ee6cb713644794bcfdd85fe5",
            "299550529a79bc2dce003747c52fb0639465c893e00b0440ac66144d625e066a");
    ValidatorConfig other = ValidatorConfigYaml.parse(otherText, "other.yaml");
    GenesisBundleWriter.Request request =
        new GenesisBundleWriter.Request(other, otherText, 1000, false, false);
    assertThatThrownBy(() -> writer(new PregeneratedKeys(keys)).write(request, dir))
        .hasMessageContaining("already holds another devnet's genesis bundle; pass --force");

    GenesisBundle b =
        writer(new PregeneratedKeys(keys))
            .write(new GenesisBundleWriter.Request(other, otherText, 1000, false, true), dir);
    Path aside = tmp.resolve("g.replaced-20260102-030405");
    assertThat(b.movedAside()).contains(aside);
    assertThat(Files.readString(aside.resolve("zeam_0.key")))
        .isEqualTo("bdf953adc161873ba026330c56450453f582e3c4ee6cb713644794bcfdd85fe5\n");
    assertThat(Files.readString(dir.resolve("zeam_0.key")))
        .isEqualTo("299550529a79bc2dce003747c52fb0639465c893e00b0440ac66144d625e066a\n");
  }

  @Test
  void rerunningForTheSameDevnetReusesItsKeysAndReplacesTheRest() throws IOException {
    Path dir = tmp.resolve("g");
    write(dir, false);
    String changed = text.replace("quic: 9002", "quic: 9102");
    GenesisBundle b =
        writer(
                (count, log, d) -> {
                  throw new AssertionError("the existing keys should have been reused");
                })
            .write(
                new GenesisBundleWriter.Request(
                    ValidatorConfigYaml.parse(changed, "v.yaml"), changed, 2000, false, false),
                dir);
    assertThat(b.keysReused()).isTrue();
    assertThat(b.movedAside()).isEmpty();
    assertThat(Files.readString(dir.resolve("config.yaml"))).contains("GENESIS_TIME: 2000\n");
    assertThat(Files.readString(dir.resolve("validator-config.yaml"))).contains("quic: 9102");
    assertThat(siblings()).containsExactly("g", "keys");
  }

  @Test
  void rerunWithMoreValidatorsThanTheOldKeysCoverAsksTheKeySourceAndKeepsTheOldKeys()
      throws IOException {
    Path dir = tmp.resolve("g");
    String three = text.replace("count: 2", "count: 1");
    writer(new PregeneratedKeys(keys))
        .write(
            new GenesisBundleWriter.Request(
                ValidatorConfigYaml.parse(three, "v.yaml"), three, 1000, false, false),
            dir);
    assertThat(Files.exists(dir.resolve("hash-sig-keys/validator_3_attester_key_sk.ssz")))
        .isFalse();
    GenesisBundle b = write(dir, false);
    assertThat(b.keysReused()).isFalse();
    assertThat(dir.resolve("hash-sig-keys/validator_4_proposer_key_sk.ssz")).isRegularFile();
    // the previous keys are the first three of the same source, so all are carried over
    assertThat(b.movedAside()).isEmpty();
  }

  @Test
  void anEmptyDirectoryIsUsed() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("g"));
    write(dir, false);
    assertThat(dir.resolve("nodes.yaml")).isRegularFile();
  }

  @Test
  void aFileInThePlaceOfTheDirectoryIsAnError() throws IOException {
    Path file = Files.writeString(tmp.resolve("g"), "x");
    assertThatThrownBy(() -> write(file, false))
        .hasMessage(file + ": exists and is not a directory");
  }

  @Test
  void keysFromALargerDirectoryAreTrimmedToTheDevnet() throws IOException {
    Path big = FakeHashSigKeys.write(tmp.resolve("big"), 8, 18);
    Path dir = tmp.resolve("g");
    writer(new PregeneratedKeys(big))
        .write(new GenesisBundleWriter.Request(config, text, 1000, false, false), dir);
    HashSigManifest m = HashSigKeyDir.open(dir.resolve("hash-sig-keys")).manifest();
    assertThat(m.numValidators()).isEqualTo(5);
    assertThat(dir.resolve("hash-sig-keys/validator_5_attester_key_pk.ssz")).doesNotExist();
    Path copied = dir.resolve("hash-sig-keys/validator_0_attester_key_sk.ssz");
    assertThat(Files.isSameFile(big.resolve("validator_0_attester_key_sk.ssz"), copied))
        .as("a copy: a client rewriting its key must not change the source")
        .isFalse();
    assertThat(Files.mismatch(big.resolve("validator_0_attester_key_sk.ssz"), copied))
        .isEqualTo(-1);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(copied)))
        .isEqualTo("rw-------");
  }

  @Test
  void pregeneratedKeysThatDoNotFitAreRefusedBeforeAnythingIsWritten() throws IOException {
    Path small = FakeHashSigKeys.write(tmp.resolve("small"), 4, 18);
    assertThatThrownBy(
            () ->
                writer(new PregeneratedKeys(small))
                    .write(
                        new GenesisBundleWriter.Request(config, text, 1000, false, false),
                        tmp.resolve("g")))
        .hasMessage(
            small.resolve(HashSigKeyDir.MANIFEST)
                + ": holds keys for 4 validators, the devnet needs 5");
    assertThatThrownBy(
            () ->
                writer(new PregeneratedKeys(tmp.resolve("none")))
                    .write(
                        new GenesisBundleWriter.Request(config, text, 1000, false, false),
                        tmp.resolve("g")))
        .hasMessageContaining(
            "not a directory (--keys-dir expects hash-sig-cli's output directory)");
    assertThat(siblings()).containsExactly("keys", "small");
  }

  @Test
  void jwtSecretIsThirtyTwoRandomBytesOwnerOnlyAndKeptOnRerun() throws IOException {
    Path dir = tmp.resolve("g");
    writer(new PregeneratedKeys(keys))
        .write(new GenesisBundleWriter.Request(config, text, 1000, true, false), dir);
    String secret = Files.readString(dir.resolve("jwtsecret"));
    assertThat(secret).matches("0x[0-9a-f]{64}");
    assertThat(
            PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("jwtsecret"))))
        .isEqualTo("rw-------");
    writer(new PregeneratedKeys(keys))
        .write(new GenesisBundleWriter.Request(config, text, 2000, true, false), dir);
    assertThat(Files.readString(dir.resolve("jwtsecret"))).isEqualTo(secret);
  }

  @Test
  void theGenesisStateSeamWritesWhatTheBuilderReturns() throws IOException {
    Path dir = tmp.resolve("g");
    GenesisStateBuilder builder =
        (time, validators) ->
            new GenesisStateBuilder.GenesisState(
                new byte[] {(byte) validators.size()}, "{\"genesis_time\":" + time + "}");
    new GenesisBundleWriter(
            new PregeneratedKeys(keys), Optional.of(builder), new SecureRandom(), CLOCK)
        .write(new GenesisBundleWriter.Request(config, text, 1234, false, false), dir);
    assertThat(Files.readAllBytes(dir.resolve("genesis.ssz"))).containsExactly(5);
    assertThat(Files.readString(dir.resolve("genesis.json"))).isEqualTo("{\"genesis_time\":1234}");
  }

  @Test
  void nodesWithoutValidatorsGetAKeyButNoEnrOrValidatorsEntry() throws IOException {
    String withIdle =
        text
            + """
          - name: "lantern_0"
            privkey: "d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5"
            enrFields:
              ip: "127.0.0.1"
              quic: 9004
            metricsPort: 8084
            count: 0
        """;
    Path dir = tmp.resolve("g");
    GenesisBundle b =
        writer(new PregeneratedKeys(keys))
            .write(
                new GenesisBundleWriter.Request(
                    ValidatorConfigYaml.parse(withIdle, "v.yaml"), withIdle, 1000, false, false),
                dir);
    assertThat(dir.resolve("lantern_0.key")).isRegularFile();
    assertThat(Files.readString(dir.resolve("nodes.yaml")))
        .isEqualTo(GenesisBundleGoldenTest.resource("mixed3/nodes.yaml"));
    assertThat(Files.readString(dir.resolve("validators.yaml"))).doesNotContain("lantern_0");
    assertThat(b.nodes().get(3).validators()).isEmpty();
  }
}
