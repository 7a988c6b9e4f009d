package io.leandevnet.ssz;

import java.util.Arrays;
import java.util.HexFormat;

/** An immutable 32-byte value: a root or a hash. Ordered like Python's {@code bytes} (unsigned). */
public final class Bytes32 implements Comparable<Bytes32> {
  public static final int LENGTH = 32;
  public static final Bytes32 ZERO = new Bytes32(new byte[LENGTH]);

  private final byte[] bytes;

  private Bytes32(byte[] bytes) {
    this.bytes = bytes;
  }

  /** Wraps a copy of {@code bytes}, which must be exactly 32 bytes long. */
  public static Bytes32 wrap(byte[] bytes) {
    if (bytes.length != LENGTH) {
      throw new SszException("expected 32 bytes, got " + bytes.length);
    }
    return new Bytes32(bytes.clone());
  }

  static Bytes32 wrapOwned(byte[] bytes) {
    return new Bytes32(bytes);
  }

  /** Parses 64 hex digits, with or without a {@code 0x} prefix. */
  public static Bytes32 fromHex(String hex) {
    return wrapOwned(Bytes.fromHex(hex, LENGTH).toArray());
  }

  public byte[] toArray() {
    return bytes.clone();
  }

  public boolean isZero() {
    return equals(ZERO);
  }

  public String toHex() {
    return "0x" + HexFormat.of().formatHex(bytes);
  }

  /** The bytes as a {@link Bytes} value. */
  public Bytes toBytes() {
    return Bytes.wrap(bytes);
  }

  void copyTo(byte[] dest, int offset) {
    System.arraycopy(bytes, 0, dest, offset, LENGTH);
  }

  @Override
  public int compareTo(Bytes32 o) {
    return Arrays.compareUnsigned(bytes, o.bytes);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Bytes32 b && Arrays.equals(bytes, b.bytes);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bytes);
  }

  @Override
  public String toString() {
    return toHex();
  }
}
