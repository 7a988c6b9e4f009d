package io.leandevnet.crypto.rlp;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Ethereum's Recursive Length Prefix encoding (Yellow Paper appendix B). The decoder accepts only
 * the canonical encoding, as go-ethereum's does: a single byte below 0x80 must stand for itself and
 * lengths use the short form when they can and have no leading zeros.
 */
public final class Rlp {

  private Rlp() {}

  /** Encodes one item. */
  public static byte[] encode(RlpItem item) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write(item, out);
    return out.toByteArray();
  }

  private static void write(RlpItem item, ByteArrayOutputStream out) {
    switch (item) {
      case RlpItem.Bytes b -> {
        byte[] v = b.value();
        if (v.length == 1 && (v[0] & 0xff) < 0x80) {
          out.write(v[0]);
        } else {
          writeHeader(0x80, v.length, out);
          out.writeBytes(v);
        }
      }
      case RlpItem.ItemList l -> {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (RlpItem child : l.items()) {
          write(child, body);
        }
        writeHeader(0xc0, body.size(), out);
        out.writeBytes(body.toByteArray());
      }
    }
  }

  private static void writeHeader(int offset, int length, ByteArrayOutputStream out) {
    if (length < 56) {
      out.write(offset + length);
      return;
    }
    int lengthBytes = (Integer.SIZE - Integer.numberOfLeadingZeros(length) + 7) / 8;
    out.write(offset + 55 + lengthBytes);
    for (int i = lengthBytes - 1; i >= 0; i--) {
      out.write(length >>> (8 * i));
    }
  }

  /** Decodes exactly one item that spans the whole input. */
  public static RlpItem decode(byte[] input) {
    Cursor c = new Cursor(input);
    RlpItem item = c.read(input.length);
    if (c.pos != input.length) {
      throw new RlpException((input.length - c.pos) + " trailing bytes after the RLP item");
    }
    return item;
  }

  private static final class Cursor {
    private final byte[] in;
    private int pos;

    Cursor(byte[] in) {
      this.in = in;
    }

    RlpItem read(int end) {
      if (pos >= end) {
        throw new RlpException("input ends where an RLP item was expected");
      }
      int prefix = in[pos++] & 0xff;
      if (prefix < 0x80) {
        return new RlpItem.Bytes(new byte[] {(byte) prefix});
      }
      if (prefix < 0xc0) {
        int length = length(prefix, 0x80, end);
        if (length == 1 && (in[pos] & 0xff) < 0x80) {
          throw new RlpException("non-canonical RLP: a single byte below 0x80 must encode itself");
        }
        byte[] v = Arrays.copyOfRange(in, pos, pos + length);
        pos += length;
        return new RlpItem.Bytes(v);
      }
      int length = length(prefix, 0xc0, end);
      int listEnd = pos + length;
      List<RlpItem> items = new ArrayList<>();
      while (pos < listEnd) {
        items.add(read(listEnd));
      }
      return new RlpItem.ItemList(items);
    }

    /** Reads the length that follows a prefix and checks that the payload fits before end. */
    private int length(int prefix, int offset, int end) {
      int length;
      if (prefix <= offset + 55) {
        length = prefix - offset;
      } else {
        int lengthBytes = prefix - offset - 55;
        if (lengthBytes > 4 || pos + lengthBytes > end) {
          throw new RlpException("RLP length field is truncated or too large");
        }
        if (in[pos] == 0) {
          throw new RlpException("non-canonical RLP: length has a leading zero byte");
        }
        long l = 0;
        for (int i = 0; i < lengthBytes; i++) {
          l = (l << 8) | (in[pos++] & 0xff);
        }
        if (l < 56) {
          throw new RlpException("non-canonical RLP: long form used for a length below 56");
        }
        if (l > Integer.MAX_VALUE) {
          throw new RlpException("RLP length too large");
        }
        length = (int) l;
      }
      if ((long) pos + length > end) {
        throw new RlpException("RLP item of " + length + " bytes runs past the end of its input");
      }
      return length;
    }
  }
}
