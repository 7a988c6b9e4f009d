package io.leandevnet.crypto.xmss;

/**
 * Supplies the random padding digests of the top tree. They are part of the key (they appear as
 * siblings in authentication paths) but cannot be derived from the PRF key, so rebuilding a stored
 * key needs them back from its top tree.
 */
@FunctionalInterface
public interface PadSource {

  /** The padding digest placed at {@code position} of tree layer {@code level}. */
  int[] pad(int level, long position);
}
