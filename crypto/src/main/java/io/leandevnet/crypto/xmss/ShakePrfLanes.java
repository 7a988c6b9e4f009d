package io.leandevnet.crypto.xmss;

import static jdk.incubator.vector.VectorOperators.AND_NOT;
import static jdk.incubator.vector.VectorOperators.ROL;
import static jdk.incubator.vector.VectorOperators.XOR;

import io.leandevnet.crypto.koalabear.KoalaBear;
import java.util.Arrays;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link ShakePrf#chainStart} for one chain index and one epoch per SIMD lane: lane-parallel
 * Keccak-f[1600] (one SHAKE128 block per lane), then the big-endian u128 to field element
 * reduction, straight into Montgomery form for {@link PoseidonLeafIntLanes}. Only loaded when the
 * Vector API is enabled.
 */
final class ShakePrfLanes {

  private static final VectorSpecies<Long> SPECIES = LongVector.SPECIES_PREFERRED;
  private static final int L = SPECIES.length();
  private static final long P = KoalaBear.P;
  private static final long MASK32 = 0xffffffffL;
  private static final long MASK31 = 0x7fffffffL;
  private static final long NEG_P_INV = KoalaBear.MONTGOMERY_NEG_P_INV;

  /**
   * 2^(32k) mod p for k = 2..5: a u128 = hh 2^96 + hl 2^64 + lh 2^32 + ll times 2^32, term by term.
   */
  private static final long R2 = KoalaBear.MONTGOMERY_R2;

  private static final long R3 = KoalaBear.pow(KoalaBear.MONTGOMERY_R, 3);
  private static final long R4 = KoalaBear.pow(KoalaBear.MONTGOMERY_R, 4);
  private static final long R5 = KoalaBear.pow(KoalaBear.MONTGOMERY_R, 5);

  private ShakePrfLanes() {}

  static int lanes() {
    return L;
  }

  /**
   * Writes the chain starts of chain {@code chainIndex} for {@code epochs[0..lanes)} in Montgomery
   * form: element k of lane l at {@code out[k * lanes + l]}. {@code state} is scratch of 25 *
   * lanes.
   */
  static void chainStarts(
      ShakePrf prf,
      byte[] key,
      long[] epochs,
      long chainIndex,
      int digestLen,
      long[] out,
      long[] state,
      byte[] block) {
    prf.chainStartBlock(key, 0, chainIndex, block);
    loadBlock(block, state);
    // The epoch (u32 big-endian) sits in bytes 49..52, inside word 6.
    for (int l = 0; l < L; l++) {
      long e = epochs[l];
      block[49] = (byte) (e >>> 24);
      block[50] = (byte) (e >>> 16);
      block[51] = (byte) (e >>> 8);
      block[52] = (byte) e;
      state[6 * L + l] = leWord(block, 48);
    }
    keccakF(state);
    elements(state, digestLen, out);
  }

  /**
   * Writes the signing randomness for attempts {@code firstCounter .. firstCounter + lanes - 1} in
   * Montgomery form, element k of lane l at {@code out[k * lanes + l]}.
   */
  static void randomness(
      ShakePrf prf,
      byte[] key,
      long epoch,
      byte[] message,
      long firstCounter,
      int randLen,
      long[] out,
      long[] state,
      byte[] block) {
    int counterAt = prf.randomnessBlock(key, epoch, message, 0, block);
    loadBlock(block, state);
    int firstWord = counterAt / 8;
    int lastWord = (counterAt + 7) / 8;
    for (int l = 0; l < L; l++) {
      long c = firstCounter + l;
      for (int i = 0; i < 8; i++) {
        block[counterAt + i] = (byte) (c >>> (56 - 8 * i));
      }
      for (int w = firstWord; w <= lastWord; w++) {
        state[w * L + l] = leWord(block, 8 * w);
      }
    }
    keccakF(state);
    elements(state, randLen, out);
  }

  /**
   * The 21 little-endian words of a padded block, the same in every lane; the capacity words zero.
   */
  private static void loadBlock(byte[] block, long[] state) {
    Arrays.fill(state, 0L);
    for (int w = 0; w < Shake128.RATE / 8; w++) {
      Arrays.fill(state, w * L, (w + 1) * L, leWord(block, 8 * w));
    }
  }

  /**
   * Output elements 0..count-1 (16 output bytes each, a big-endian u128 reduced mod p) of every
   * lane, in Montgomery form.
   */
  private static void elements(long[] state, int count, long[] out) {
    for (int k = 0; k < count; k++) {
      LongVector hi =
          LongVector.fromArray(SPECIES, state, 2 * k * L).lanewise(VectorOperators.REVERSE_BYTES);
      LongVector lo =
          LongVector.fromArray(SPECIES, state, (2 * k + 1) * L)
              .lanewise(VectorOperators.REVERSE_BYTES);
      LongVector t = hi.lanewise(VectorOperators.LSHR, 32).mul(R5);
      LongVector acc =
          t.add(t.mul(NEG_P_INV).and(MASK32).mul(P)).lanewise(VectorOperators.LSHR, 32);
      t = hi.and(MASK32).mul(R4);
      acc = acc.add(t.add(t.mul(NEG_P_INV).and(MASK32).mul(P)).lanewise(VectorOperators.LSHR, 32));
      t = lo.lanewise(VectorOperators.LSHR, 32).mul(R3);
      acc = acc.add(t.add(t.mul(NEG_P_INV).and(MASK32).mul(P)).lanewise(VectorOperators.LSHR, 32));
      t = lo.and(MASK32).mul(R2);
      acc = acc.add(t.add(t.mul(NEG_P_INV).and(MASK32).mul(P)).lanewise(VectorOperators.LSHR, 32));
      LongVector h = acc.lanewise(VectorOperators.LSHR, 31);
      acc = acc.and(MASK31).add(h.lanewise(VectorOperators.LSHL, 24)).sub(h);
      h = acc.lanewise(VectorOperators.LSHR, 31);
      acc = acc.and(MASK31).add(h.lanewise(VectorOperators.LSHL, 24)).sub(h);
      LongVector y = acc.sub(P);
      y.add(y.lanewise(VectorOperators.ASHR, 63).and(P)).intoArray(out, k * L);
    }
  }

  private static long leWord(byte[] b, int off) {
    long word = 0;
    for (int i = 7; i >= 0; i--) {
      word = (word << 8) | (b[off + i] & 0xffL);
    }
    return word;
  }

  /**
   * Keccak-f[1600] on lane-interleaved states: lane word i of state l at {@code s[i * lanes + l]}.
   */
  static void keccakF(long[] s) {
    LongVector a00 = LongVector.fromArray(SPECIES, s, 0 * L);
    LongVector a01 = LongVector.fromArray(SPECIES, s, 1 * L);
    LongVector a02 = LongVector.fromArray(SPECIES, s, 2 * L);
    LongVector a03 = LongVector.fromArray(SPECIES, s, 3 * L);
    LongVector a04 = LongVector.fromArray(SPECIES, s, 4 * L);
    LongVector a05 = LongVector.fromArray(SPECIES, s, 5 * L);
    LongVector a06 = LongVector.fromArray(SPECIES, s, 6 * L);
    LongVector a07 = LongVector.fromArray(SPECIES, s, 7 * L);
    LongVector a08 = LongVector.fromArray(SPECIES, s, 8 * L);
    LongVector a09 = LongVector.fromArray(SPECIES, s, 9 * L);
    LongVector a10 = LongVector.fromArray(SPECIES, s, 10 * L);
    LongVector a11 = LongVector.fromArray(SPECIES, s, 11 * L);
    LongVector a12 = LongVector.fromArray(SPECIES, s, 12 * L);
    LongVector a13 = LongVector.fromArray(SPECIES, s, 13 * L);
    LongVector a14 = LongVector.fromArray(SPECIES, s, 14 * L);
    LongVector a15 = LongVector.fromArray(SPECIES, s, 15 * L);
    LongVector a16 = LongVector.fromArray(SPECIES, s, 16 * L);
    LongVector a17 = LongVector.fromArray(SPECIES, s, 17 * L);
    LongVector a18 = LongVector.fromArray(SPECIES, s, 18 * L);
    LongVector a19 = LongVector.fromArray(SPECIES, s, 19 * L);
    LongVector a20 = LongVector.fromArray(SPECIES, s, 20 * L);
    LongVector a21 = LongVector.fromArray(SPECIES, s, 21 * L);
    LongVector a22 = LongVector.fromArray(SPECIES, s, 22 * L);
    LongVector a23 = LongVector.fromArray(SPECIES, s, 23 * L);
    LongVector a24 = LongVector.fromArray(SPECIES, s, 24 * L);
    for (int round = 0; round < 24; round++) {
      LongVector c0 =
          a00.lanewise(XOR, a05).lanewise(XOR, a10).lanewise(XOR, a15).lanewise(XOR, a20);
      LongVector c1 =
          a01.lanewise(XOR, a06).lanewise(XOR, a11).lanewise(XOR, a16).lanewise(XOR, a21);
      LongVector c2 =
          a02.lanewise(XOR, a07).lanewise(XOR, a12).lanewise(XOR, a17).lanewise(XOR, a22);
      LongVector c3 =
          a03.lanewise(XOR, a08).lanewise(XOR, a13).lanewise(XOR, a18).lanewise(XOR, a23);
      LongVector c4 =
          a04.lanewise(XOR, a09).lanewise(XOR, a14).lanewise(XOR, a19).lanewise(XOR, a24);
      LongVector d0 = c4.lanewise(XOR, c1.lanewise(ROL, 1));
      LongVector d1 = c0.lanewise(XOR, c2.lanewise(ROL, 1));
      LongVector d2 = c1.lanewise(XOR, c3.lanewise(ROL, 1));
      LongVector d3 = c2.lanewise(XOR, c4.lanewise(ROL, 1));
      LongVector d4 = c3.lanewise(XOR, c0.lanewise(ROL, 1));
      LongVector b00 = a00.lanewise(XOR, d0);
      LongVector b16 = a05.lanewise(XOR, d0).lanewise(ROL, 36);
      LongVector b07 = a10.lanewise(XOR, d0).lanewise(ROL, 3);
      LongVector b23 = a15.lanewise(XOR, d0).lanewise(ROL, 41);
      LongVector b14 = a20.lanewise(XOR, d0).lanewise(ROL, 18);
      LongVector b10 = a01.lanewise(XOR, d1).lanewise(ROL, 1);
      LongVector b01 = a06.lanewise(XOR, d1).lanewise(ROL, 44);
      LongVector b17 = a11.lanewise(XOR, d1).lanewise(ROL, 10);
      LongVector b08 = a16.lanewise(XOR, d1).lanewise(ROL, 45);
      LongVector b24 = a21.lanewise(XOR, d1).lanewise(ROL, 2);
      LongVector b20 = a02.lanewise(XOR, d2).lanewise(ROL, 62);
      LongVector b11 = a07.lanewise(XOR, d2).lanewise(ROL, 6);
      LongVector b02 = a12.lanewise(XOR, d2).lanewise(ROL, 43);
      LongVector b18 = a17.lanewise(XOR, d2).lanewise(ROL, 15);
      LongVector b09 = a22.lanewise(XOR, d2).lanewise(ROL, 61);
      LongVector b05 = a03.lanewise(XOR, d3).lanewise(ROL, 28);
      LongVector b21 = a08.lanewise(XOR, d3).lanewise(ROL, 55);
      LongVector b12 = a13.lanewise(XOR, d3).lanewise(ROL, 25);
      LongVector b03 = a18.lanewise(XOR, d3).lanewise(ROL, 21);
      LongVector b19 = a23.lanewise(XOR, d3).lanewise(ROL, 56);
      LongVector b15 = a04.lanewise(XOR, d4).lanewise(ROL, 27);
      LongVector b06 = a09.lanewise(XOR, d4).lanewise(ROL, 20);
      LongVector b22 = a14.lanewise(XOR, d4).lanewise(ROL, 39);
      LongVector b13 = a19.lanewise(XOR, d4).lanewise(ROL, 8);
      LongVector b04 = a24.lanewise(XOR, d4).lanewise(ROL, 14);
      a00 = b00.lanewise(XOR, b02.lanewise(AND_NOT, b01));
      a01 = b01.lanewise(XOR, b03.lanewise(AND_NOT, b02));
      a02 = b02.lanewise(XOR, b04.lanewise(AND_NOT, b03));
      a03 = b03.lanewise(XOR, b00.lanewise(AND_NOT, b04));
      a04 = b04.lanewise(XOR, b01.lanewise(AND_NOT, b00));
      a05 = b05.lanewise(XOR, b07.lanewise(AND_NOT, b06));
      a06 = b06.lanewise(XOR, b08.lanewise(AND_NOT, b07));
      a07 = b07.lanewise(XOR, b09.lanewise(AND_NOT, b08));
      a08 = b08.lanewise(XOR, b05.lanewise(AND_NOT, b09));
      a09 = b09.lanewise(XOR, b06.lanewise(AND_NOT, b05));
      a10 = b10.lanewise(XOR, b12.lanewise(AND_NOT, b11));
      a11 = b11.lanewise(XOR, b13.lanewise(AND_NOT, b12));
      a12 = b12.lanewise(XOR, b14.lanewise(AND_NOT, b13));
      a13 = b13.lanewise(XOR, b10.lanewise(AND_NOT, b14));
      a14 = b14.lanewise(XOR, b11.lanewise(AND_NOT, b10));
      a15 = b15.lanewise(XOR, b17.lanewise(AND_NOT, b16));
      a16 = b16.lanewise(XOR, b18.lanewise(AND_NOT, b17));
      a17 = b17.lanewise(XOR, b19.lanewise(AND_NOT, b18));
      a18 = b18.lanewise(XOR, b15.lanewise(AND_NOT, b19));
      a19 = b19.lanewise(XOR, b16.lanewise(AND_NOT, b15));
      a20 = b20.lanewise(XOR, b22.lanewise(AND_NOT, b21));
      a21 = b21.lanewise(XOR, b23.lanewise(AND_NOT, b22));
      a22 = b22.lanewise(XOR, b24.lanewise(AND_NOT, b23));
      a23 = b23.lanewise(XOR, b20.lanewise(AND_NOT, b24));
      a24 = b24.lanewise(XOR, b21.lanewise(AND_NOT, b20));
      a00 = a00.lanewise(XOR, Shake128.ROUND_CONSTANTS[round]);
    }
    a00.intoArray(s, 0 * L);
    a01.intoArray(s, 1 * L);
    a02.intoArray(s, 2 * L);
    a03.intoArray(s, 3 * L);
    a04.intoArray(s, 4 * L);
    a05.intoArray(s, 5 * L);
    a06.intoArray(s, 6 * L);
    a07.intoArray(s, 7 * L);
    a08.intoArray(s, 8 * L);
    a09.intoArray(s, 9 * L);
    a10.intoArray(s, 10 * L);
    a11.intoArray(s, 11 * L);
    a12.intoArray(s, 12 * L);
    a13.intoArray(s, 13 * L);
    a14.intoArray(s, 14 * L);
    a15.intoArray(s, 15 * L);
    a16.intoArray(s, 16 * L);
    a17.intoArray(s, 17 * L);
    a18.intoArray(s, 18 * L);
    a19.intoArray(s, 19 * L);
    a20.intoArray(s, 20 * L);
    a21.intoArray(s, 21 * L);
    a22.intoArray(s, 22 * L);
    a23.intoArray(s, 23 * L);
    a24.intoArray(s, 24 * L);
  }
}
