package io.leandevnet.crypto.xmss;

/** Little-endian writes into a byte array of known final size. */
final class SszWriter {

  private final byte[] out;
  private int pos;

  SszWriter(int size) {
    this.out = new byte[size];
  }

  SszWriter u64(long v) {
    for (int i = 0; i < 8; i++) {
      out[pos++] = (byte) (v >>> (8 * i));
    }
    return this;
  }

  SszWriter u32(long v) {
    for (int i = 0; i < 4; i++) {
      out[pos++] = (byte) (v >>> (8 * i));
    }
    return this;
  }

  SszWriter bytes(byte[] b) {
    System.arraycopy(b, 0, out, pos, b.length);
    pos += b.length;
    return this;
  }

  SszWriter elements(int[] values) {
    for (int v : values) {
      u32(v);
    }
    return this;
  }

  int position() {
    return pos;
  }

  byte[] finish() {
    if (pos != out.length) {
      throw new IllegalStateException(
          "SSZ size mismatch: wrote " + pos + " of " + out.length + " bytes");
    }
    return out;
  }
}
