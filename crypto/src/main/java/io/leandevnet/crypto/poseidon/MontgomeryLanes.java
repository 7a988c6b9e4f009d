package io.leandevnet.crypto.poseidon;

import io.leandevnet.crypto.koalabear.KoalaBear;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * KoalaBear field elements in Montgomery form (x * 2^32 mod p) on {@link #LANES} 32-bit lanes, the
 * layout {@link Poseidon1IntLanes} permutes: value {@code i} of lane {@code l} at {@code a[i *
 * LANES + l]}. Converts to and from Montgomery form, adds lane-wise and writes the tweak's two
 * base-p digits, for the leaf and signing code that fills and reads those states.
 *
 * <p>Needs the {@code jdk.incubator.vector} module at run time; callers check {@link
 * VectorSupport#path()} before touching this class.
 */
public final class MontgomeryLanes {

  /**
   * The vector shape: the CPU's preferred one when it holds 16 ints (AVX-512), otherwise 256 bits
   * (8 ints, AVX2).
   */
  static final VectorSpecies<Integer> SPECIES =
      IntVector.SPECIES_PREFERRED.length() >= 16 ? IntVector.SPECIES_512 : IntVector.SPECIES_256;

  /** The same bits as 64-bit lanes. */
  static final VectorSpecies<Long> HALF =
      SPECIES.vectorBitSize() == 512 ? LongVector.SPECIES_512 : LongVector.SPECIES_256;

  /** Lanes per vector: 8 on AVX2, 16 on AVX-512. */
  public static final int LANES = SPECIES.length();

  private static final int L = LANES;
  private static final int P = KoalaBear.P;
  private static final long PL = KoalaBear.P;

  /** p^-1 mod 2^32. */
  private static final int P_INV = 0x81000001;

  /** -p^-1 mod 2^32. */
  private static final int NEG_P_INV = (int) KoalaBear.MONTGOMERY_NEG_P_INV;

  private static final long M32 = 0xffffffffL;
  private static final long HIGH32 = 0xffffffff00000000L;

  private MontgomeryLanes() {}

  /** x * 2^32 mod p for canonical x. */
  public static int toMontgomery(long x) {
    return (int) KoalaBear.mul(x, KoalaBear.MONTGOMERY_R);
  }

  /** x * 2^-32 mod p for canonical x. */
  public static int fromMontgomery(int x) {
    long t = x & M32;
    long m = (t * (NEG_P_INV & M32)) & M32;
    long u = (t + m * PL) >>> 32;
    return (int) (u >= PL ? u - PL : u);
  }

  /** Converts {@code count} canonical values at {@code a[off..]} to Montgomery form in place. */
  public static void toMontgomery(int[] a, int off, int count) {
    int i = 0;
    int r2 = (int) KoalaBear.MONTGOMERY_R2;
    for (; i + L <= count; i += L) {
      IntVector x = IntVector.fromArray(SPECIES, a, off + i);
      montByConstant(x, r2, r2 * P_INV).intoArray(a, off + i);
    }
    for (; i < count; i++) {
      a[off + i] = toMontgomery(a[off + i]);
    }
  }

  /** Converts {@code count} Montgomery values at {@code a[off..]} to canonical form in place. */
  public static void fromMontgomery(int[] a, int off, int count) {
    int i = 0;
    for (; i + L <= count; i += L) {
      IntVector x = IntVector.fromArray(SPECIES, a, off + i);
      montByConstant(x, 1, P_INV).intoArray(a, off + i);
    }
    for (; i < count; i++) {
      a[off + i] = fromMontgomery(a[off + i]);
    }
  }

  /**
   * Lane-wise (a + b) mod p over {@code count} canonical values: {@code a[aOff..] += b[bOff..]}.
   */
  public static void addInto(int[] a, int aOff, int[] b, int bOff, int count) {
    int i = 0;
    for (; i + L <= count; i += L) {
      add(IntVector.fromArray(SPECIES, a, aOff + i), IntVector.fromArray(SPECIES, b, bOff + i))
          .intoArray(a, aOff + i);
    }
    for (; i < count; i++) {
      a[aOff + i] = (int) KoalaBear.add(a[aOff + i], b[bOff + i]);
    }
  }

  /**
   * The two base-p digits of {@code base_l + small} per lane, in Montgomery form, written to rows
   * {@code row} and {@code row + 1} of {@code out}, given per lane {@code baseMod[l] = base_l mod
   * p} and Montgomery forms {@code baseModMont[l]} of it and {@code baseQuotMont[l]} of {@code
   * base_l / p} (which must be below p - 1). {@code small} must be below p.
   */
  public static void twoDigitRows(
      int[] baseMod, int[] baseModMont, int[] baseQuotMont, long small, int[] out, int row) {
    int smallMont = toMontgomery(small);
    // base mod p + small - p lies in [-p, p): negative (sign -1) when there is no carry.
    IntVector t = IntVector.fromArray(SPECIES, baseMod, 0).add((int) small).sub(P);
    IntVector noCarry = t.lanewise(VectorOperators.ASHR, 31);
    add(IntVector.fromArray(SPECIES, baseModMont, 0), IntVector.broadcast(SPECIES, smallMont))
        .intoArray(out, row * L);
    IntVector one =
        IntVector.broadcast(SPECIES, (int) KoalaBear.MONTGOMERY_R)
            .lanewise(VectorOperators.AND_NOT, noCarry);
    add(IntVector.fromArray(SPECIES, baseQuotMont, 0), one).intoArray(out, (row + 1) * L);
  }

  /** (a + b) mod p lane-wise for canonical a, b. */
  static IntVector add(IntVector a, IntVector b) {
    IntVector y = a.add(b).sub(P);
    return y.add(y.lanewise(VectorOperators.ASHR, 31).and(P));
  }

  /**
   * Montgomery product by a constant {@code c}, given {@code cq = c * p^-1 mod 2^32} (for the
   * conversions; the permutation writes its products out in place).
   */
  private static IntVector montByConstant(IntVector a, int c, int cq) {
    LongVector al = (LongVector) a.reinterpretShape(HALF, 0);
    LongVector cl = LongVector.broadcast(HALF, c & M32).and(M32);
    LongVector pl = LongVector.broadcast(HALF, PL).and(M32);
    LongVector pe = al.and(M32).mul(cl);
    LongVector po = al.lanewise(VectorOperators.LSHR, 32).mul(cl);
    LongVector q = (LongVector) a.mul(cq).reinterpretShape(HALF, 0);
    LongVector de = pe.sub(q.and(M32).mul(pl));
    LongVector dd = po.sub(q.lanewise(VectorOperators.LSHR, 32).mul(pl));
    IntVector r =
        (IntVector)
            de.lanewise(VectorOperators.LSHR, 32).or(dd.and(HIGH32)).reinterpretShape(SPECIES, 0);
    return r.add(r.lanewise(VectorOperators.ASHR, 31).and(P));
  }
}
