package io.leandevnet.devnet.backend.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class FilePartsTest {

  private static final long DEVNET4_SK = 8_390_660;

  @Test
  void aDevnet4SecretKeyIsCutIntoObjectsUnderTheLimitAndSmallFilesShareOne() {
    List<FileParts.File> files =
        List.of(
            new FileParts.File("zeam_0.key", Path.of("k"), 65),
            new FileParts.File(
                "hash-sig-keys/validator_0_attester_key_sk.ssz", Path.of("a"), DEVNET4_SK),
            new FileParts.File("jwtsecret", Path.of("j"), 66));

    FileParts.Layout layout = FileParts.pack(files, FileParts.MAX_OBJECT_BYTES);

    assertThat(layout.chunks())
        .allSatisfy(c -> assertThat(c.bytes()).isLessThanOrEqualTo(900 * 1024));
    FileParts.Assembly key = layout.files().get(1);
    assertThat(key.keys())
        .hasSize(10)
        .startsWith("hash-sig-keys.validator_0_attester_key_sk.ssz.000")
        .endsWith("hash-sig-keys.validator_0_attester_key_sk.ssz.009");
    long covered =
        layout.chunks().stream()
            .flatMap(c -> c.parts().stream())
            .filter(p -> p.file().path().endsWith("_sk.ssz"))
            .mapToLong(FileParts.Part::length)
            .sum();
    assertThat(covered).isEqualTo(DEVNET4_SK);
    // ten objects for the key, one shared by the two small files
    assertThat(layout.files().get(0).keys()).containsExactly("zeam_0.key");
    assertThat(layout.files().get(2).keys()).containsExactly("jwtsecret");
    assertThat(layout.chunks()).hasSize(11);
    assertThat(layout.chunks().getLast().parts())
        .extracting(FileParts.Part::key)
        .containsExactly("zeam_0.key", "jwtsecret");
  }

  @Test
  void podsAreMadeWithRoomForTheSecretKeysOfTheirValidators() {
    int perKey =
        (int) Math.ceil((double) BundleShares.MAX_SECRET_KEY_BYTES / FileParts.MAX_OBJECT_BYTES);
    assertThat(perKey * (long) FileParts.MAX_OBJECT_BYTES).isGreaterThanOrEqualTo(DEVNET4_SK);
  }
}
