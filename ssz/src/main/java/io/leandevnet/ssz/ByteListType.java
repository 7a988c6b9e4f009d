package io.leandevnet.ssz;

/** ByteList[LIMIT]: up to LIMIT bytes; the root mixes in the length. */
public final class ByteListType implements SszType<Bytes> {
  private final int limit;

  ByteListType(int limit) {
    this.limit = limit;
  }

  public int limit() {
    return limit;
  }

  @Override
  public boolean isFixedSize() {
    return false;
  }

  @Override
  public int fixedSize() {
    return ContainerType.OFFSET_SIZE;
  }

  @Override
  public byte[] serialize(Bytes value) {
    checkLimit(value.length());
    return value.toArray();
  }

  private void checkLimit(int length) {
    if (length > limit) {
      throw new SszException(length + " bytes exceed the limit of " + limit);
    }
  }

  @Override
  public Bytes deserialize(byte[] in, int from, int to) {
    checkLimit(to - from);
    return Bytes.wrapOwned(java.util.Arrays.copyOfRange(in, from, to));
  }

  @Override
  public Bytes32 hashTreeRoot(Bytes value) {
    checkLimit(value.length());
    return Merkle.mixInLength(
        Merkle.merkleize(value.unsafeArray(), (limit + 31L) / 32), value.length());
  }

  @Override
  public String toString() {
    return "ByteList[" + limit + "]";
  }
}
