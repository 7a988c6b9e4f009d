package io.leandevnet.crypto.xmss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.BooleanSupplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/**
 * Sign/verify properties on the TEST configuration (lifetime 2^8), keys active for epochs [0, 256).
 */
class XmssSchemePropertiesTest {

  private static final XmssScheme SCHEME = XmssScheme.of(XmssConfig.TEST);
  private static final XmssKeyPair KEYS = SCHEME.keyGen(0, 256, new SplittableRandom(42));
  private static final XmssKeyPair OTHER_KEYS = SCHEME.keyGen(0, 256, new SplittableRandom(43));

  @Provide
  Arbitrary<byte[]> messages() {
    return Arbitraries.bytes().array(byte[].class).ofSize(32);
  }

  /** The secret key with its prepared window moved up to {@code epoch}. */
  private static XmssSecretKey preparedFor(XmssSecretKey sk, long epoch) {
    XmssSecretKey k = sk;
    while (SCHEME.preparedRange(k)[1] <= epoch) {
      XmssSecretKey next = SCHEME.advancePreparation(k);
      assertThat(next).isNotSameAs(k);
      k = next;
    }
    return k;
  }

  @Property(tries = 60)
  void signaturesVerify(
      @ForAll @LongRange(min = 0, max = 255) long epoch, @ForAll("messages") byte[] message) {
    XmssSignature sig = SCHEME.sign(preparedFor(KEYS.secretKey(), epoch), epoch, message);
    assertThat(SCHEME.verify(KEYS.publicKey(), epoch, message, sig)).isTrue();
    XmssSignature decoded = XmssSignature.fromSsz(XmssConfig.TEST, sig.toSsz());
    assertThat(decoded).isEqualTo(sig);
    assertThat(SCHEME.verify(KEYS.publicKey(), epoch, message, decoded)).isTrue();
  }

  @Property(tries = 40)
  void wrongEpochMessageOrKeyFails(
      @ForAll @LongRange(min = 0, max = 254) long epoch,
      @ForAll("messages") byte[] message,
      @ForAll @IntRange(min = 0, max = 255) int flipByte) {
    XmssSignature sig = SCHEME.sign(preparedFor(KEYS.secretKey(), epoch), epoch, message);
    assertThat(SCHEME.verify(KEYS.publicKey(), epoch + 1, message, sig)).isFalse();
    byte[] other = message.clone();
    other[flipByte % 32] ^= 1;
    assertThat(SCHEME.verify(KEYS.publicKey(), epoch, other, sig)).isFalse();
    assertThat(SCHEME.verify(OTHER_KEYS.publicKey(), epoch, message, sig)).isFalse();
  }

  @Property(tries = 60)
  void anyFlippedSignatureBitFails(
      @ForAll @LongRange(min = 0, max = 31) long epoch,
      @ForAll("messages") byte[] message,
      @ForAll @IntRange(min = 0, max = 100_000) int bitSeed) {
    byte[] bytes = SCHEME.sign(KEYS.secretKey(), epoch, message).toSsz();
    int bit = bitSeed % (8 * bytes.length);
    byte[] flipped = withBitFlipped(bytes, bit);
    assertThat(
            accepts(
                () ->
                    SCHEME.verify(
                        KEYS.publicKey(),
                        epoch,
                        message,
                        XmssSignature.fromSsz(XmssConfig.TEST, flipped))))
        .as("bit %d flipped", bit)
        .isFalse();
  }

  @Property(tries = 30)
  void flippedPublicKeyBitFails(
      @ForAll @LongRange(min = 0, max = 31) long epoch,
      @ForAll @IntRange(min = 0, max = 52 * 8 - 1) int bit) {
    byte[] message = new byte[32];
    XmssSignature sig = SCHEME.sign(KEYS.secretKey(), epoch, message);
    byte[] pk = withBitFlipped(KEYS.publicKey().toSsz(), bit);
    assertThat(
            accepts(
                () ->
                    SCHEME.verify(XmssPublicKey.fromSsz(XmssConfig.TEST, pk), epoch, message, sig)))
        .isFalse();
  }

  /** {@code bytes} with bit {@code bit} flipped (bit 0 the lowest of byte 0), as a copy. */
  private static byte[] withBitFlipped(byte[] bytes, int bit) {
    byte[] flipped = bytes.clone();
    flipped[bit / 8] ^= (byte) (1 << (bit % 8));
    return flipped;
  }

  /** Whether {@code verification} accepts; bytes that no longer parse are refused too. */
  private static boolean accepts(BooleanSupplier verification) {
    try {
      return verification.getAsBoolean();
    } catch (XmssFormatException e) {
      return false;
    }
  }

  @Test
  void prepareForMovesTheWindowForwardOnly() {
    XmssSecretKey at200 = SCHEME.prepareFor(KEYS.secretKey(), 200);
    assertThat(SCHEME.preparedRange(at200)).containsExactly(176, 208);
    assertThat(SCHEME.prepareFor(at200, 207)).isSameAs(at200);
    assertThat(
            SCHEME.verify(
                KEYS.publicKey(), 200, new byte[32], SCHEME.sign(at200, 200, new byte[32])))
        .isTrue();
    assertThatThrownBy(() -> SCHEME.prepareFor(at200, 5))
        .hasMessageContaining("before the key's prepared window");
    assertThatThrownBy(() -> SCHEME.prepareFor(at200, 256))
        .hasMessageContaining("outside the key's active range");
    assertThat(SCHEME.publicKeyOf(at200)).isEqualTo(KEYS.publicKey());
  }

  @Test
  void signingIsDeterministic() {
    byte[] message = new byte[32];
    Arrays.fill(message, (byte) 9);
    assertThat(SCHEME.sign(KEYS.secretKey(), 3, message))
        .isEqualTo(SCHEME.sign(KEYS.secretKey(), 3, message));
  }

  @Test
  void epochOutsideTheActiveRangeIsRefused() {
    XmssKeyPair narrow = SCHEME.keyGen(64, 10, new SplittableRandom(7));
    assertThat(narrow.secretKey().activeStart()).isEqualTo(64);
    assertThat(narrow.secretKey().activeEnd()).isEqualTo(96);
    assertThatThrownBy(() -> SCHEME.sign(narrow.secretKey(), 96, new byte[32]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("epoch 96 is outside the key's active range [64, 96)");
    assertThatThrownBy(() -> SCHEME.sign(narrow.secretKey(), 63, new byte[32]))
        .hasMessageContaining("outside the key's active range");
    assertThat(
            SCHEME.verify(
                narrow.publicKey(),
                256,
                new byte[32],
                SCHEME.sign(narrow.secretKey(), 64, new byte[32])))
        .isFalse();
  }

  @Test
  void epochOutsideThePreparedWindowAsksForAdvance() {
    assertThatThrownBy(() -> SCHEME.sign(KEYS.secretKey(), 100, new byte[32]))
        .hasMessageContaining("prepared window [0, 32)")
        .hasMessageContaining("advancePreparation");
  }

  @Test
  void activationRangeIsRoundedAsLeanSigRoundsIt() {
    XmssScheme devnet4 = XmssScheme.devnet4();
    assertThat(devnet4.expandActivation(0, 1 << 18)).containsExactly(0, 4);
    assertThat(devnet4.expandActivation(0, 1000)).containsExactly(0, 2);
    assertThat(devnet4.expandActivation(70_000, 1)).containsExactly(1, 3);
    assertThat(devnet4.expandActivation((1L << 32) - 5, 5)).containsExactly(65534, 65536);
    assertThatThrownBy(() -> devnet4.keyGen(0, (1L << 32) + 1, new SplittableRandom(1)))
        .hasMessageContaining("does not fit the lifetime 2^32");
  }

  @Test
  void keyBytesRoundTrip() {
    byte[] sk = KEYS.secretKey().toSsz();
    assertThat(XmssSecretKey.fromSsz(XmssConfig.TEST, sk).toSsz()).isEqualTo(sk);
    assertThat(KEYS.publicKey().toSsz()).hasSize(52);
    assertThat(XmssPublicKey.fromSsz(XmssConfig.TEST, KEYS.publicKey().toSsz()))
        .isEqualTo(KEYS.publicKey());
  }

  @Test
  void malformedBytesGiveClearErrors() {
    assertThatThrownBy(() -> XmssPublicKey.fromSsz(XmssConfig.DEVNET4, new byte[51]))
        .isInstanceOf(XmssFormatException.class)
        .hasMessage("public key: expected 52 bytes for scheme devnet4, got 51");
    byte[] pk = new byte[52];
    Arrays.fill(pk, (byte) 0xff);
    assertThatThrownBy(() -> XmssPublicKey.fromSsz(XmssConfig.DEVNET4, pk))
        .hasMessageContaining(
            "public key.root[0]: 4294967295 is not a canonical KoalaBear element");
    byte[] sk = KEYS.secretKey().toSsz();
    assertThatThrownBy(() -> XmssSecretKey.fromSsz(XmssConfig.TEST, Arrays.copyOf(sk, 60)))
        .hasMessageContaining("secret key: expected at least 88 bytes");
    byte[] badOffset = sk.clone();
    badOffset[68] = 0x7f;
    assertThatThrownBy(() -> XmssSecretKey.fromSsz(XmssConfig.TEST, badOffset))
        .isInstanceOf(XmssFormatException.class)
        .hasMessageContaining("offset(top_tree)");
    byte[] sig = SCHEME.sign(KEYS.secretKey(), 1, new byte[32]).toSsz();
    assertThatThrownBy(
            () -> XmssSignature.fromSsz(XmssConfig.TEST, Arrays.copyOf(sig, sig.length - 3)))
        .hasMessageContaining("signature.hashes");
  }
}
