package io.leandevnet.ssz;

import java.util.List;

/** Vector[T, N]: exactly N elements. */
public final class VectorType<T> implements SszType<List<T>> {
  private final SszType<T> elem;
  private final int length;

  VectorType(SszType<T> elem, int length) {
    if (length <= 0) {
      throw new IllegalArgumentException("a vector needs at least one element");
    }
    this.elem = elem;
    this.length = length;
  }

  @Override
  public boolean isFixedSize() {
    return elem.isFixedSize();
  }

  @Override
  public int fixedSize() {
    return elem.isFixedSize() ? elem.fixedSize() * length : ContainerType.OFFSET_SIZE;
  }

  @Override
  public byte[] serialize(List<T> value) {
    checkLength(value.size());
    return Sequences.serialize(elem, value);
  }

  private void checkLength(int size) {
    if (size != length) {
      throw new SszException("expected " + length + " elements, got " + size);
    }
  }

  @Override
  public List<T> deserialize(byte[] in, int from, int to) {
    if (isFixedSize()) {
      requireLength(from, to);
    }
    List<T> out = Sequences.deserialize(elem, in, from, to, length);
    checkLength(out.size());
    return List.copyOf(out);
  }

  @Override
  public Bytes32 hashTreeRoot(List<T> value) {
    checkLength(value.size());
    return Sequences.merkleize(elem, value, length);
  }

  @Override
  public String toString() {
    return "Vector[" + elem + ", " + length + "]";
  }
}
