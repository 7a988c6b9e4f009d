package io.leandevnet.crypto.xmss;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Sizes and layouts of the devnet4 instantiation, and a full sign/verify on the small config. */
class XmssDevnet4ShapeTest {

  @Test
  void devnet4Sizes() {
    assertThat(XmssConfig.DEVNET4.publicKeyBytes()).isEqualTo(52);
    assertThat(XmssConfig.DEVNET4.signatureBytes()).isEqualTo(2536);
    assertThat(XmssConfig.DEVNET4.leavesPerBottomTree()).isEqualTo(65536);
    assertThat(XmssConfig.named("DEVNET4")).isSameAs(XmssConfig.DEVNET4);
  }

  @Test
  void smallConfigSignsAndVerifiesWithDevnet4Chains() {
    XmssScheme scheme = XmssScheme.of(XmssConfig.SMALL);
    XmssKeyPair keys = scheme.keyGen(0, 300, new SplittableRandom(5));
    assertThat(keys.secretKey().activeEnd()).isEqualTo(512);
    byte[] message = new byte[32];
    message[0] = 1;
    XmssSignature sig = scheme.sign(keys.secretKey(), 300, message);
    assertThat(sig.toSsz()).hasSize(XmssConfig.SMALL.signatureBytes());
    assertThat(scheme.verify(keys.publicKey(), 300, message, sig)).isTrue();
    assertThat(scheme.verify(keys.publicKey(), 301, message, sig)).isFalse();
    // A small signature travels zero-padded in devnet4's 2536-byte signature field.
    byte[] wire = sig.toSsz(2536);
    assertThat(XmssConfig.SMALL.signatureBytes()).isEqualTo(2024);
    assertThat(scheme.verify(keys.publicKey().toSsz(), 300, message, wire)).isTrue();
    assertThat(scheme.verify(keys.publicKey().toSsz(), 301, message, wire)).isFalse();
    wire[2535] = 1;
    assertThat(scheme.verify(keys.publicKey().toSsz(), 300, message, wire)).isFalse();
    assertThat(scheme.verify(new byte[7], 300, message, sig.toSsz())).isFalse();
    assertThat(scheme.verify(keys.publicKey().toSsz(), 300, message, new byte[100])).isFalse();
    byte[] sk = keys.secretKey().toSsz();
    // fixed part 88 bytes; layout matches leanSig: prf key, parameter, activation, count, offset
    // 88.
    assertThat(sk[68] & 0xff).isEqualTo(88);
    assertThat(XmssSecretKey.fromSsz(XmssConfig.SMALL, sk).toSsz()).isEqualTo(sk);
  }
}
