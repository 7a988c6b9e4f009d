package io.leandevnet.crypto.xmss;

import io.leandevnet.crypto.koalabear.KoalaBear;

/**
 * The tweak encodings of leanSig: a small integer split into base-p digits, least significant
 * first.
 */
final class Tweaks {

  static final int SEPARATOR_CHAIN = 0x00;
  static final int SEPARATOR_TREE = 0x01;
  static final int SEPARATOR_MESSAGE = 0x02;

  private Tweaks() {}

  /** (level << 40) | (position << 8) | 0x01. */
  static long tree(int level, long position) {
    return ((long) level << 40) | (position << 8) | SEPARATOR_TREE;
  }

  /** (epoch << 24) | (chainIndex << 16) | (positionInChain << 8) | 0x00. */
  static long chain(long epoch, int chainIndex, int positionInChain) {
    return (epoch << 24)
        | ((long) chainIndex << 16)
        | ((long) positionInChain << 8)
        | SEPARATOR_CHAIN;
  }

  /** (epoch << 8) | 0x02. */
  static long message(long epoch) {
    return (epoch << 8) | SEPARATOR_MESSAGE;
  }

  /** Writes {@code len} base-p digits of the non-negative {@code value} into {@code out[off..]}. */
  static void digits(long value, long[] out, int off, int len) {
    long v = value;
    for (int i = 0; i < len; i++) {
      out[off + i] = v % KoalaBear.P;
      v /= KoalaBear.P;
    }
  }
}
