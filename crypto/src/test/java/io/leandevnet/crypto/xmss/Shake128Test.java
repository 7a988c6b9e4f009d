package io.leandevnet.crypto.xmss;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.bouncycastle.crypto.digests.SHAKEDigest;
import org.junit.jupiter.api.Test;

class Shake128Test {

  @Test
  void emptyInputMatchesFips202() {
    byte[] out = new byte[32];
    Shake128.hashOneBlock(new byte[0], 0, out, 32);
    assertThat(HexFormat.of().formatHex(out))
        .isEqualTo("7f9c2ba4e88f827d616045507605853ed73b8093f6efbc88eb1a6eacfa66ef26");
  }

  @Property(tries = 300)
  void matchesBouncyCastle(
      @ForAll @Size(max = 167) byte[] input, @ForAll @IntRange(min = 0, max = 168) int outLen) {
    byte[] ours = new byte[outLen];
    Shake128.hashOneBlock(input, input.length, ours, outLen);
    SHAKEDigest bc = new SHAKEDigest(128);
    bc.update(input, 0, input.length);
    byte[] theirs = new byte[outLen];
    bc.doFinal(theirs, 0, outLen);
    assertThat(ours).isEqualTo(theirs);
  }
}
