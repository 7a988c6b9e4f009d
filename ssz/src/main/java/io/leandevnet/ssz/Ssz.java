package io.leandevnet.ssz;

/**
 * The SSZ type catalogue: basic types as constants, composite types from factories.
 *
 * <pre>{@code
 * SszType<List<Bytes32>> roots = Ssz.list(Ssz.BYTES32, 1 << 18);
 * Bytes32 root = roots.hashTreeRoot(List.of(Bytes32.ZERO));
 * }</pre>
 */
public final class Ssz {
  public static final UintType UINT8 = new UintType(1);
  public static final UintType UINT16 = new UintType(2);
  public static final UintType UINT32 = new UintType(4);
  public static final UintType UINT64 = new UintType(8);
  public static final BooleanType BOOLEAN = new BooleanType();
  public static final Bytes32Type BYTES32 = new Bytes32Type();

  private Ssz() {}

  /** ByteVector[length]. */
  public static ByteVectorType byteVector(int length) {
    return new ByteVectorType(length);
  }

  /** ByteList[limit]. */
  public static ByteListType byteList(int limit) {
    return new ByteListType(limit);
  }

  /** Vector[elem, length]. */
  public static <T> VectorType<T> vector(SszType<T> elem, int length) {
    return new VectorType<>(elem, length);
  }

  /** List[elem, limit]. */
  public static <T> ListType<T> list(SszType<T> elem, long limit) {
    return new ListType<>(elem, limit);
  }

  /** Bitvector[length]. */
  public static BitvectorType bitvector(int length) {
    return new BitvectorType(length);
  }

  /** Bitlist[limit]. */
  public static BitlistType bitlist(long limit) {
    return new BitlistType(limit);
  }
}
