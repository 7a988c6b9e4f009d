package io.leandevnet.crypto.secp256k1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.leandevnet.crypto.keccak.Keccak256;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class Secp256k1PrivateKeyTest {

  private static final String KEY =
      "b71c71a67e1177ad4e901695e1b4b9ee17ae16c6668d313eac2f96dbcda3f291";

  @Test
  void keccakOfTheEmptyStringIsEthereumsConstant() {
    assertThat(HexFormat.of().formatHex(Keccak256.hash(new byte[0])))
        .isEqualTo("c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470");
  }

  @Test
  void derivesTheCompressedPublicKey() {
    assertThat(Secp256k1PrivateKey.fromHex(KEY).publicKey().toHex())
        .isEqualTo("03ca634cae0d49acb401d8a4c6b6fe8c55b70d115bf400769cc1400f3258cd3138");
  }

  @Test
  void signaturesAreDeterministicLowSAndVerify() {
    Secp256k1PrivateKey key = Secp256k1PrivateKey.fromHex(KEY);
    byte[] digest = Keccak256.hash("lean".getBytes(StandardCharsets.UTF_8));
    Secp256k1Signature a = key.sign(digest);
    assertThat(key.sign(digest)).isEqualTo(a);
    assertThat(a.s()).isLessThanOrEqualTo(Secp256k1.HALF_N);
    assertThat(key.publicKey().verify(digest, a)).isTrue();
    Secp256k1Signature high = new Secp256k1Signature(a.r(), Secp256k1.N.subtract(a.s()));
    assertThat(key.publicKey().verify(digest, high)).as("high-s twin is refused").isFalse();
    digest[0] ^= 1;
    assertThat(key.publicKey().verify(digest, a)).isFalse();
  }

  @Test
  void generatedKeysAreDistinctAndRoundTripThroughHex() {
    SecureRandom random = new SecureRandom();
    Secp256k1PrivateKey a = Secp256k1PrivateKey.generate(random);
    Secp256k1PrivateKey b = Secp256k1PrivateKey.generate(random);
    assertThat(a).isNotEqualTo(b);
    assertThat(a.toHex()).hasSize(64).matches("[0-9a-f]{64}");
    assertThat(Secp256k1PrivateKey.fromHex(a.toHex())).isEqualTo(a);
  }

  @Test
  void toStringHidesTheSecret() {
    assertThat(Secp256k1PrivateKey.fromHex(KEY).toString())
        .doesNotContain(KEY)
        .contains("03ca634c");
  }

  @Test
  void parseErrorsSayWhatIsExpected() {
    assertThatThrownBy(() -> Secp256k1PrivateKey.fromHex("0x" + KEY))
        .hasMessage("expected 64 hex digits without a 0x prefix");
    assertThatThrownBy(() -> Secp256k1PrivateKey.fromHex(KEY.substring(2)))
        .hasMessage("expected 64 hex digits, got 62 characters");
    assertThatThrownBy(() -> Secp256k1PrivateKey.fromHex("g" + KEY.substring(1)))
        .hasMessage("expected 64 hex digits, found 'g' at position 1");
    assertThatThrownBy(() -> Secp256k1PrivateKey.fromHex("0".repeat(64)))
        .hasMessageContaining("between 1 and the curve order");
    assertThatThrownBy(() -> Secp256k1PrivateKey.fromHex("f".repeat(64)))
        .hasMessageContaining("between 1 and the curve order");
  }
}
