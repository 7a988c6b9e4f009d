package io.leandevnet.crypto.sha256;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Sha256Test {

  @Test
  void knownDigestsInLowerCaseHex() {
    assertThat(Sha256.hex(new byte[0]))
        .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    assertThat(Sha256.hex("abc".getBytes(StandardCharsets.US_ASCII)))
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    assertThat(Sha256.of(new byte[0])).hasSize(32);
  }

  @Test
  void aFileLargerThanOnePieceDigestsAsItsBytes(@TempDir Path dir) throws Exception {
    byte[] content = new byte[200_000];
    for (int i = 0; i < content.length; i++) {
      content[i] = (byte) (i * 31);
    }
    Path file = Files.write(dir.resolve("f"), content);
    assertThat(Sha256.hex(file)).isEqualTo(Sha256.hex(content));
  }
}
