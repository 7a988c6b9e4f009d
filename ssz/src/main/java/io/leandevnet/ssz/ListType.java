package io.leandevnet.ssz;

import java.util.List;

/** List[T, LIMIT]: up to LIMIT elements; the root mixes in the length. */
public final class ListType<T> extends VariableSizeType<List<T>> {
  private final SszType<T> elem;

  ListType(SszType<T> elem, long limit) {
    super(limit, "elements");
    this.elem = elem;
  }

  public SszType<T> elementType() {
    return elem;
  }

  @Override
  public byte[] serialize(List<T> value) {
    checkLimit(value.size());
    return Sequences.serialize(elem, value);
  }

  @Override
  public List<T> deserialize(byte[] in, int from, int to) {
    return List.copyOf(Sequences.deserialize(elem, in, from, to, limit()));
  }

  @Override
  public Bytes32 hashTreeRoot(List<T> value) {
    checkLimit(value.size());
    return Merkle.mixInLength(Sequences.merkleize(elem, value, limit()), value.size());
  }

  @Override
  public String toString() {
    return "List[" + elem + ", " + limit() + "]";
  }
}
