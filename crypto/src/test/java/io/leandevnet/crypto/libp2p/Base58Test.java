package io.leandevnet.crypto.libp2p;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class Base58Test {

  @Test
  void encodesKnownValues() {
    // draft-msporny-base58 examples
    assertThat(Base58.encode("Hello World!".getBytes(StandardCharsets.US_ASCII)))
        .isEqualTo("2NEpo7TZRRrLZSi2U");
    assertThat(Base58.encode(new byte[] {0, 0, 0x28, 0x7f, (byte) 0xb4, (byte) 0xcd}))
        .isEqualTo("11233QC4");
    assertThat(Base58.encode(new byte[0])).isEmpty();
  }

  @Property(tries = 200)
  void decodeInvertsEncode(@ForAll byte[] bytes) {
    assertThat(Base58.decode(Base58.encode(bytes))).isEqualTo(bytes);
  }
}
