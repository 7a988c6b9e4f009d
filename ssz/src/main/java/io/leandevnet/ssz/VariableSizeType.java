package io.leandevnet.ssz;

/**
 * What List, ByteList and Bitlist share: variable size (a 4-byte offset inside containers) and a
 * limit on their length.
 */
abstract class VariableSizeType<T> implements SszType<T> {
  private final long limit;
  private final String unit;

  VariableSizeType(long limit, String unit) {
    this.limit = limit;
    this.unit = unit;
  }

  /** The most elements (bytes, bits) a value may hold. */
  public long limit() {
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

  /** Rejects a length over the limit. */
  void checkLimit(long length) {
    if (length > limit) {
      throw new SszException(length + " " + unit + " exceed the limit of " + limit);
    }
  }
}
