package io.leandevnet.ssz;

/**
 * Bitlist[LIMIT]: up to LIMIT bits, serialized with a delimiter bit set just past the last bit (so
 * the empty bitlist is the single byte 0x01). The root mixes in the length in bits.
 */
public final class BitlistType extends VariableSizeType<Bits> {
  BitlistType(long limit) {
    super(limit, "bits");
  }

  @Override
  public byte[] serialize(Bits value) {
    checkLimit(value.length());
    byte[] out = value.packed(1);
    out[value.length() / 8] |= (byte) (1 << (value.length() % 8));
    return out;
  }

  @Override
  public Bits deserialize(byte[] in, int from, int to) {
    if (to == from) {
      throw new SszException("a bitlist needs at least one byte (the delimiter bit)");
    }
    int last = in[to - 1] & 0xFF;
    if (last == 0) {
      throw new SszException("bitlist has no delimiter bit (last byte is 0x00)");
    }
    long bits = 8L * (to - from - 1) + (31 - Integer.numberOfLeadingZeros(last));
    checkLimit(bits);
    return Bits.fromPacked(in, from, (int) bits);
  }

  @Override
  public Bytes32 hashTreeRoot(Bits value) {
    checkLimit(value.length());
    return Merkle.mixInLength(
        Merkle.merkleize(value.packed(0), (limit() + 255) / 256), value.length());
  }

  @Override
  public String toString() {
    return "Bitlist[" + limit() + "]";
  }
}
