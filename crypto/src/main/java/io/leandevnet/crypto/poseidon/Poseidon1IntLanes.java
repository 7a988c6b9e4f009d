package io.leandevnet.crypto.poseidon;

import io.leandevnet.crypto.koalabear.KoalaBear;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link Poseidon1} on 8 independent states at once, one state per 32-bit lane of a 256-bit vector
 * (the AVX2 shape; Plonky3's AVX2 KoalaBear packing keeps the same 8 elements per register). States
 * are stored lane-interleaved: element {@code i} of lane {@code l} at {@code state[i * 8 + l]}, in
 * Montgomery form (x * 2^32 mod p), canonical.
 *
 * <p>A Montgomery product multiplies the even 32-bit lanes and the odd ones (shifted down) as
 * zero-extended 64-bit lanes, which C2 compiles to {@code vpmuludq}, takes the Montgomery quotient
 * with a 32-bit lane multiply ({@code vpmulld}) and recombines the two high halves into one 8-lane
 * vector. Sums of products (the MDS layers) are accumulated in those 64-bit halves and reduced once
 * per row. AVX2 has no 64-bit lane multiply, so {@link Poseidon1Lanes} (one element per 64-bit
 * lane) is much slower there.
 *
 * <p>Needs the {@code jdk.incubator.vector} module at run time; callers check {@link
 * VectorSupport#path()} before touching this class.
 */
public final class Poseidon1IntLanes {

  /** States permuted together. */
  public static final int LANES = 8;

  private static final VectorSpecies<Integer> SPECIES = IntVector.SPECIES_256;
  private static final VectorSpecies<Long> HALF = LongVector.SPECIES_256;
  private static final int L = LANES;
  private static final int HL = LANES / 2;
  private static final int P = KoalaBear.P;
  private static final long PL = KoalaBear.P;

  /** p^-1 mod 2^32. */
  private static final int P_INV = 0x81000001;

  /** -p^-1 mod 2^32. */
  private static final int NEG_P_INV = (int) KoalaBear.MONTGOMERY_NEG_P_INV;

  private static final long M32 = 0xffffffffL;
  private static final long M31 = 0x7fffffffL;
  private static final long HIGH32 = 0xffffffff00000000L;
  private static final int HALF_FULL = 4;

  private static final Poseidon1IntLanes KOALABEAR_16 =
      new Poseidon1IntLanes(Poseidon1.koalaBear16());
  private static final Poseidon1IntLanes KOALABEAR_24 =
      new Poseidon1IntLanes(Poseidon1.koalaBear24());

  private final int w;
  private final int rounds;
  private final boolean smallMds;
  private final int[] mds;
  private final int[][] fullRc;
  private final int[] partialRc;
  private final int[] residual;
  private final int corner;
  private final int[][] row;
  private final int[][] col;

  /** {@code col[r][i] * p^-1 mod 2^32}: the Montgomery quotient factor of each column constant. */
  private final int[][] colQ;

  private final int[] tail;

  private Poseidon1IntLanes(Poseidon1 p) {
    this.w = p.width;
    this.rounds = p.partialRounds;
    this.smallMds = p.smallMds;
    this.mds = smallMds ? toInts(p.mds) : mont(p.mds);
    this.fullRc = new int[p.fullRc.length][];
    for (int r = 0; r < fullRc.length; r++) {
      fullRc[r] = mont(p.fullRc[r]);
    }
    this.partialRc = mont(p.partialRc);
    this.residual = mont(p.partialResidual);
    this.corner = toMontgomery(p.sparseCorner);
    this.row = new int[rounds][];
    this.col = new int[rounds][];
    this.colQ = new int[rounds][];
    for (int r = 0; r < rounds; r++) {
      row[r] = mont(p.sparseRow[r]);
      col[r] = mont(p.sparseCol[r]);
      colQ[r] = new int[col[r].length];
      for (int i = 0; i < col[r].length; i++) {
        colQ[r][i] = col[r][i] * P_INV;
      }
    }
    this.tail = mont(p.partialTail);
  }

  /** Width 16. */
  public static Poseidon1IntLanes koalaBear16() {
    return KOALABEAR_16;
  }

  /** Width 24. */
  public static Poseidon1IntLanes koalaBear24() {
    return KOALABEAR_24;
  }

  public int width() {
    return w;
  }

  /** x * 2^32 mod p for canonical x. */
  public static int toMontgomery(long x) {
    return (int) KoalaBear.mul(x, KoalaBear.MONTGOMERY_R);
  }

  /** x * 2^-32 mod p for canonical x. */
  public static int fromMontgomery(int x) {
    return (int) Poseidon1Lanes.fromMontgomery(x & M32);
  }

  private static int[] mont(long[] a) {
    int[] r = new int[a.length];
    for (int i = 0; i < a.length; i++) {
      r[i] = toMontgomery(a[i]);
    }
    return r;
  }

  private static int[] toInts(long[] a) {
    int[] r = new int[a.length];
    for (int i = 0; i < a.length; i++) {
      r[i] = (int) a[i];
    }
    return r;
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
  private static IntVector add(IntVector a, IntVector b) {
    IntVector y = a.add(b).sub(P);
    return y.add(y.lanewise(VectorOperators.ASHR, 31).and(P));
  }

  /** r in (-p, p) to [0, p). */
  private static IntVector canonical(IntVector r) {
    return r.add(r.lanewise(VectorOperators.ASHR, 31).and(P));
  }

  /**
   * The high halves of the 64-bit lanes {@code even} (into the even 32-bit lanes) and {@code odd}
   * (into the odd ones).
   */
  private static IntVector highHalves(LongVector even, LongVector odd) {
    return even.lanewise(VectorOperators.LSHR, 32).or(odd.and(HIGH32)).reinterpretAsInts();
  }

  /** Montgomery product a * b * 2^-32 mod p lane-wise, canonical inputs and output. */
  private static IntVector montMul(IntVector a, IntVector b) {
    LongVector al = a.reinterpretAsLongs();
    LongVector bl = b.reinterpretAsLongs();
    LongVector pe = al.and(M32).mul(bl.and(M32));
    LongVector po =
        al.lanewise(VectorOperators.LSHR, 32).mul(bl.lanewise(VectorOperators.LSHR, 32));
    LongVector q = a.mul(b).mul(P_INV).reinterpretAsLongs();
    LongVector qe = q.and(M32).mul(constant(PL));
    LongVector qo = q.lanewise(VectorOperators.LSHR, 32).mul(constant(PL));
    return canonical(highHalves(pe.sub(qe), po.sub(qo)));
  }

  /** Montgomery product by a constant {@code c}, given {@code cq = c * p^-1 mod 2^32}. */
  private static IntVector montByConstant(IntVector a, int c, int cq) {
    LongVector al = a.reinterpretAsLongs();
    long cl = c & M32;
    LongVector pe = al.and(M32).mul(constant(cl));
    LongVector po = al.lanewise(VectorOperators.LSHR, 32).mul(constant(cl));
    LongVector q = a.mul(cq).reinterpretAsLongs();
    LongVector qe = q.and(M32).mul(constant(PL));
    LongVector qo = q.lanewise(VectorOperators.LSHR, 32).mul(constant(PL));
    return canonical(highHalves(pe.sub(qe), po.sub(qo)));
  }

  /** x^3 in Montgomery form. */
  private static IntVector cube(IntVector x) {
    return montMul(montMul(x, x), x);
  }

  /**
   * Montgomery reduction of the even 64-bit lanes {@code te} (each below 2p^2) with the quotients
   * {@code m} of {@link #quotients}: {@code (t + m p) / 2^32}, below 2^32.
   */
  private static LongVector reduceEven(LongVector te, LongVector m) {
    return te.add(m.and(M32).mul(constant(PL))).lanewise(VectorOperators.LSHR, 32);
  }

  /** {@link #reduceEven} for the odd lanes. */
  private static LongVector reduceOdd(LongVector to, LongVector m) {
    return to.add(m.lanewise(VectorOperators.LSHR, 32).mul(constant(PL)))
        .lanewise(VectorOperators.LSHR, 32);
  }

  /** The Montgomery quotients {@code -t * p^-1 mod 2^32} of the low halves of te and to. */
  private static LongVector quotients(LongVector te, LongVector to) {
    return te.and(M32)
        .or(to.lanewise(VectorOperators.LSHL, 32))
        .reinterpretAsInts()
        .mul(NEG_P_INV)
        .reinterpretAsLongs();
  }

  /**
   * Sums below 2^36 per 64-bit lane, even and odd, folded (2^31 = 2^24 - 1 mod p) and recombined to
   * canonical 32-bit lanes.
   */
  private static IntVector foldOnce(LongVector ae, LongVector ao) {
    LongVector he = ae.lanewise(VectorOperators.LSHR, 31);
    ae = ae.and(M31).add(he.lanewise(VectorOperators.LSHL, 24)).sub(he);
    LongVector ho = ao.lanewise(VectorOperators.LSHR, 31);
    ao = ao.and(M31).add(ho.lanewise(VectorOperators.LSHL, 24)).sub(ho);
    IntVector r = ae.or(ao.lanewise(VectorOperators.LSHL, 32)).reinterpretAsInts();
    return canonical(r.sub(P));
  }

  /**
   * Writes the even and odd halves of row {@code r} of {@code x} to {@code wide}: even lanes
   * zero-extended at {@code wide[r * 8 ..]}, odd lanes at {@code wide[r * 8 + 4 ..]}.
   */
  private static void split(IntVector x, long[] wide, int r) {
    LongVector xl = x.reinterpretAsLongs();
    xl.intoArray(wide, r * L);
    xl.lanewise(VectorOperators.LSHR, 32).intoArray(wide, r * L + HL);
  }

  private static LongVector even(long[] wide, int r) {
    return LongVector.fromArray(HALF, wide, r * L).and(M32);
  }

  private static LongVector odd(long[] wide, int r) {
    return LongVector.fromArray(HALF, wide, r * L + HL).and(M32);
  }

  /**
   * {@code c} (below 2^32) in every 64-bit lane, visibly zero-extended: C2 compiles a 64-bit lane
   * multiply to {@code vpmuludq} only when it sees both factors masked to 32 bits.
   */
  private static LongVector constant(long c) {
    return LongVector.broadcast(HALF, c).and(M32);
  }

  /**
   * Permutes the 8 states in {@code s} (length width * 8) using {@code wide} (width * 8 longs) as
   * scratch.
   */
  public void permute(int[] s, long[] wide) {
    for (int r = 0; r < HALF_FULL; r++) {
      fullRound(s, wide, fullRc[r]);
    }
    for (int r = 0; r < rounds; r++) {
      partialRound(s, r);
    }
    int n = w - 1;
    for (int i = 0; i < n; i++) {
      split(IntVector.fromArray(SPECIES, s, (i + 1) * L), wide, i);
    }
    for (int i = 0; i < n; i++) {
      add(denseRow(tail, i * n, n, wide), IntVector.broadcast(SPECIES, residual[i + 1]))
          .intoArray(s, (i + 1) * L);
    }
    add(IntVector.fromArray(SPECIES, s, 0), IntVector.broadcast(SPECIES, residual[0]))
        .intoArray(s, 0);
    for (int r = HALF_FULL; r < 2 * HALF_FULL; r++) {
      fullRound(s, wide, fullRc[r]);
    }
  }

  /** Round constants, S-box on every element, MDS. */
  private void fullRound(int[] s, long[] wide, int[] rc) {
    int width = w;
    for (int i = 0; i < width; i++) {
      IntVector x =
          add(IntVector.fromArray(SPECIES, s, i * L), IntVector.broadcast(SPECIES, rc[i]));
      split(cube(x), wide, i);
    }
    if (smallMds) {
      for (int i = 0; i < width; i++) {
        smallRow(i, wide).intoArray(s, i * L);
      }
    } else {
      for (int i = 0; i < width; i++) {
        denseRow(mds, i * width, width, wide).intoArray(s, i * L);
      }
    }
  }

  /**
   * Row {@code i} of the small-coefficient MDS matrix times the split inputs: each 64-bit sum stays
   * below 371 * p < 2^40 and is folded twice.
   */
  private IntVector smallRow(int i, long[] wide) {
    int width = w;
    int base = i * width;
    long m0 = mds[base];
    LongVector ae = even(wide, 0).mul(constant(m0));
    LongVector ao = odd(wide, 0).mul(constant(m0));
    for (int j = 1; j < width; j++) {
      long m = mds[base + j];
      ae = ae.add(even(wide, j).mul(constant(m)));
      ao = ao.add(odd(wide, j).mul(constant(m)));
    }
    LongVector he = ae.lanewise(VectorOperators.LSHR, 31);
    ae = ae.and(M31).add(he.lanewise(VectorOperators.LSHL, 24)).sub(he);
    LongVector ho = ao.lanewise(VectorOperators.LSHR, 31);
    ao = ao.and(M31).add(ho.lanewise(VectorOperators.LSHL, 24)).sub(ho);
    return foldOnce(ae, ao);
  }

  /**
   * Row {@code c[off .. off + n)} (Montgomery constants) times the split inputs {@code wide} rows
   * 0..n-1: products are summed in pairs, each pair Montgomery-reduced, the at most 12 reduced
   * values folded once.
   */
  private static IntVector denseRow(int[] c, int off, int n, long[] wide) {
    LongVector ae = LongVector.zero(HALF);
    LongVector ao = LongVector.zero(HALF);
    int k = 0;
    for (; k + 2 <= n; k += 2) {
      long c0 = c[off + k] & M32;
      long c1 = c[off + k + 1] & M32;
      LongVector te = even(wide, k).mul(constant(c0)).add(even(wide, k + 1).mul(constant(c1)));
      LongVector to = odd(wide, k).mul(constant(c0)).add(odd(wide, k + 1).mul(constant(c1)));
      LongVector m = quotients(te, to);
      ae = ae.add(reduceEven(te, m));
      ao = ao.add(reduceOdd(to, m));
    }
    if (k < n) {
      long c0 = c[off + k] & M32;
      LongVector te = even(wide, k).mul(constant(c0));
      LongVector to = odd(wide, k).mul(constant(c0));
      LongVector m = quotients(te, to);
      ae = ae.add(reduceEven(te, m));
      ao = ao.add(reduceOdd(to, m));
    }
    return foldOnce(ae, ao);
  }

  /**
   * One partial round in sparse form: S-box on element 0, then first row / first column / identity.
   */
  private void partialRound(int[] s, int r) {
    int width = w;
    int n = width - 1;
    int[] rw = row[r];
    int[] cl = col[r];
    int[] cq = colQ[r];
    IntVector s0 =
        cube(add(IntVector.fromArray(SPECIES, s, 0), IntVector.broadcast(SPECIES, partialRc[r])));
    LongVector s0l = s0.reinterpretAsLongs();
    LongVector s0e = s0l.and(M32);
    LongVector s0o = s0l.lanewise(VectorOperators.LSHR, 32);
    long cr = corner & M32;
    long r0 = rw[0] & M32;
    LongVector x1 = IntVector.fromArray(SPECIES, s, L).reinterpretAsLongs();
    LongVector te = s0e.mul(constant(cr)).add(x1.and(M32).mul(constant(r0)));
    LongVector to =
        s0o.mul(constant(cr)).add(x1.lanewise(VectorOperators.LSHR, 32).mul(constant(r0)));
    LongVector m = quotients(te, to);
    LongVector ae = reduceEven(te, m);
    LongVector ao = reduceOdd(to, m);
    int j = 1;
    for (; j + 2 <= n; j += 2) {
      long c0 = rw[j] & M32;
      long c1 = rw[j + 1] & M32;
      LongVector xa = IntVector.fromArray(SPECIES, s, (j + 1) * L).reinterpretAsLongs();
      LongVector xb = IntVector.fromArray(SPECIES, s, (j + 2) * L).reinterpretAsLongs();
      te = xa.and(M32).mul(constant(c0)).add(xb.and(M32).mul(constant(c1)));
      to =
          xa.lanewise(VectorOperators.LSHR, 32)
              .mul(constant(c0))
              .add(xb.lanewise(VectorOperators.LSHR, 32).mul(constant(c1)));
      m = quotients(te, to);
      ae = ae.add(reduceEven(te, m));
      ao = ao.add(reduceOdd(to, m));
    }
    if (j < n) {
      long c0 = rw[j] & M32;
      LongVector xa = IntVector.fromArray(SPECIES, s, (j + 1) * L).reinterpretAsLongs();
      te = xa.and(M32).mul(constant(c0));
      to = xa.lanewise(VectorOperators.LSHR, 32).mul(constant(c0));
      m = quotients(te, to);
      ae = ae.add(reduceEven(te, m));
      ao = ao.add(reduceOdd(to, m));
    }
    for (int i = 1; i < width; i++) {
      long c = cl[i - 1] & M32;
      LongVector pe = s0e.mul(constant(c));
      LongVector po = s0o.mul(constant(c));
      LongVector q = s0.mul(cq[i - 1]).reinterpretAsLongs();
      IntVector prod =
          canonical(
              highHalves(
                  pe.sub(q.and(M32).mul(constant(PL))),
                  po.sub(q.lanewise(VectorOperators.LSHR, 32).mul(constant(PL)))));
      add(prod, IntVector.fromArray(SPECIES, s, i * L)).intoArray(s, i * L);
    }
    foldOnce(ae, ao).intoArray(s, 0);
  }
}
