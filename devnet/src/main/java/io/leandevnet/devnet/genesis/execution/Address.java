package io.leandevnet.devnet.genesis.execution;

import io.leandevnet.ssz.Bytes;
import io.leandevnet.ssz.SszException;

/**
 * A 20-byte execution-layer account address. Ordered by its bytes; printed lower-case hex. Hex
 * parsing, ordering and equality are {@link Bytes}'.
 */
public record Address(Bytes value) implements Comparable<Address> {

  public static final int LENGTH = 20;

  /** The zero address (the genesis block's coinbase, the default deposit contract). */
  public static final Address ZERO = new Address(Bytes.wrap(new byte[LENGTH]));

  public Address {
    if (value.length() != LENGTH) {
      throw new IllegalArgumentException("an address has 20 bytes, got " + value.length());
    }
  }

  /** Parses 40 hex digits, with or without {@code 0x}, any case (EIP-55 checksums not checked). */
  public static Address fromHex(String hex) {
    try {
      return new Address(Bytes.fromHex(hex, LENGTH));
    } catch (SszException e) {
      throw new IllegalArgumentException(
          "'" + hex + "' is not an address (expected 40 hex digits)", e);
    }
  }

  /** A copy of its 20 bytes. */
  public byte[] bytes() {
    return value.toArray();
  }

  public String toHex() {
    return value.toHex();
  }

  @Override
  public int compareTo(Address o) {
    return value.compareTo(o.value);
  }

  @Override
  public String toString() {
    return toHex();
  }
}
