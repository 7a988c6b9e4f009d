package io.leandevnet.devnet.genesis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.leandevnet.crypto.secp256k1.Secp256k1PrivateKey;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NodeKeyFileTest {

  private static final String KEY =
      "bdf953adc161873ba026330c56450453f582e3c4ee6cb713644794bcfdd85fe5";

  @TempDir Path dir;

  @Test
  void readsTheFormsClientsAccept() throws IOException {
    for (String text :
        new String[] {KEY + "\n", KEY, "0x" + KEY + "\n", "  " + KEY.toUpperCase() + "\r\n"}) {
      Files.writeString(dir.resolve("zeam_0.key"), text);
      assertThat(NodeKeyFile.read(dir.resolve("zeam_0.key")))
          .isEqualTo(Secp256k1PrivateKey.fromHex(KEY));
    }
  }

  @Test
  void keepsAnExistingKeyAndMakesANewOneOtherwise() throws IOException {
    Files.writeString(NodeKeyFile.of(dir, "zeam_0"), KEY + "\n");
    SecureRandom random = new SecureRandom();
    assertThat(NodeKeyFile.existingOrNew(dir, "zeam_0", random).toHex()).isEqualTo(KEY);
    Secp256k1PrivateKey fresh = NodeKeyFile.existingOrNew(dir, "ream_0", random);
    assertThat(fresh.toHex()).isNotEqualTo(KEY).hasSize(64);
    assertThat(NodeKeyFile.of(dir, "ream_0")).doesNotExist();
  }

  @Test
  void aBadKeyFileNamesTheFile() throws IOException {
    Path file = Files.writeString(dir.resolve("bad.key"), "abc\n");
    assertThatThrownBy(() -> NodeKeyFile.read(file))
        .isInstanceOf(GenesisException.class)
        .hasMessage(file + ": not a secp256k1 node key: expected 64 hex digits, got 3 characters");
  }
}
