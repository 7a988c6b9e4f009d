package io.leandevnet.ssz;

import java.util.Arrays;
import java.util.HexFormat;

/** An immutable byte string of any length: the value of a ByteVector[N] or ByteList[N]. */
public final class Bytes implements Comparable<Bytes> {
  public static final Bytes EMPTY = new Bytes(new byte[0]);

  private final byte[] bytes;

  private Bytes(byte[] bytes) {
    this.bytes = bytes;
  }

  /** Wraps a copy of {@code bytes}. */
  public static Bytes wrap(byte[] bytes) {
    return new Bytes(bytes.clone());
  }

  static Bytes wrapOwned(byte[] bytes) {
    return new Bytes(bytes);
  }

  /** A value of {@code length} zero bytes. */
  public static Bytes zeros(int length) {
    return new Bytes(new byte[length]);
  }

  /** Parses hex digits, with or without a {@code 0x} prefix. */
  public static Bytes fromHex(String hex) {
    String digits = hex.startsWith("0x") || hex.startsWith("0X") ? hex.substring(2) : hex;
    if (digits.length() % 2 != 0) {
      throw new SszException("hex string has an odd number of digits (" + digits.length() + ")");
    }
    try {
      return new Bytes(HexFormat.of().parseHex(digits));
    } catch (IllegalArgumentException e) {
      throw new SszException("not a hex string: " + e.getMessage());
    }
  }

  /** Parses hex digits that must decode to exactly {@code length} bytes. */
  public static Bytes fromHex(String hex, int length) {
    Bytes b = fromHex(hex);
    if (b.length() != length) {
      throw new SszException(
          "expected "
              + length
              + " bytes ("
              + 2 * length
              + " hex digits), got "
              + b.length()
              + " bytes");
    }
    return b;
  }

  public int length() {
    return bytes.length;
  }

  public byte get(int i) {
    return bytes[i];
  }

  public byte[] toArray() {
    return bytes.clone();
  }

  /** The bytes from {@code from} (inclusive) to {@code to} (exclusive). */
  public Bytes slice(int from, int to) {
    return new Bytes(Arrays.copyOfRange(bytes, from, to));
  }

  /** This value followed by {@code other}. */
  public Bytes concat(Bytes other) {
    byte[] out = Arrays.copyOf(bytes, bytes.length + other.bytes.length);
    System.arraycopy(other.bytes, 0, out, bytes.length, other.bytes.length);
    return new Bytes(out);
  }

  public String toHex() {
    return "0x" + HexFormat.of().formatHex(bytes);
  }

  void copyTo(byte[] dest, int offset) {
    System.arraycopy(bytes, 0, dest, offset, bytes.length);
  }

  byte[] unsafeArray() {
    return bytes;
  }

  @Override
  public int compareTo(Bytes o) {
    return Arrays.compareUnsigned(bytes, o.bytes);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Bytes b && Arrays.equals(bytes, b.bytes);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bytes);
  }

  @Override
  public String toString() {
    return bytes.length <= 64
        ? toHex()
        : toHex().substring(0, 130) + "…(" + bytes.length + " bytes)";
  }
}
