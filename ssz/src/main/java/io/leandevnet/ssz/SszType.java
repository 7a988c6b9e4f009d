package io.leandevnet.ssz;

/**
 * One SSZ type: how its values serialize, deserialize and hash. Containers, vectors and lists are
 * built by composing these.
 *
 * @param <T> the Java value type
 */
public interface SszType<T> {
  /** Whether every value has the same serialized length ({@link #fixedSize()}). */
  boolean isFixedSize();

  /** Serialized length of every value, for fixed-size types; for others, the 4-byte offset. */
  int fixedSize();

  /** Whether this is a basic type (uint, boolean) that vectors and lists pack into chunks. */
  default boolean isBasic() {
    return false;
  }

  /** The SSZ encoding of {@code value}. */
  byte[] serialize(T value);

  /**
   * Decodes exactly {@code bytes[from, to)}.
   *
   * @throws SszException if those bytes are not a valid encoding of this type
   */
  T deserialize(byte[] bytes, int from, int to);

  /** {@code hash_tree_root(value)}. */
  Bytes32 hashTreeRoot(T value);

  /**
   * Decodes all of {@code bytes}.
   *
   * @throws SszException if the bytes are not a valid encoding of this type
   */
  default T deserialize(byte[] bytes) {
    return deserialize(bytes, 0, bytes.length);
  }

  /** Checks that a fixed-size region has exactly the expected length. */
  default void requireLength(int from, int to) {
    if (to - from != fixedSize()) {
      throw new SszException("expected " + fixedSize() + " bytes, got " + (to - from));
    }
  }
}
