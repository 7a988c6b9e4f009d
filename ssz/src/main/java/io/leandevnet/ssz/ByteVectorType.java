package io.leandevnet.ssz;

/** ByteVector[N]: exactly N bytes (Bytes52 public keys, fixed-length signatures). */
public final class ByteVectorType implements SszType<Bytes> {
  private final int length;

  ByteVectorType(int length) {
    this.length = length;
  }

  public int length() {
    return length;
  }

  @Override
  public boolean isFixedSize() {
    return true;
  }

  @Override
  public int fixedSize() {
    return length;
  }

  @Override
  public byte[] serialize(Bytes value) {
    if (value.length() != length) {
      throw new SszException("expected " + length + " bytes, got " + value.length());
    }
    return value.toArray();
  }

  @Override
  public Bytes deserialize(byte[] in, int from, int to) {
    requireLength(from, to);
    return Bytes.wrapOwned(java.util.Arrays.copyOfRange(in, from, to));
  }

  @Override
  public Bytes32 hashTreeRoot(Bytes value) {
    return Merkle.merkleize(serialize(value), (length + 31L) / 32);
  }

  @Override
  public String toString() {
    return "ByteVector[" + length + "]";
  }
}
