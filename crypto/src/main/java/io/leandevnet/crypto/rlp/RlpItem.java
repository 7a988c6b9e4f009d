package io.leandevnet.crypto.rlp;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/** A value of Ethereum's Recursive Length Prefix encoding: a byte string or a list of items. */
public sealed interface RlpItem permits RlpItem.Bytes, RlpItem.ItemList {

  /** A byte string. The array is copied in and out, so instances are immutable. */
  record Bytes(byte[] value) implements RlpItem {
    public Bytes {
      value = value.clone();
    }

    @Override
    public byte[] value() {
      return value.clone();
    }

    /** Length of the string in bytes. */
    public int length() {
      return value.length;
    }

    /**
     * The string read as a big-endian unsigned integer; RLP integers have no leading zeros (zero is
     * the empty string).
     */
    public BigInteger asUnsigned() {
      if (value.length > 0 && value[0] == 0) {
        throw new RlpException("integer has a leading zero byte");
      }
      return new BigInteger(1, value);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Bytes other && Arrays.equals(value, other.value);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(value);
    }

    @Override
    public String toString() {
      return "0x" + HexFormat.of().formatHex(value);
    }
  }

  /** A list of items. */
  record ItemList(List<RlpItem> items) implements RlpItem {
    public ItemList {
      items = List.copyOf(items);
    }
  }

  /** A byte string item. */
  static Bytes bytes(byte[] value) {
    return new Bytes(value);
  }

  /** A UTF-8 string item, as ENR keys are stored. */
  static Bytes string(String value) {
    return new Bytes(value.getBytes(StandardCharsets.UTF_8));
  }

  /** An unsigned integer item: big-endian without leading zeros. */
  static Bytes unsigned(long value) {
    if (value < 0) {
      throw new IllegalArgumentException("RLP integers are unsigned, got " + value);
    }
    return unsigned(BigInteger.valueOf(value));
  }

  /** An unsigned integer item: big-endian without leading zeros. */
  static Bytes unsigned(BigInteger value) {
    if (value.signum() < 0) {
      throw new IllegalArgumentException("RLP integers are unsigned, got " + value);
    }
    if (value.signum() == 0) {
      return new Bytes(new byte[0]);
    }
    byte[] raw = value.toByteArray();
    return new Bytes(raw[0] == 0 ? Arrays.copyOfRange(raw, 1, raw.length) : raw);
  }

  /** A list item. */
  static ItemList list(List<RlpItem> items) {
    return new ItemList(items);
  }
}
