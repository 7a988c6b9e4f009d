package io.leandevnet.ssz;

/** SSZ boolean: one byte, 0x00 or 0x01. */
public final class BooleanType extends FixedSizeType<Boolean> {
  BooleanType() {
    super(1);
  }

  @Override
  public boolean isBasic() {
    return true;
  }

  @Override
  public byte[] serialize(Boolean value) {
    return new byte[] {(byte) (value ? 1 : 0)};
  }

  @Override
  public Boolean deserialize(byte[] in, int from, int to) {
    requireLength(from, to);
    return switch (in[from]) {
      case 0 -> false;
      case 1 -> true;
      default ->
          throw new SszException(
              "boolean byte must be 0x00 or 0x01, got 0x" + String.format("%02x", in[from] & 0xFF));
    };
  }

  @Override
  public Bytes32 hashTreeRoot(Boolean value) {
    byte[] chunk = new byte[32];
    chunk[0] = (byte) (value ? 1 : 0);
    return Bytes32.wrapOwned(chunk);
  }

  @Override
  public String toString() {
    return "boolean";
  }
}
