package io.leandevnet.crypto.poseidon;

import io.leandevnet.crypto.koalabear.KoalaBear;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link Poseidon1} on {@link #lanes()} independent states at once with the Vector API (one state
 * per SIMD lane, as leanSig packs one epoch per lane). States are stored lane-interleaved: element
 * {@code i} of lane {@code l} at {@code state[i * lanes + l]}, in Montgomery form (x * 2^32 mod p),
 * canonical.
 *
 * <p>Needs the {@code jdk.incubator.vector} module at run time; callers check {@link
 * VectorSupport#available()} before touching this class.
 */
public final class Poseidon1Lanes {

  private static final VectorSpecies<Long> SPECIES = LongVector.SPECIES_PREFERRED;
  private static final int L = SPECIES.length();
  private static final long P = KoalaBear.P;
  private static final long MASK32 = 0xffffffffL;
  private static final long MASK31 = 0x7fffffffL;
  private static final long NEG_P_INV = KoalaBear.MONTGOMERY_NEG_P_INV;
  private static final long R_MOD_P = KoalaBear.MONTGOMERY_R;
  private static final long R2_MOD_P = KoalaBear.MONTGOMERY_R2;
  private static final int HALF_FULL = 4;

  private static final Poseidon1Lanes KOALABEAR_16 = new Poseidon1Lanes(Poseidon1.koalaBear16());
  private static final Poseidon1Lanes KOALABEAR_24 = new Poseidon1Lanes(Poseidon1.koalaBear24());

  private final int w;
  private final int rounds;
  private final boolean smallMds;

  /** The small MDS layer accepts S-box outputs in [0, 2p); the dense one needs them canonical. */
  private final boolean lazyCube;

  private final long[] mds;
  private final long[][] fullRc;
  private final long[] partialRc;
  private final long[] residual;
  private final long corner;
  private final long[][] row;
  private final long[][] col;
  private final long[] tail;

  private Poseidon1Lanes(Poseidon1 p) {
    this.w = p.width;
    this.rounds = p.partialRounds;
    this.smallMds = p.smallMds;
    this.lazyCube = smallMds;
    this.mds = smallMds ? p.mds.clone() : mont(p.mds);
    this.fullRc = new long[p.fullRc.length][];
    for (int r = 0; r < fullRc.length; r++) {
      fullRc[r] = mont(p.fullRc[r]);
    }
    this.partialRc = mont(p.partialRc);
    this.residual = mont(p.partialResidual);
    this.corner = toMontgomery(p.sparseCorner);
    this.row = new long[rounds][];
    this.col = new long[rounds][];
    for (int r = 0; r < rounds; r++) {
      row[r] = mont(p.sparseRow[r]);
      col[r] = mont(p.sparseCol[r]);
    }
    this.tail = mont(p.partialTail);
  }

  /** Width 16. */
  public static Poseidon1Lanes koalaBear16() {
    return KOALABEAR_16;
  }

  /** Width 24. */
  public static Poseidon1Lanes koalaBear24() {
    return KOALABEAR_24;
  }

  /** Number of states permuted together. */
  public static int lanes() {
    return L;
  }

  public int width() {
    return w;
  }

  /** x * 2^32 mod p for canonical x. */
  public static long toMontgomery(long x) {
    return KoalaBear.mul(x, R_MOD_P);
  }

  /** x * 2^-32 mod p for canonical x. */
  public static long fromMontgomery(long x) {
    long m = (x * NEG_P_INV) & MASK32;
    long u = (x + m * P) >>> 32;
    return u >= P ? u - P : u;
  }

  private static long[] mont(long[] a) {
    long[] r = new long[a.length];
    for (int i = 0; i < a.length; i++) {
      r[i] = toMontgomery(a[i]);
    }
    return r;
  }

  /** Converts {@code count} canonical values at {@code a[off..]} to Montgomery form in place. */
  public static void toMontgomery(long[] a, int off, int count) {
    int i = 0;
    for (; i + L <= count; i += L) {
      LongVector t = LongVector.fromArray(SPECIES, a, off + i).mul(R2_MOD_P);
      t = t.add(t.mul(NEG_P_INV).and(MASK32).mul(P)).lanewise(VectorOperators.LSHR, 32);
      LongVector y = t.sub(P);
      y.add(y.lanewise(VectorOperators.ASHR, 63).and(P)).intoArray(a, off + i);
    }
    for (; i < count; i++) {
      a[off + i] = toMontgomery(a[off + i]);
    }
  }

  /** Converts {@code count} Montgomery values at {@code a[off..]} to canonical form in place. */
  public static void fromMontgomery(long[] a, int off, int count) {
    int i = 0;
    for (; i + L <= count; i += L) {
      LongVector t = LongVector.fromArray(SPECIES, a, off + i);
      t = t.add(t.mul(NEG_P_INV).and(MASK32).mul(P)).lanewise(VectorOperators.LSHR, 32);
      LongVector y = t.sub(P);
      y.add(y.lanewise(VectorOperators.ASHR, 63).and(P)).intoArray(a, off + i);
    }
    for (; i < count; i++) {
      a[off + i] = fromMontgomery(a[off + i]);
    }
  }

  /**
   * Lane-wise (a + b) mod p over {@code count} canonical values: {@code a[aOff..] += b[bOff..]}.
   */
  public static void addInto(long[] a, int aOff, long[] b, int bOff, int count) {
    int i = 0;
    for (; i + L <= count; i += L) {
      LongVector y =
          LongVector.fromArray(SPECIES, a, aOff + i)
              .add(LongVector.fromArray(SPECIES, b, bOff + i))
              .sub(P);
      y.add(y.lanewise(VectorOperators.ASHR, 63).and(P)).intoArray(a, aOff + i);
    }
    for (; i < count; i++) {
      a[aOff + i] = KoalaBear.add(a[aOff + i], b[bOff + i]);
    }
  }

  /**
   * The two base-p digits of {@code base_l + small} per lane, in Montgomery form, written to rows
   * {@code row} and {@code row + 1} of {@code out}, given per lane {@code baseMod[l] = base_l mod
   * p} and Montgomery forms {@code baseModMont[l]} of it and {@code baseQuotMont[l]} of {@code
   * base_l / p} (which must be below p - 1). {@code small} must be below p.
   */
  public static void twoDigitRows(
      long[] baseMod, long[] baseModMont, long[] baseQuotMont, long small, long[] out, int row) {
    long smallMont = toMontgomery(small);
    LongVector bm = LongVector.fromArray(SPECIES, baseMod, 0);
    LongVector t = bm.add(small).sub(P);
    // sign of t: -1 when base mod p + small < p (no carry into the second digit), 0 on carry.
    LongVector noCarry = t.lanewise(VectorOperators.ASHR, 63);
    LongVector d0 = LongVector.fromArray(SPECIES, baseModMont, 0).add(smallMont);
    LongVector y = d0.sub(P);
    y.add(y.lanewise(VectorOperators.ASHR, 63).and(P)).intoArray(out, row * L);
    LongVector d1 =
        LongVector.fromArray(SPECIES, baseQuotMont, 0)
            .add(LongVector.broadcast(SPECIES, R_MOD_P).lanewise(VectorOperators.AND_NOT, noCarry));
    y = d1.sub(P);
    y.add(y.lanewise(VectorOperators.ASHR, 63).and(P)).intoArray(out, (row + 1) * L);
  }

  /**
   * Permutes the {@link #lanes()} states in {@code s} (length width * lanes) using {@code tmp}
   * (same length) as scratch.
   *
   * <p>The arithmetic below is written out by hand in each loop instead of calling small helpers:
   * the Vector API only compiles to SIMD instructions when every vector operation of a loop is
   * inlined into one compilation unit, and C2 declines to inline helpers it considers cold or too
   * large.
   */
  public void permute(long[] s, long[] tmp) {
    for (int r = 0; r < HALF_FULL; r++) {
      sboxLayer(s, tmp, fullRc[r]);
      if (smallMds) {
        smallMdsLayer(tmp, s);
      } else {
        denseLayer(mds, w, tmp, 0, s, 0);
      }
    }
    for (int r = 0; r < rounds; r++) {
      partialRound(s, r);
    }
    denseLayer(tail, w - 1, s, 1, tmp, 0);
    addResidual(tmp, s);
    for (int r = HALF_FULL; r < 2 * HALF_FULL; r++) {
      sboxLayer(s, tmp, fullRc[r]);
      if (smallMds) {
        smallMdsLayer(tmp, s);
      } else {
        denseLayer(mds, w, tmp, 0, s, 0);
      }
    }
  }

  /** out_i = (s_i + rc_i)^3 for every lane and i. */
  private void sboxLayer(long[] s, long[] out, long[] rc) {
    int width = w;
    for (int i = 0; i < width; i++) {
      LongVector x = LongVector.fromArray(SPECIES, s, i * L).add(rc[i]);
      LongVector y = x.sub(P);
      x = y.add(y.lanewise(VectorOperators.ASHR, 63).and(P));
      // x canonical; x^2 stays in [0, 2p) (2p * p + m p still fits in 64 bits), so does x^3.
      LongVector t = x.mul(x);
      LongVector sq = t.add(t.mul(NEG_P_INV).and(MASK32).mul(P)).lanewise(VectorOperators.LSHR, 32);
      t = sq.mul(x);
      t = t.add(t.mul(NEG_P_INV).and(MASK32).mul(P)).lanewise(VectorOperators.LSHR, 32);
      if (lazyCube) {
        t.intoArray(out, i * L);
      } else {
        y = t.sub(P);
        y.add(y.lanewise(VectorOperators.ASHR, 63).and(P)).intoArray(out, i * L);
      }
    }
  }

  /**
   * out = M in for the small-coefficient MDS matrix, inputs in [0, 2p): each row sum stays below
   * 371 * 2p < 2^41 and is reduced once.
   */
  private void smallMdsLayer(long[] in, long[] out) {
    int width = w;
    long[] m = mds;
    for (int i = 0; i < width; i++) {
      int base = i * width;
      LongVector acc = LongVector.fromArray(SPECIES, in, 0).mul(m[base]);
      for (int j = 1; j < width; j++) {
        acc = acc.add(LongVector.fromArray(SPECIES, in, j * L).mul(m[base + j]));
      }
      // acc < 2^41: two folds bring it below 2^31 + 2^28 < 2p.
      LongVector hi = acc.lanewise(VectorOperators.LSHR, 31);
      acc = acc.and(MASK31).add(hi.lanewise(VectorOperators.LSHL, 24)).sub(hi);
      hi = acc.lanewise(VectorOperators.LSHR, 31);
      acc = acc.and(MASK31).add(hi.lanewise(VectorOperators.LSHL, 24)).sub(hi);
      LongVector y = acc.sub(P);
      y.add(y.lanewise(VectorOperators.ASHR, 63).and(P)).intoArray(out, i * L);
    }
  }

  /**
   * out rows [outRow, outRow + n) = C * in rows [inRow, inRow + n) for an n x n matrix C of
   * Montgomery constants; products are reduced in pairs.
   */
  private static void denseLayer(long[] c, int n, long[] in, int inRow, long[] out, int outRow) {
    for (int i = 0; i < n; i++) {
      int cOff = i * n;
      LongVector acc = LongVector.zero(SPECIES);
      int k = 0;
      for (; k + 2 <= n; k += 2) {
        LongVector t =
            LongVector.fromArray(SPECIES, in, (inRow + k) * L)
                .mul(c[cOff + k])
                .add(LongVector.fromArray(SPECIES, in, (inRow + k + 1) * L).mul(c[cOff + k + 1]));
        acc =
            acc.add(t.add(t.mul(NEG_P_INV).and(MASK32).mul(P)).lanewise(VectorOperators.LSHR, 32));
      }
      if (k < n) {
        LongVector t = LongVector.fromArray(SPECIES, in, (inRow + k) * L).mul(c[cOff + k]);
        acc =
            acc.add(t.add(t.mul(NEG_P_INV).and(MASK32).mul(P)).lanewise(VectorOperators.LSHR, 32));
      }
      // acc is a sum of at most 12 values below 2p, so below 2^36: one fold gives [0, 2p).
      LongVector hi = acc.lanewise(VectorOperators.LSHR, 31);
      acc = acc.and(MASK31).add(hi.lanewise(VectorOperators.LSHL, 24)).sub(hi);
      LongVector y = acc.sub(P);
      y.add(y.lanewise(VectorOperators.ASHR, 63).and(P)).intoArray(out, (outRow + i) * L);
    }
  }

  /**
   * One partial round in sparse form: S-box on lane 0, then first row / first column / identity.
   */
  private void partialRound(long[] s, int r) {
    int width = w;
    int n = width - 1;
    long[] rw = row[r];
    long[] cl = col[r];
    LongVector x = LongVector.fromArray(SPECIES, s, 0).add(partialRc[r]);
    LongVector y = x.sub(P);
    x = y.add(y.lanewise(VectorOperators.ASHR, 63).and(P));
    LongVector t = x.mul(x);
    t = t.add(t.mul(NEG_P_INV).and(MASK32).mul(P)).lanewise(VectorOperators.LSHR, 32);
    y = t.sub(P);
    LongVector sq = y.add(y.lanewise(VectorOperators.ASHR, 63).and(P));
    t = sq.mul(x);
    t = t.add(t.mul(NEG_P_INV).and(MASK32).mul(P)).lanewise(VectorOperators.LSHR, 32);
    y = t.sub(P);
    LongVector s0 = y.add(y.lanewise(VectorOperators.ASHR, 63).and(P));

    t = s0.mul(corner).add(LongVector.fromArray(SPECIES, s, L).mul(rw[0]));
    LongVector acc = t.add(t.mul(NEG_P_INV).and(MASK32).mul(P)).lanewise(VectorOperators.LSHR, 32);
    int j = 1;
    for (; j + 2 <= n; j += 2) {
      t =
          LongVector.fromArray(SPECIES, s, (j + 1) * L)
              .mul(rw[j])
              .add(LongVector.fromArray(SPECIES, s, (j + 2) * L).mul(rw[j + 1]));
      acc = acc.add(t.add(t.mul(NEG_P_INV).and(MASK32).mul(P)).lanewise(VectorOperators.LSHR, 32));
    }
    if (j < n) {
      t = LongVector.fromArray(SPECIES, s, (j + 1) * L).mul(rw[j]);
      acc = acc.add(t.add(t.mul(NEG_P_INV).and(MASK32).mul(P)).lanewise(VectorOperators.LSHR, 32));
    }
    for (int i = 1; i < width; i++) {
      t = s0.mul(cl[i - 1]);
      t = t.add(t.mul(NEG_P_INV).and(MASK32).mul(P)).lanewise(VectorOperators.LSHR, 32);
      y = t.sub(P);
      t =
          y.add(y.lanewise(VectorOperators.ASHR, 63).and(P))
              .add(LongVector.fromArray(SPECIES, s, i * L));
      y = t.sub(P);
      y.add(y.lanewise(VectorOperators.ASHR, 63).and(P)).intoArray(s, i * L);
    }
    // At most 12 values below 2p: one fold gives [0, 2p).
    LongVector hi = acc.lanewise(VectorOperators.LSHR, 31);
    acc = acc.and(MASK31).add(hi.lanewise(VectorOperators.LSHL, 24)).sub(hi);
    y = acc.sub(P);
    y.add(y.lanewise(VectorOperators.ASHR, 63).and(P)).intoArray(s, 0);
  }

  /** s rows 1.. = tmp rows 0.. + residual, s row 0 += residual. */
  private void addResidual(long[] tmp, long[] s) {
    int width = w;
    for (int i = 0; i < width; i++) {
      LongVector v =
          (i == 0
                  ? LongVector.fromArray(SPECIES, s, 0)
                  : LongVector.fromArray(SPECIES, tmp, (i - 1) * L))
              .add(residual[i]);
      LongVector y = v.sub(P);
      y.add(y.lanewise(VectorOperators.ASHR, 63).and(P)).intoArray(s, i * L);
    }
  }
}
