package io.leandevnet.ssz;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Container: an ordered set of named fields. Fixed-size fields are written in place, variable-size
 * fields as a 4-byte offset followed (after the fixed part) by their bytes. The root is the Merkle
 * root of the field roots.
 *
 * <pre>{@code
 * static final ContainerType<Checkpoint> SSZ = ContainerType.of("Checkpoint",
 *     v -> new Checkpoint(v.get(0), v.get(1)),
 *     Field.of("root", Ssz.BYTES32, Checkpoint::root),
 *     Field.of("slot", Ssz.UINT64, Checkpoint::slot));
 * }</pre>
 *
 * @param <T> the record type
 */
public final class ContainerType<T> implements SszType<T> {
  static final int OFFSET_SIZE = 4;

  /** One field: its name, SSZ type and accessor. */
  public record Field<T, F>(String name, SszType<F> type, Function<T, F> getter) {
    public static <T, F> Field<T, F> of(String name, SszType<F> type, Function<T, F> getter) {
      return new Field<>(name, type, getter);
    }

    byte[] serialize(T value) {
      try {
        return type.serialize(getter.apply(value));
      } catch (SszException e) {
        throw e.within(name);
      }
    }

    Bytes32 root(T value) {
      try {
        return type.hashTreeRoot(getter.apply(value));
      } catch (SszException e) {
        throw e.within(name);
      }
    }
  }

  /** The decoded field values, in declaration order, for the record's constructor. */
  public static final class Values {
    private final Object[] values;

    private Values(Object[] values) {
      this.values = values;
    }

    /** Field {@code i}, typed as the caller expects (the container's field list fixes it). */
    @SuppressWarnings("unchecked")
    public <F> F get(int i) {
      return (F) values[i];
    }
  }

  private final String name;
  private final List<Field<T, ?>> fields;
  private final Function<Values, T> constructor;
  private final boolean fixed;
  private final int fixedPartSize;

  private ContainerType(String name, Function<Values, T> constructor, List<Field<T, ?>> fields) {
    if (fields.isEmpty()) {
      throw new IllegalArgumentException(name + ": a container needs at least one field");
    }
    this.name = name;
    this.fields = List.copyOf(fields);
    this.constructor = constructor;
    this.fixed = fields.stream().allMatch(f -> f.type().isFixedSize());
    this.fixedPartSize = fields.stream().mapToInt(f -> f.type().fixedSize()).sum();
  }

  @SafeVarargs
  public static <T> ContainerType<T> of(
      String name, Function<Values, T> constructor, Field<T, ?>... fields) {
    List<Field<T, ?>> list = new ArrayList<>(fields.length);
    for (Field<T, ?> f : fields) {
      list.add(f);
    }
    return new ContainerType<>(name, constructor, list);
  }

  public String name() {
    return name;
  }

  @Override
  public boolean isFixedSize() {
    return fixed;
  }

  @Override
  public int fixedSize() {
    return fixed ? fixedPartSize : OFFSET_SIZE;
  }

  @Override
  public byte[] serialize(T value) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      List<byte[]> variable = new ArrayList<>();
      long offset = fixedPartSize;
      for (Field<T, ?> f : fields) {
        byte[] bytes = f.serialize(value);
        if (f.type().isFixedSize()) {
          out.writeBytes(bytes);
        } else {
          writeOffset(out, offset);
          offset += bytes.length;
          variable.add(bytes);
        }
      }
      variable.forEach(out::writeBytes);
      return out.toByteArray();
    } catch (SszException e) {
      throw e.within(name);
    }
  }

  @Override
  public T deserialize(byte[] in, int from, int to) {
    try {
      return decode(in, from, to);
    } catch (SszException e) {
      throw e.within(name);
    }
  }

  private T decode(byte[] in, int from, int to) {
    int len = to - from;
    if (fixed) {
      requireLength(from, to);
    } else if (len < fixedPartSize) {
      throw new SszException(
          "truncated: " + len + " bytes, the fixed part alone needs " + fixedPartSize);
    }
    Object[] values = new Object[fields.size()];
    int[] starts = new int[fields.size()];
    int pos = 0;
    List<Integer> variableIndices = new ArrayList<>();
    for (int i = 0; i < fields.size(); i++) {
      SszType<?> t = fields.get(i).type();
      if (t.isFixedSize()) {
        values[i] = decodeField(i, in, from + pos, from + pos + t.fixedSize());
      } else {
        long offset = readOffset(in, from + pos);
        long previous =
            variableIndices.isEmpty()
                ? fixedPartSize
                : starts[variableIndices.get(variableIndices.size() - 1)];
        if (variableIndices.isEmpty() && offset != fixedPartSize) {
          throw new SszException(
              "offset of "
                  + fields.get(i).name()
                  + " is "
                  + offset
                  + ", expected "
                  + fixedPartSize
                  + " (end of the fixed part)");
        }
        if (offset < previous || offset > len) {
          throw new SszException(
              "offset of "
                  + fields.get(i).name()
                  + " ("
                  + offset
                  + ") is out of range ["
                  + previous
                  + ", "
                  + len
                  + "]");
        }
        starts[i] = (int) offset;
        variableIndices.add(i);
      }
      pos += t.fixedSize();
    }
    for (int k = 0; k < variableIndices.size(); k++) {
      int i = variableIndices.get(k);
      int end = k + 1 < variableIndices.size() ? starts[variableIndices.get(k + 1)] : len;
      values[i] = decodeField(i, in, from + starts[i], from + end);
    }
    return constructor.apply(new Values(values));
  }

  private Object decodeField(int i, byte[] in, int from, int to) {
    try {
      return fields.get(i).type().deserialize(in, from, to);
    } catch (SszException e) {
      throw e.within(fields.get(i).name());
    }
  }

  @Override
  public Bytes32 hashTreeRoot(T value) {
    List<Bytes32> roots = new ArrayList<>(fields.size());
    try {
      for (Field<T, ?> f : fields) {
        roots.add(f.root(value));
      }
    } catch (SszException e) {
      throw e.within(name);
    }
    return Merkle.merkleize(roots, fields.size());
  }

  static void writeOffset(ByteArrayOutputStream out, long offset) {
    if (offset > 0xFFFFFFFFL) {
      throw new SszException("encoding exceeds 4 GiB (offset " + offset + ")");
    }
    for (int i = 0; i < 4; i++) {
      out.write((int) (offset >>> (8 * i)) & 0xFF);
    }
  }

  static long readOffset(byte[] in, int at) {
    long v = 0;
    for (int i = 0; i < 4; i++) {
      v |= (in[at + i] & 0xFFL) << (8 * i);
    }
    return v;
  }

  @Override
  public String toString() {
    return name;
  }
}
