package io.leandevnet.ssz;

import java.util.Arrays;

/** ByteVector[N]: exactly N bytes (Bytes52 public keys, fixed-length signatures). */
public final class ByteVectorType extends FixedSizeType<Bytes> {
  ByteVectorType(int length) {
    super(length);
  }

  public int length() {
    return fixedSize();
  }

  @Override
  public byte[] serialize(Bytes value) {
    if (value.length() != fixedSize()) {
      throw new SszException("expected " + fixedSize() + " bytes, got " + value.length());
    }
    return value.toArray();
  }

  @Override
  public Bytes deserialize(byte[] in, int from, int to) {
    requireLength(from, to);
    return Bytes.wrapOwned(Arrays.copyOfRange(in, from, to));
  }

  @Override
  public Bytes32 hashTreeRoot(Bytes value) {
    return Merkle.merkleize(serialize(value), (fixedSize() + 31L) / 32);
  }

  @Override
  public String toString() {
    return "ByteVector[" + fixedSize() + "]";
  }
}
