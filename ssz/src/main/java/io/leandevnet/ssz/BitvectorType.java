package io.leandevnet.ssz;

/** Bitvector[N]: exactly N bits, packed little-endian, unused high bits zero. */
public final class BitvectorType extends FixedSizeType<Bits> {
  private final int length;

  BitvectorType(int length) {
    super(packedBytes(length));
    this.length = length;
  }

  /** The bytes {@code length} bits pack into. */
  private static int packedBytes(int length) {
    if (length <= 0) {
      throw new IllegalArgumentException("a bitvector needs at least one bit");
    }
    return (length + 7) / 8;
  }

  @Override
  public byte[] serialize(Bits value) {
    if (value.length() != length) {
      throw new SszException("expected " + length + " bits, got " + value.length());
    }
    return value.packed(0);
  }

  @Override
  public Bits deserialize(byte[] in, int from, int to) {
    requireLength(from, to);
    int used = length % 8;
    if (used != 0 && (in[to - 1] & 0xFF) >>> used != 0) {
      throw new SszException("bits beyond the length " + length + " must be zero");
    }
    return Bits.fromPacked(in, from, length);
  }

  @Override
  public Bytes32 hashTreeRoot(Bits value) {
    return Merkle.merkleize(serialize(value), (length + 255L) / 256);
  }

  @Override
  public String toString() {
    return "Bitvector[" + length + "]";
  }
}
