package io.leandevnet.consensus.containers;

import io.leandevnet.ssz.Bytes;
import io.leandevnet.ssz.Bytes32;
import io.leandevnet.ssz.SszException;
import io.leandevnet.ssz.SszType;

/**
 * An XMSS signature, opaque to consensus code. In leanSpec it is a container ({@code path, rho,
 * hashes}) declared fixed-size on the wire: exactly {@link #LENGTH} bytes (PROD config: 32·8·4 +
 * 7·4 + 46·8·4 + 3 offsets·4 = 2536). Consensus only moves these bytes around; the signature scheme
 * gives them meaning.
 */
public record Signature(Bytes bytes) {
  public static final int LENGTH = 2536;

  /**
   * Serializes as the fixed {@value #LENGTH} bytes. Its hash_tree_root (the XMSS container root) is
   * not needed by consensus and is not provided.
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
          return new Signature(Bytes.wrap(java.util.Arrays.copyOfRange(in, from, to)));
        }

        @Override
        public Bytes32 hashTreeRoot(Signature value) {
          throw new UnsupportedOperationException(
              "hash_tree_root of an XMSS signature is not used by consensus and not implemented");
        }

        @Override
        public String toString() {
          return "Signature";
        }
      };

  public Signature {
    if (bytes.length() != LENGTH) {
      throw new SszException("a signature is " + LENGTH + " bytes, got " + bytes.length());
    }
  }
}
