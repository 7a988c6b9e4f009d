package io.leandevnet.crypto.xmss;

import io.leandevnet.crypto.koalabear.KoalaBear;

/** Little-endian reads over a byte range with bounds checks that name what was being read. */
final class SszReader {

  private final String what;
  private final byte[] bytes;
  private final int start;
  private final int end;

  SszReader(String what, byte[] bytes, int start, int end) {
    if (start < 0 || end > bytes.length || start > end) {
      throw new XmssFormatException(
          what + ": range [" + start + ", " + end + ") outside " + bytes.length + " bytes");
    }
    this.what = what;
    this.bytes = bytes;
    this.start = start;
    this.end = end;
  }

  int length() {
    return end - start;
  }

  SszReader slice(String field, int from, int to) {
    if (from < 0 || to > length() || from > to) {
      throw new XmssFormatException(
          what
              + "."
              + field
              + ": offsets ["
              + from
              + ", "
              + to
              + ") do not fit in "
              + length()
              + " bytes");
    }
    return new SszReader(what + "." + field, bytes, start + from, start + to);
  }

  long u64(String field, int at) {
    need(field, at, 8);
    long v = 0;
    for (int i = 7; i >= 0; i--) {
      v = (v << 8) | (bytes[start + at + i] & 0xffL);
    }
    return v;
  }

  int u32(String field, int at) {
    need(field, at, 4);
    int p = start + at;
    return (bytes[p] & 0xff)
        | (bytes[p + 1] & 0xff) << 8
        | (bytes[p + 2] & 0xff) << 16
        | (bytes[p + 3] & 0xff) << 24;
  }

  /** An offset field: a u32 that must lie within this range. */
  int offset(String field, int at) {
    long v = u32(field, at) & 0xffffffffL;
    if (v > length()) {
      throw new XmssFormatException(
          what + "." + field + ": offset " + v + " beyond " + length() + " bytes");
    }
    return (int) v;
  }

  byte[] bytes(String field, int at, int len) {
    need(field, at, len);
    byte[] out = new byte[len];
    System.arraycopy(bytes, start + at, out, 0, len);
    return out;
  }

  /** {@code count} canonical field elements (u32 little-endian each). */
  int[] elements(String field, int at, int count) {
    need(field, at, 4 * count);
    int[] out = new int[count];
    for (int i = 0; i < count; i++) {
      int v = u32(field, at + 4 * i);
      if (!KoalaBear.isCanonical(v)) {
        throw new XmssFormatException(
            what
                + "."
                + field
                + "["
                + i
                + "]: "
                + Integer.toUnsignedString(v)
                + " is not a canonical KoalaBear element (< "
                + KoalaBear.P
                + ")");
      }
      out[i] = v;
    }
    return out;
  }

  XmssFormatException error(String field, String problem) {
    return new XmssFormatException(what + "." + field + ": " + problem);
  }

  private void need(String field, int at, int len) {
    if (at < 0 || at + len > length()) {
      throw new XmssFormatException(
          what
              + "."
              + field
              + ": needs "
              + len
              + " bytes at "
              + at
              + ", only "
              + length()
              + " bytes");
    }
  }
}
