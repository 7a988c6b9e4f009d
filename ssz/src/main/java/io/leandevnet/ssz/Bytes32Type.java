package io.leandevnet.ssz;

import java.util.Arrays;

/** Bytes32 (ByteVector[32]) as {@link Bytes32} values: roots and hashes. Its root is itself. */
public final class Bytes32Type extends FixedSizeType<Bytes32> {
  Bytes32Type() {
    super(Bytes32.LENGTH);
  }

  @Override
  public byte[] serialize(Bytes32 value) {
    return value.toArray();
  }

  @Override
  public Bytes32 deserialize(byte[] in, int from, int to) {
    requireLength(from, to);
    return Bytes32.wrapOwned(Arrays.copyOfRange(in, from, to));
  }

  @Override
  public Bytes32 hashTreeRoot(Bytes32 value) {
    return value;
  }

  @Override
  public String toString() {
    return "Bytes32";
  }
}
