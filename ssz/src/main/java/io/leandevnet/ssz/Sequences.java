package io.leandevnet.ssz;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/** Encoding shared by Vector and List: homogeneous sequences, packed or with offsets. */
final class Sequences {
  private Sequences() {}

  static <T> byte[] serialize(SszType<T> elem, List<T> values) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    if (elem.isFixedSize()) {
      for (int i = 0; i < values.size(); i++) {
        out.writeBytes(serializeElement(elem, values, i));
      }
      return out.toByteArray();
    }
    List<byte[]> parts = new ArrayList<>(values.size());
    for (int i = 0; i < values.size(); i++) {
      parts.add(serializeElement(elem, values, i));
    }
    long offset = (long) ContainerType.OFFSET_SIZE * values.size();
    for (byte[] p : parts) {
      ContainerType.writeOffset(out, offset);
      offset += p.length;
    }
    parts.forEach(out::writeBytes);
    return out.toByteArray();
  }

  private static <T> byte[] serializeElement(SszType<T> elem, List<T> values, int i) {
    try {
      return elem.serialize(values.get(i));
    } catch (SszException e) {
      throw e.within("[" + i + "]");
    }
  }

  /** Decodes {@code bytes[from,to)}; {@code maxCount} bounds the number of elements. */
  static <T> List<T> deserialize(SszType<T> elem, byte[] in, int from, int to, long maxCount) {
    int len = to - from;
    List<T> out = new ArrayList<>();
    if (elem.isFixedSize()) {
      int size = elem.fixedSize();
      if (len % size != 0) {
        throw new SszException(len + " bytes is not a whole number of " + size + "-byte elements");
      }
      long count = len / size;
      if (count > maxCount) {
        throw new SszException(count + " elements exceed the limit of " + maxCount);
      }
      for (int i = 0; i < count; i++) {
        out.add(deserializeElement(elem, in, from + i * size, from + (i + 1) * size, i));
      }
      return out;
    }
    if (len == 0) {
      return out;
    }
    if (len < ContainerType.OFFSET_SIZE) {
      throw new SszException("truncated: " + len + " bytes cannot hold the first offset");
    }
    long first = ContainerType.readOffset(in, from);
    if (first % ContainerType.OFFSET_SIZE != 0 || first == 0 || first > len) {
      throw new SszException(
          "first offset " + first + " is not a multiple of 4 within " + len + " bytes");
    }
    long count = first / ContainerType.OFFSET_SIZE;
    if (count > maxCount) {
      throw new SszException(count + " elements exceed the limit of " + maxCount);
    }
    long prev = first;
    for (int i = 0; i < count; i++) {
      long start = i == 0 ? first : prev;
      long end = i + 1 < count ? ContainerType.readOffset(in, from + (i + 1) * 4) : len;
      if (end < start || end > len) {
        throw new SszException(
            "offset of element "
                + (i + 1)
                + " ("
                + end
                + ") is out of range ["
                + start
                + ", "
                + len
                + "]");
      }
      out.add(deserializeElement(elem, in, from + (int) start, from + (int) end, i));
      prev = end;
    }
    return out;
  }

  private static <T> T deserializeElement(SszType<T> elem, byte[] in, int from, int to, int i) {
    try {
      return elem.deserialize(in, from, to);
    } catch (SszException e) {
      throw e.within("[" + i + "]");
    }
  }

  /** Merkle root of the elements, packed if basic, with room for {@code limit} elements. */
  static <T> Bytes32 merkleize(SszType<T> elem, List<T> values, long limit) {
    if (elem.isBasic()) {
      byte[] packed = serialize(elem, values);
      long limitChunks = (limit * elem.fixedSize() + 31) / 32;
      return Merkle.merkleize(packed, limitChunks);
    }
    List<Bytes32> roots = new ArrayList<>(values.size());
    for (T v : values) {
      roots.add(elem.hashTreeRoot(v));
    }
    return Merkle.merkleize(roots, limit);
  }
}
