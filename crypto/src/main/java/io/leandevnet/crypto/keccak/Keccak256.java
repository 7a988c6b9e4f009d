package io.leandevnet.crypto.keccak;

import org.bouncycastle.crypto.digests.KeccakDigest;

/**
 * Keccak-256 as Ethereum uses it: the original Keccak padding, not the NIST SHA3-256 padding. ENR
 * v4 signs the Keccak-256 of the record content and derives the node id from it.
 */
public final class Keccak256 {

  /** Length of a digest in bytes. */
  public static final int DIGEST_LENGTH = 32;

  private Keccak256() {}

  /** Returns the Keccak-256 digest of {@code input}. */
  public static byte[] hash(byte[] input) {
    KeccakDigest digest = new KeccakDigest(256);
    digest.update(input, 0, input.length);
    byte[] out = new byte[DIGEST_LENGTH];
    digest.doFinal(out, 0);
    return out;
  }
}
