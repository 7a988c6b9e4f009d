package io.leandevnet.ssz;

import java.util.Arrays;

/** ByteList[LIMIT]: up to LIMIT bytes; the root mixes in the length. */
public final class ByteListType extends VariableSizeType<Bytes> {
  ByteListType(int limit) {
    super(limit, "bytes");
  }

  @Override
  public byte[] serialize(Bytes value) {
    checkLimit(value.length());
    return value.toArray();
  }

  @Override
  public Bytes deserialize(byte[] in, int from, int to) {
    checkLimit(to - from);
    return Bytes.wrapOwned(Arrays.copyOfRange(in, from, to));
  }

  @Override
  public Bytes32 hashTreeRoot(Bytes value) {
    checkLimit(value.length());
    return Merkle.mixInLength(
        Merkle.merkleize(value.unsafeArray(), (limit() + 31) / 32), value.length());
  }

  @Override
  public String toString() {
    return "ByteList[" + limit() + "]";
  }
}
