package io.leandevnet.ssz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class SszTest {
  private static final HexFormat HEX = HexFormat.of();

  record Pair(long a, List<Long> b) {}

  static final ContainerType<Pair> PAIR =
      ContainerType.of(
          "Pair",
          v -> new Pair(v.get(0), v.get(1)),
          ContainerType.Field.of("a", Ssz.UINT16, Pair::a),
          ContainerType.Field.of("b", Ssz.list(Ssz.UINT64, 4), Pair::b));

  @Test
  void uintsAreLittleEndianAndPaddedToAChunk() {
    assertThat(HEX.formatHex(Ssz.UINT64.serialize(0x0102030405060708L)))
        .isEqualTo("0807060504030201");
    assertThat(HEX.formatHex(Ssz.UINT16.serialize(0xABCDL))).isEqualTo("cdab");
    assertThat(Ssz.UINT64.hashTreeRoot(1L).toHex())
        .isEqualTo("0x0100000000000000000000000000000000000000000000000000000000000000");
    assertThat(Ssz.UINT64.deserialize(HEX.parseHex("ffffffffffffffff"))).isEqualTo(-1L);
    assertThatThrownBy(() -> Ssz.UINT8.serialize(256L)).hasMessageContaining("does not fit uint8");
  }

  @Test
  void booleanRejectsBytesOtherThanZeroAndOne() {
    assertThat(Ssz.BOOLEAN.deserialize(new byte[] {1})).isTrue();
    assertThatThrownBy(() -> Ssz.BOOLEAN.deserialize(new byte[] {2}))
        .isInstanceOf(SszException.class)
        .hasMessageContaining("0x02");
  }

  @Test
  void zeroHashesChainBySha256() {
    assertThat(Merkle.zeroHash(1).toHex())
        .isEqualTo("0xf5a5fd42d16a20302798ef6ed309979b43003d2320d9f0e8ea9831a92759fb4b");
    assertThat(Merkle.zeroHash(2)).isEqualTo(Merkle.hash(Merkle.zeroHash(1), Merkle.zeroHash(1)));
  }

  @Test
  void emptyListOfLimit4096HasTheEmptyBlockBodyRoot() {
    // BlockBody{attestations: List[AggregatedAttestation, 4096]} with no attestations: the body
    // root published in the research notes (spec.md section 5).
    ListType<Bytes32> list = Ssz.list(Ssz.BYTES32, 4096);
    Bytes32 listRoot = list.hashTreeRoot(List.of());
    assertThat(listRoot).isEqualTo(Merkle.mixInLength(Merkle.zeroHash(12), 0));
    assertThat(Merkle.merkleize(List.of(listRoot), 1).toHex())
        .isEqualTo("0xdba9671bac9513c9482f1416a53aabd2c6ce90d5a5f865ce5a55c775325c9136");
  }

  @Test
  void bitlistSerializationPutsTheDelimiterJustPastTheLastBit() {
    BitlistType type = Ssz.bitlist(16);
    assertThat(HEX.formatHex(type.serialize(Bits.EMPTY))).isEqualTo("01");
    assertThat(HEX.formatHex(type.serialize(Bits.of(true, false, true)))).isEqualTo("0d");
    assertThat(
            HEX.formatHex(type.serialize(Bits.of(true, true, true, true, true, true, true, true))))
        .isEqualTo("ff01");
    assertThat(type.deserialize(HEX.parseHex("0d"))).isEqualTo(Bits.of(true, false, true));
    assertThat(type.deserialize(HEX.parseHex("ff01")).length()).isEqualTo(8);
    assertThat(type.deserialize(HEX.parseHex("01"))).isEqualTo(Bits.EMPTY);
  }

  @Test
  void bitlistRejectsMissingDelimiterEmptyInputAndOverLimit() {
    BitlistType type = Ssz.bitlist(8);
    assertThatThrownBy(() -> type.deserialize(HEX.parseHex("0f00")))
        .hasMessageContaining("no delimiter bit");
    assertThatThrownBy(() -> type.deserialize(new byte[0]))
        .hasMessageContaining("at least one byte");
    assertThatThrownBy(() -> type.deserialize(HEX.parseHex("ff03")))
        .hasMessageContaining("9 bits exceed the limit of 8");
    assertThatThrownBy(() -> type.serialize(Bits.zeros(9)))
        .hasMessageContaining("exceed the limit");
  }

  @Test
  void bitlistRootMixesInTheBitLength() {
    BitlistType type = Ssz.bitlist(2048); // 8 chunks, depth 3
    Bits bits = Bits.of(true, false, true);
    byte[] chunk = new byte[32];
    chunk[0] = 0x05;
    Bytes32 expected = Merkle.mixInLength(Merkle.merkleize(chunk, 8), 3);
    assertThat(type.hashTreeRoot(bits)).isEqualTo(expected);
    assertThat(type.hashTreeRoot(Bits.EMPTY)).isEqualTo(Merkle.mixInLength(Merkle.zeroHash(3), 0));
  }

  @Test
  void bitvectorRejectsBitsPastTheLength() {
    BitvectorType type = Ssz.bitvector(4);
    assertThat(type.deserialize(new byte[] {0x09})).isEqualTo(Bits.of(true, false, false, true));
    assertThatThrownBy(() -> type.deserialize(new byte[] {0x19}))
        .hasMessageContaining("must be zero");
  }

  @Test
  void containerWithAVariableFieldRoundTrips() {
    Pair p = new Pair(7, List.of(1L, 2L));
    byte[] bytes = PAIR.serialize(p);
    assertThat(HEX.formatHex(bytes))
        .isEqualTo("0700" + "06000000" + "0100000000000000" + "0200000000000000");
    assertThat(PAIR.deserialize(bytes)).isEqualTo(p);
    byte[] packed = new byte[16];
    packed[0] = 1;
    packed[8] = 2;
    Bytes32 listRoot = Merkle.mixInLength(Merkle.merkleize(packed, 1), 2);
    assertThat(PAIR.hashTreeRoot(p))
        .isEqualTo(Merkle.merkleize(List.of(Ssz.UINT16.hashTreeRoot(7L), listRoot), 2));
  }

  @Test
  void containerRejectsBadOffsetsAndTruncation() {
    assertThatThrownBy(() -> PAIR.deserialize(HEX.parseHex("0700" + "07000000")))
        .isInstanceOf(SszException.class)
        .hasMessageContaining("Pair: offset of b is 7, expected 6");
    assertThatThrownBy(() -> PAIR.deserialize(HEX.parseHex("0700")))
        .hasMessageContaining("truncated");
    assertThatThrownBy(() -> PAIR.deserialize(HEX.parseHex("0700" + "06000000" + "0100")))
        .hasMessageContaining("Pair.b: 2 bytes is not a whole number of 8-byte elements");
    assertThatThrownBy(
            () ->
                PAIR.deserialize(
                    HEX.parseHex(
                        "0700"
                            + "06000000"
                            + "01000000000000000200000000000000030000000000000004000000000000000500000000000000")))
        .hasMessageContaining("Pair.b: 5 elements exceed the limit of 4");
  }

  @Test
  void listOfVariableElementsChecksEveryOffset() {
    ListType<Pair> list = Ssz.list(PAIR, 3);
    List<Pair> value = List.of(new Pair(1, List.of()), new Pair(2, List.of(9L)));
    byte[] bytes = list.serialize(value);
    assertThat(list.deserialize(bytes)).isEqualTo(value);
    byte[] bad = bytes.clone();
    bad[4] = (byte) 0xF0; // second element's offset beyond the end
    assertThatThrownBy(() -> list.deserialize(bad)).hasMessageContaining("out of range");
    byte[] badFirst = bytes.clone();
    badFirst[0] = 5;
    assertThatThrownBy(() -> list.deserialize(badFirst)).hasMessageContaining("first offset 5");
    byte[] huge = HEX.parseHex("00100000"); // 1024 elements claimed in 4 bytes
    assertThatThrownBy(() -> list.deserialize(huge)).hasMessageContaining("first offset");
  }

  @Test
  void nestedErrorsNameTheFieldPath() {
    ListType<Pair> list = Ssz.list(PAIR, 3);
    List<Pair> value = List.of(new Pair(1, List.of()), new Pair(70000, List.of()));
    assertThatThrownBy(() -> list.serialize(value))
        .hasMessage("[1].Pair.a: value 70000 does not fit uint16");
  }

  @Test
  void byteVectorOf52BytesHashesAsTwoChunks() {
    ByteVectorType type = Ssz.byteVector(52);
    Bytes value = Bytes.fromHex("11".repeat(52));
    byte[] padded = new byte[64];
    Arrays.fill(padded, 0, 52, (byte) 0x11);
    assertThat(type.hashTreeRoot(value)).isEqualTo(Merkle.hash(padded));
    assertThatThrownBy(() -> type.deserialize(new byte[51])).hasMessageContaining("expected 52");
  }

  @Test
  void byteListMixesInItsLength() {
    ByteListType type = Ssz.byteList(1024 * 1024);
    Bytes value = Bytes.fromHex("0xabcd");
    byte[] chunk = new byte[32];
    chunk[0] = (byte) 0xab;
    chunk[1] = (byte) 0xcd;
    assertThat(type.hashTreeRoot(value))
        .isEqualTo(Merkle.mixInLength(Merkle.merkleize(chunk, 32768), 2));
    assertThatThrownBy(() -> Ssz.byteList(1).deserialize(new byte[2]))
        .hasMessageContaining("2 bytes exceed the limit of 1");
  }

  @Test
  void vectorNeedsExactlyItsLength() {
    VectorType<Long> type = Ssz.vector(Ssz.UINT32, 2);
    assertThat(type.deserialize(HEX.parseHex("0100000002000000"))).containsExactly(1L, 2L);
    assertThatThrownBy(() -> type.serialize(List.of(1L))).hasMessageContaining("expected 2");
    assertThatThrownBy(() -> type.deserialize(new byte[4])).hasMessageContaining("expected 8");
  }
}
