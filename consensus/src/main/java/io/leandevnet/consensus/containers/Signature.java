package io.leandevnet.consensus.containers;

import io.leandevnet.ssz.Bytes;
import io.leandevnet.ssz.Bytes32;
import io.leandevnet.ssz.ListType;
import io.leandevnet.ssz.Merkle;
import io.leandevnet.ssz.Ssz;
import io.leandevnet.ssz.SszException;
import io.leandevnet.ssz.SszType;
import io.leandevnet.ssz.VectorType;
import java.util.Arrays;
import java.util.List;

/**
 * An XMSS signature, opaque to consensus code. In leanSpec it is a container ({@code path, rho,
 * hashes}) declared fixed-size on the wire: exactly {@link #LENGTH} bytes (PROD config: 32·8·4 +
 * 7·4 + 46·8·4 + 3 offsets·4 = 2536). Consensus only moves these bytes around; the signature scheme
 * gives them meaning.
 */
public record Signature(Bytes bytes) {
  public static final int LENGTH = 2536;

  /**
   * Serializes as the fixed {@value #LENGTH} bytes; its hash_tree_root is the XMSS container's root
   * ({@link #hashTreeRoot()}), part of the roots of signed blocks and attestations.
   */
  public static final SszType<Signature> SSZ =
      new SszType<>() {
        @Override
        public boolean isFixedSize() {
          return true;
        }

        @Override
        public int fixedSize() {
          return LENGTH;
        }

        @Override
        public byte[] serialize(Signature value) {
          return value.bytes.toArray();
        }

        @Override
        public Signature deserialize(byte[] in, int from, int to) {
          requireLength(from, to);
          return new Signature(Bytes.wrap(Arrays.copyOfRange(in, from, to)));
        }

        @Override
        public Bytes32 hashTreeRoot(Signature value) {
          return value.hashTreeRoot();
        }

        @Override
        public String toString() {
          return "Signature";
        }
      };

  /** {@code HashDigestVector}: Vector[Fp, 8]. */
  private static final VectorType<Long> DIGEST = Ssz.vector(Ssz.UINT32, 8);

  /** {@code HashDigestList}: List[HashDigestVector, NODE_LIST_LIMIT = 2^(32/2 + 1)]. */
  private static final ListType<List<Long>> DIGESTS = Ssz.list(DIGEST, 1L << 17);

  /** {@code Randomness}: Vector[Fp, 7]. */
  private static final VectorType<Long> RHO = Ssz.vector(Ssz.UINT32, 7);

  /** Offsets and rho: the fixed part of the XMSS {@code Signature} container. */
  private static final int FIXED_PART = 4 + 7 * 4 + 4;

  /**
   * The root of the XMSS {@code Signature} container of the devnet4 (prod) scheme, {@code {path:
   * HashTreeOpening{siblings: HashDigestList}, rho: Randomness, hashes: HashDigestList}}, read from
   * the SSZ bytes this record holds.
   *
   * @throws SszException if the bytes are not such a container
   */
  public Bytes32 hashTreeRoot() {
    byte[] b = bytes.toArray();
    int pathOffset = offsetAt(b, 0);
    int hashesOffset = offsetAt(b, 4 + 7 * 4);
    if (pathOffset != FIXED_PART || hashesOffset < pathOffset + 4 || hashesOffset > b.length) {
      throw new SszException(
          "not an XMSS signature container: offsets " + pathOffset + ", " + hashesOffset);
    }
    int siblingsOffset = pathOffset + offsetAt(b, pathOffset);
    if (siblingsOffset != pathOffset + 4) {
      throw new SszException("not an XMSS signature path: offset " + (siblingsOffset - pathOffset));
    }
    Bytes32 path = DIGESTS.hashTreeRoot(DIGESTS.deserialize(b, siblingsOffset, hashesOffset));
    Bytes32 rho = RHO.hashTreeRoot(RHO.deserialize(b, 4, 4 + 7 * 4));
    Bytes32 hashes = DIGESTS.hashTreeRoot(DIGESTS.deserialize(b, hashesOffset, b.length));
    return Merkle.merkleize(List.of(path, rho, hashes), 4);
  }

  private static int offsetAt(byte[] b, int at) {
    return (b[at] & 0xff)
        | (b[at + 1] & 0xff) << 8
        | (b[at + 2] & 0xff) << 16
        | (b[at + 3] & 0xff) << 24;
  }

  public Signature {
    if (bytes.length() != LENGTH) {
      throw new SszException("a signature is " + LENGTH + " bytes, got " + bytes.length());
    }
  }
}
