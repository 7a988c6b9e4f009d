package io.leandevnet.ssz;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.List;

/**
 * SSZ merkleization: {@code merkleize(chunks, limit)}, {@code mix_in_length} and the zero-hash
 * cache ({@code zeroHash(d)} is the root of a depth-d tree of zero chunks).
 */
public final class Merkle {
  /** Deep enough for any limit that fits a long. */
  private static final int MAX_DEPTH = 64;

  private static final byte[][] ZERO_HASHES = computeZeroHashes();

  private Merkle() {}

  private static byte[][] computeZeroHashes() {
    byte[][] z = new byte[MAX_DEPTH + 1][];
    z[0] = new byte[32];
    MessageDigest sha = sha256();
    for (int d = 1; d <= MAX_DEPTH; d++) {
      sha.update(z[d - 1]);
      sha.update(z[d - 1]);
      z[d] = sha.digest();
    }
    return z;
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK has no SHA-256", e);
    }
  }

  /** SHA-256 of {@code data}. */
  public static Bytes32 hash(byte[] data) {
    return Bytes32.wrapOwned(sha256().digest(data));
  }

  /** SHA-256 of {@code a ‖ b}. */
  public static Bytes32 hash(Bytes32 a, Bytes32 b) {
    byte[] buf = new byte[64];
    a.copyTo(buf, 0);
    b.copyTo(buf, 32);
    return hash(buf);
  }

  /** The root of a tree of depth {@code depth} whose leaves are all zero chunks. */
  public static Bytes32 zeroHash(int depth) {
    return Bytes32.wrapOwned(ZERO_HASHES[depth].clone());
  }

  /** {@code hash(root ‖ uint256(length))}. */
  public static Bytes32 mixInLength(Bytes32 root, long length) {
    byte[] buf = new byte[64];
    root.copyTo(buf, 0);
    for (int i = 0; i < 8; i++) {
      buf[32 + i] = (byte) (length >>> (8 * i));
    }
    return hash(buf);
  }

  /** Depth of a tree with room for {@code limit} chunks: ceil(log2(limit)), 0 for limit ≤ 1. */
  static int depthFor(long limit) {
    return limit <= 1 ? 0 : 64 - Long.numberOfLeadingZeros(limit - 1);
  }

  /**
   * Merkleizes {@code data} (right-padded with zeros to whole 32-byte chunks) as a tree with room
   * for {@code limitChunks} chunks. Only the present chunks are hashed; the padding comes from the
   * zero-hash cache.
   */
  public static Bytes32 merkleize(byte[] data, long limitChunks) {
    long count = (data.length + 31L) / 32;
    if (count > limitChunks) {
      throw new SszException(count + " chunks exceed the limit of " + limitChunks);
    }
    int depth = depthFor(limitChunks);
    if (count == 0) {
      return zeroHash(depth);
    }
    byte[] layer = new byte[(int) count * 32];
    System.arraycopy(data, 0, layer, 0, data.length);
    int n = (int) count;
    MessageDigest sha = sha256();
    for (int d = 0; d < depth; d++) {
      int next = (n + 1) / 2;
      byte[] out = new byte[next * 32];
      for (int i = 0; i < next; i++) {
        sha.update(layer, 2 * i * 32, 32);
        if (2 * i + 1 < n) {
          sha.update(layer, (2 * i + 1) * 32, 32);
        } else {
          sha.update(ZERO_HASHES[d]);
        }
        byte[] h = sha.digest();
        System.arraycopy(h, 0, out, i * 32, 32);
      }
      layer = out;
      n = next;
    }
    return Bytes32.wrapOwned(Arrays.copyOf(layer, 32));
  }

  /** Merkleizes a sequence of roots (one chunk each). */
  public static Bytes32 merkleize(List<Bytes32> roots, long limitChunks) {
    byte[] data = new byte[roots.size() * 32];
    for (int i = 0; i < roots.size(); i++) {
      roots.get(i).copyTo(data, i * 32);
    }
    if (roots.size() > limitChunks) {
      throw new SszException(roots.size() + " elements exceed the limit of " + limitChunks);
    }
    return merkleize(data, limitChunks);
  }
}
