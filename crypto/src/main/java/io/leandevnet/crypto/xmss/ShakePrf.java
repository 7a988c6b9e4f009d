package io.leandevnet.crypto.xmss;

import io.leandevnet.crypto.koalabear.KoalaBear;
import org.bouncycastle.crypto.digests.SHAKEDigest;

/**
 * leanSig's {@code ShakePRFtoF}: SHAKE128 over a 16-byte domain separator, a one-byte purpose tag,
 * the 32-byte key, the epoch (u32 big-endian) and an index; every output field element is 16 XOF
 * bytes read as a big-endian u128 and reduced mod p.
 */
public final class ShakePrf implements Prf {

  private static final byte[] DOMAIN_SEPARATOR = {
    (byte) 0xae,
    (byte) 0xae,
    0x22,
    (byte) 0xff,
    0x00,
    0x01,
    (byte) 0xfa,
    (byte) 0xff,
    0x21,
    (byte) 0xaf,
    0x12,
    0x00,
    0x01,
    0x11,
    (byte) 0xff,
    0x00
  };
  private static final byte TAG_CHAIN_START = 0x00;
  private static final byte TAG_RANDOMNESS = 0x01;
  private static final int KEY_LENGTH = 32;
  private static final int BYTES_PER_ELEMENT = 16;

  private final int digestLen;
  private final int randLen;

  /**
   * A PRF producing {@code digestLen}-element chain starts and {@code randLen}-element randomness.
   */
  public ShakePrf(int digestLen, int randLen) {
    this.digestLen = digestLen;
    this.randLen = randLen;
  }

  /** Field elements per chain start. */
  int digestLength() {
    return digestLen;
  }

  @Override
  public int keyLength() {
    return KEY_LENGTH;
  }

  @Override
  public void chainStart(byte[] key, long epoch, long chainIndex, int[] out, int off) {
    byte[] in = new byte[16 + 1 + KEY_LENGTH + 4 + 8];
    int p = header(in, TAG_CHAIN_START, key, epoch);
    putLong(in, p, chainIndex);
    squeeze(in, digestLen, out, off);
  }

  /** The padded SHAKE128 block of {@link #chainStart} (for the lane-parallel PRF). */
  void chainStartBlock(byte[] key, long epoch, long chainIndex, byte[] block) {
    byte[] in = new byte[16 + 1 + KEY_LENGTH + 4 + 8];
    int p = header(in, TAG_CHAIN_START, key, epoch);
    putLong(in, p, chainIndex);
    Shake128.padBlock(in, in.length, block);
  }

  /**
   * The padded SHAKE128 block of {@link #randomness} (for the lane-parallel PRF).
   *
   * @return the offset of the 8-byte counter in the block
   */
  int randomnessBlock(byte[] key, long epoch, byte[] message, long counter, byte[] block) {
    byte[] in = new byte[16 + 1 + KEY_LENGTH + 4 + message.length + 8];
    int p = header(in, TAG_RANDOMNESS, key, epoch);
    System.arraycopy(message, 0, in, p, message.length);
    putLong(in, p + message.length, counter);
    Shake128.padBlock(in, in.length, block);
    return p + message.length;
  }

  @Override
  public void randomness(byte[] key, long epoch, byte[] message, long counter, int[] out, int off) {
    byte[] in = new byte[16 + 1 + KEY_LENGTH + 4 + message.length + 8];
    int p = header(in, TAG_RANDOMNESS, key, epoch);
    System.arraycopy(message, 0, in, p, message.length);
    putLong(in, p + message.length, counter);
    squeeze(in, randLen, out, off);
  }

  private static int header(byte[] in, byte tag, byte[] key, long epoch) {
    if (key.length != KEY_LENGTH) {
      throw new IllegalArgumentException(
          "PRF key: expected " + KEY_LENGTH + " bytes, got " + key.length);
    }
    System.arraycopy(DOMAIN_SEPARATOR, 0, in, 0, 16);
    in[16] = tag;
    System.arraycopy(key, 0, in, 17, KEY_LENGTH);
    int p = 17 + KEY_LENGTH;
    in[p] = (byte) (epoch >>> 24);
    in[p + 1] = (byte) (epoch >>> 16);
    in[p + 2] = (byte) (epoch >>> 8);
    in[p + 3] = (byte) epoch;
    return p + 4;
  }

  private static void putLong(byte[] b, int off, long v) {
    for (int i = 0; i < 8; i++) {
      b[off + i] = (byte) (v >>> (56 - 8 * i));
    }
  }

  private static void squeeze(byte[] in, int elements, int[] out, int off) {
    byte[] xof = new byte[elements * BYTES_PER_ELEMENT];
    if (in.length < Shake128.RATE && xof.length <= Shake128.RATE) {
      Shake128.hashOneBlock(in, in.length, xof, xof.length);
    } else {
      SHAKEDigest shake = new SHAKEDigest(128);
      shake.update(in, 0, in.length);
      shake.doFinal(xof, 0, xof.length);
    }
    for (int i = 0; i < elements; i++) {
      out[off + i] = KoalaBear.fromU128BigEndian(xof, i * BYTES_PER_ELEMENT);
    }
  }
}
