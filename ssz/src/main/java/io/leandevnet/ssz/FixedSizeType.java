package io.leandevnet.ssz;

/**
 * What uint, boolean, Bitvector, ByteVector and Bytes32 share: every value serializes to the same
 * number of bytes.
 */
abstract class FixedSizeType<T> implements SszType<T> {
  private final int size;

  FixedSizeType(int size) {
    this.size = size;
  }

  @Override
  public final boolean isFixedSize() {
    return true;
  }

  @Override
  public final int fixedSize() {
    return size;
  }
}
