package io.leandevnet.ssz;

/**
 * uint8, uint16, uint32 and uint64, little-endian. Values are Java longs; uint64 values above
 * {@link Long#MAX_VALUE} appear as negative longs (use {@link Long#compareUnsigned}).
 */
public final class UintType extends FixedSizeType<Long> {
  UintType(int bytes) {
    super(bytes);
  }

  @Override
  public boolean isBasic() {
    return true;
  }

  @Override
  public byte[] serialize(Long value) {
    int bytes = fixedSize();
    long v = value;
    if (bytes < 8 && (v >>> (8 * bytes)) != 0) {
      throw new SszException(
          "value " + Long.toUnsignedString(v) + " does not fit uint" + 8 * bytes);
    }
    byte[] out = new byte[bytes];
    for (int i = 0; i < bytes; i++) {
      out[i] = (byte) (v >>> (8 * i));
    }
    return out;
  }

  @Override
  public Long deserialize(byte[] in, int from, int to) {
    requireLength(from, to);
    int bytes = fixedSize();
    long v = 0;
    for (int i = 0; i < bytes; i++) {
      v |= (in[from + i] & 0xFFL) << (8 * i);
    }
    return v;
  }

  @Override
  public Bytes32 hashTreeRoot(Long value) {
    byte[] chunk = new byte[32];
    System.arraycopy(serialize(value), 0, chunk, 0, fixedSize());
    return Bytes32.wrapOwned(chunk);
  }

  @Override
  public String toString() {
    return "uint" + 8 * fixedSize();
  }
}
