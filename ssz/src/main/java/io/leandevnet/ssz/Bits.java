package io.leandevnet.ssz;

import java.util.Arrays;
import java.util.BitSet;
import java.util.stream.IntStream;

/** An immutable sequence of bits: the value of a Bitvector[N] or a Bitlist[N]. */
public final class Bits {
  public static final Bits EMPTY = new Bits(new BitSet(), 0);

  private final BitSet set;
  private final int length;

  private Bits(BitSet set, int length) {
    this.set = set;
    this.length = length;
  }

  /** {@code length} bits, all false. */
  public static Bits zeros(int length) {
    requireLength(length);
    return new Bits(new BitSet(), length);
  }

  public static Bits of(boolean... bits) {
    BitSet s = new BitSet(bits.length);
    for (int i = 0; i < bits.length; i++) {
      s.set(i, bits[i]);
    }
    return new Bits(s, bits.length);
  }

  /** {@code length} bits with exactly the given indices set. */
  public static Bits ofIndices(int length, Iterable<Integer> indices) {
    requireLength(length);
    BitSet s = new BitSet(length);
    for (int i : indices) {
      if (i < 0 || i >= length) {
        throw new IndexOutOfBoundsException("bit " + i + " outside length " + length);
      }
      s.set(i);
    }
    return new Bits(s, length);
  }

  /** Reads {@code length} bits from little-endian packed bytes (bit i = byte i/8, bit i%8). */
  static Bits fromPacked(byte[] packed, int offset, int length) {
    BitSet s = BitSet.valueOf(Arrays.copyOfRange(packed, offset, offset + (length + 7) / 8));
    if (s.length() > length) {
      s.clear(length, s.length());
    }
    return new Bits(s, length);
  }

  private static void requireLength(int length) {
    if (length < 0) {
      throw new IllegalArgumentException("negative bit length " + length);
    }
  }

  public int length() {
    return length;
  }

  public boolean isEmpty() {
    return length == 0;
  }

  public boolean get(int i) {
    if (i < 0 || i >= length) {
      throw new IndexOutOfBoundsException("bit " + i + " outside length " + length);
    }
    return set.get(i);
  }

  /** A copy with bit {@code i} set to {@code value}. */
  public Bits with(int i, boolean value) {
    get(i);
    BitSet s = (BitSet) set.clone();
    s.set(i, value);
    return new Bits(s, length);
  }

  /** A copy extended with {@code count} false bits. */
  public Bits extend(int count) {
    requireLength(count);
    return new Bits(set, length + count);
  }

  /** The bits from {@code from} (inclusive) to {@code to} (exclusive). */
  public Bits slice(int from, int to) {
    if (from < 0 || to > length || from > to) {
      throw new IndexOutOfBoundsException("slice [" + from + ", " + to + ") of length " + length);
    }
    return new Bits(set.get(from, to), to - from);
  }

  /** This sequence followed by {@code other}. */
  public Bits concat(Bits other) {
    BitSet s = (BitSet) set.clone();
    other.set.stream().forEach(i -> s.set(length + i));
    return new Bits(s, length + other.length);
  }

  /** Number of set bits. */
  public int count() {
    return set.cardinality();
  }

  /** Indices of the set bits, ascending. */
  public IntStream indices() {
    return set.stream();
  }

  /** Little-endian packed bytes, {@code ceil(length/8)} long, without a delimiter bit. */
  byte[] packed(int extraBits) {
    byte[] out = new byte[(length + extraBits + 7) / 8];
    byte[] raw = set.toByteArray();
    System.arraycopy(raw, 0, out, 0, Math.min(raw.length, out.length));
    return out;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Bits b && b.length == length && b.set.equals(set);
  }

  @Override
  public int hashCode() {
    return set.hashCode() * 31 + length;
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("Bits[");
    for (int i = 0; i < Math.min(length, 256); i++) {
      sb.append(set.get(i) ? '1' : '0');
    }
    return sb.append(length > 256 ? "…]" : "]").toString();
  }
}
