package io.leandevnet.crypto.xmss;

/**
 * The tweakable hash behind chains, leaves and Merkle nodes. Everything the tree code hashes goes
 * through this interface, so a scheme with other hashes (the next leanVM XMSS) plugs in here.
 *
 * <p>Digests are {@code int[]} slices of canonical field elements of length {@link
 * #digestLength()}. Implementations are stateless and thread-safe.
 */
public interface TweakHash {

  /** Digest length in field elements. */
  int digestLength();

  /**
   * Walks chain {@code chainIndex} of {@code epoch} {@code steps} steps forward from position
   * {@code startPos}, replacing the digest at {@code digest[off..]}.
   */
  void chain(
      int[] parameter, long epoch, int chainIndex, int startPos, int steps, int[] digest, int off);

  /** The leaf of {@code epoch}: the hash of all chain ends, concatenated in {@code chainEnds}. */
  void leaf(int[] parameter, long epoch, int[] chainEnds, int[] out, int outOff);

  /** The Merkle node at {@code level} (its children are at level - 1) and {@code position}. */
  void node(
      int[] parameter,
      int level,
      long position,
      int[] left,
      int leftOff,
      int[] right,
      int rightOff,
      int[] out,
      int outOff);

  /**
   * The {@code count} Merkle nodes at {@code level} from position {@code firstPosition}: node
   * {@code i} hashes the children {@code 2i} and {@code 2i + 1} of the digests at {@code
   * children[childOff..]}. Key generation's tree layers; the default hashes one node at a time.
   */
  default void nodes(
      int[] parameter,
      int level,
      long firstPosition,
      int count,
      int[] children,
      int childOff,
      int[] out,
      int outOff) {
    int h = digestLength();
    for (int i = 0; i < count; i++) {
      node(
          parameter,
          level,
          firstPosition + i,
          children,
          childOff + 2 * i * h,
          children,
          childOff + (2 * i + 1) * h,
          out,
          outOff + i * h);
    }
  }

  /**
   * The leaves of {@code count} consecutive epochs from {@code firstEpoch}: for each, every chain
   * is started from the PRF and walked to its end, and the ends are hashed into the leaf. This is
   * the key-generation hot path.
   */
  void leaves(
      Prf prf, byte[] prfKey, int[] parameter, long firstEpoch, int count, int[] out, int outOff);
}
