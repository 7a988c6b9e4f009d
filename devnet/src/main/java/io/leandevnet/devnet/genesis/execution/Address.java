package io.leandevnet.devnet.genesis.execution;

import java.util.Arrays;
import java.util.HexFormat;

/** A 20-byte execution-layer account address. Ordered by its bytes; printed lower-case hex. */
public record Address(byte[] bytes) implements Comparable<Address> {

  public static final int LENGTH = 20;

  public Address {
    if (bytes.length != LENGTH) {
      throw new IllegalArgumentException("an address has 20 bytes, got " + bytes.length);
    }
    bytes = bytes.clone();
  }

  /** Parses 40 hex digits, with or without {@code 0x}, any case (EIP-55 checksums not checked). */
  public static Address fromHex(String hex) {
    String digits = hex.startsWith("0x") || hex.startsWith("0X") ? hex.substring(2) : hex;
    if (digits.length() != 2 * LENGTH) {
      throw new IllegalArgumentException(
          "'" + hex + "' is not an address (expected 40 hex digits)");
    }
    return new Address(HexFormat.of().parseHex(digits));
  }

  @Override
  public byte[] bytes() {
    return bytes.clone();
  }

  public String toHex() {
    return "0x" + HexFormat.of().formatHex(bytes);
  }

  @Override
  public int compareTo(Address o) {
    return Arrays.compareUnsigned(bytes, o.bytes);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Address other && Arrays.equals(bytes, other.bytes);
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
