package io.leandevnet.crypto.xmss;

/** The pseudorandom function that expands a secret key into chain starts and signing randomness. */
public interface Prf {

  /** Length of a PRF key in bytes. */
  int keyLength();

  /**
   * Writes the start of chain {@code chainIndex} of {@code epoch} (a digest) into {@code
   * out[off..]}.
   */
  void chainStart(byte[] key, long epoch, long chainIndex, int[] out, int off);

  /** Writes the signing randomness rho for attempt {@code counter} into {@code out[off..]}. */
  void randomness(byte[] key, long epoch, byte[] message, long counter, int[] out, int off);
}
