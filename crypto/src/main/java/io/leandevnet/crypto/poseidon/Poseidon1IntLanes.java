package io.leandevnet.crypto.poseidon;

import io.leandevnet.crypto.koalabear.KoalaBear;
import java.util.Arrays;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link Poseidon1} on {@link #LANES} independent states at once, one state per 32-bit lane: 8 in a
 * 256-bit vector on AVX2 (Plonky3's AVX2 KoalaBear packing keeps the same 8 elements per register),
 * 16 in a 512-bit vector on AVX-512. States are stored lane-interleaved: element {@code i} of lane
 * {@code l} at {@code state[i * LANES + l]}, in Montgomery form (x * 2^32 mod p), canonical (the
 * layout and arithmetic of {@link MontgomeryLanes}).
 *
 * <p>A Montgomery product multiplies the even 32-bit lanes and the odd ones (shifted down) as
 * zero-extended 64-bit lanes, which C2 compiles to {@code vpmuludq}, takes the Montgomery quotient
 * with a 32-bit lane multiply ({@code vpmulld}) and recombines the two high halves into one 8-lane
 * vector. Sums of products (the partial rounds, the dense remainder after them and the blocks of
 * the width-24 MDS matrix) are accumulated in those 64-bit halves and reduced once per row. The
 * small circulant MDS matrix of width 16 runs as a CRT-split cyclic convolution on the 16-bit
 * halves of the elements in plain 32-bit lane arithmetic (see {@link #convolutionMds}), the
 * width-24 one as a CRT-split convolution modulo p (see {@link #crtMds}). One element per 64-bit
 * lane multiplied with 64-bit lane multiplies was slower on both shapes (AVX2 has no such multiply;
 * on AVX-512 a leaf cost 1.5 times as much), so this is the only vector kernel.
 *
 * <p>Needs the {@code jdk.incubator.vector} module at run time; callers check {@link
 * VectorSupport#path()} before touching this class.
 */
public final class Poseidon1IntLanes {

  private static final VectorSpecies<Integer> SPECIES = MontgomeryLanes.SPECIES;
  private static final VectorSpecies<Long> HALF = MontgomeryLanes.HALF;

  /** States permuted together: 8 on AVX2, 16 on AVX-512. */
  public static final int LANES = MontgomeryLanes.LANES;

  private static final int L = LANES;
  private static final int HL = LANES / 2;
  private static final int P = KoalaBear.P;
  private static final long PL = KoalaBear.P;

  /** -p^-1 mod 2^32. */
  private static final int NEG_P_INV = (int) KoalaBear.MONTGOMERY_NEG_P_INV;

  private static final long M32 = 0xffffffffL;

  /** 2^32 mod p = 2^25 - 2: folds the high half of a 64-bit sum onto its low half. */
  private static final long TWO_32_MOD_P = (1L << 32) % KoalaBear.P;

  private static final long HIGH32 = 0xffffffff00000000L;
  private static final int HALF_FULL = 4;

  private static final Poseidon1IntLanes KOALABEAR_16 =
      new Poseidon1IntLanes(Poseidon1.koalaBear16());
  private static final Poseidon1IntLanes KOALABEAR_24 =
      new Poseidon1IntLanes(Poseidon1.koalaBear24());

  private final int w;
  private final int rounds;
  private final boolean smallMds;

  /** Round constants minus p (see {@link #minusP}), Montgomery form. */
  private final int[][] fullRc;

  private final int[] partialRc;
  private final int[] residual;

  /**
   * The partial rounds' constants, each repeated once per lane so that a round reads them as whole
   * vectors (a memory operand) instead of broadcasting scalars: per round and element {@code i},
   * {@code roundRow} holds the dense row [corner, row] (Montgomery, one copy per 64-bit lane),
   * {@code roundCol} the column constant c_i in canonical form (one copy per 32-bit lane; c_0 = 0)
   * and {@code roundColShoup} ceil(c_i * 2^32 / p) (one copy per 64-bit lane), see {@link
   * #partialRound}.
   */
  private final long[] roundRow;

  private final int[] roundCol;
  private final long[] roundColShoup;

  /**
   * The dense (width-1) x (width-1) remainder applied to elements 1.. (Montgomery), each row
   * preceded by a zero so that it is read as a width-long row over elements 0.., one copy per
   * 64-bit lane (see {@link #dotRows}).
   */
  private final long[] tail;

  /** The one width whose MDS matrix runs as a convolution (see {@link #convolutionMds}). */
  private static final int CONVOLUTION_WIDTH = 16;

  /**
   * The small circulant MDS matrix as a cyclic convolution split once by the CRT (see {@link
   * #convolutionMds}): per output row i below w / 2, the w / 2 coefficients of the cyclic product's
   * row i, then the w / 2 of the negacyclic product's row i, each repeated once per lane so that a
   * product reads it as a whole vector.
   */
  private final int[] blockCoef;

  /** The one width whose dense MDS matrix runs as a modular convolution (see {@link #crtMds}). */
  private static final int CRT_WIDTH = 24;

  /** The widest block of {@link #crtMds}: the coefficient rows' stride. */
  private static final int CRT_STRIDE = CRT_WIDTH / 2;

  /**
   * The width-24 circulant MDS matrix as a cyclic convolution modulo p split by the CRT (see {@link
   * #crtMds}): per output row, the coefficients of its block (Montgomery, zero-padded to a multiple
   * of four, row stride {@link #CRT_STRIDE}), one copy per 64-bit lane.
   */
  private final long[] crtCoef;

  /** Zeros: the addend of rows that add nothing (see {@link #dotRows}). */
  private final int[] zeros;

  /**
   * floor(2^15 * 2^32 / p): the Shoup factor of 2^15, which takes the high halves' 2 (M hi) to 2^16
   * (M hi) mod p (see {@link #convolutionMds}).
   */
  private static final long HIGH_HALF_SHOUP = (1L << 47) / KoalaBear.P;

  private Poseidon1IntLanes(Poseidon1 p) {
    this.w = p.width;
    this.rounds = p.partialRounds;
    this.smallMds = p.smallMds;
    if (!smallMds && w != CRT_WIDTH) {
      throw new IllegalArgumentException("no int-lane MDS layer for width " + w);
    }
    this.fullRc = new int[p.fullRc.length][];
    for (int r = 0; r < fullRc.length; r++) {
      fullRc[r] = minusP(mont(p.fullRc[r]));
    }
    this.partialRc = minusP(mont(p.partialRc));
    this.residual = mont(p.partialResidual);
    int corner = MontgomeryLanes.toMontgomery(p.sparseCorner);
    this.roundRow = new long[rounds * w * HL];
    this.roundCol = new int[rounds * w * L];
    this.roundColShoup = new long[rounds * w * HL];
    for (int r = 0; r < rounds; r++) {
      for (int i = 0; i < w; i++) {
        int rowCoef = i == 0 ? corner : MontgomeryLanes.toMontgomery(p.sparseRow[r][i - 1]);
        long c = i == 0 ? 0 : p.sparseCol[r][i - 1];
        for (int l = 0; l < HL; l++) {
          roundRow[(r * w + i) * HL + l] = rowCoef & M32;
          roundColShoup[(r * w + i) * HL + l] = (c << 32) / PL + 1;
        }
        for (int l = 0; l < L; l++) {
          roundCol[(r * w + i) * L + l] = (int) c;
        }
      }
    }
    int n = w - 1;
    int[] t = mont(p.partialTail);
    this.tail = new long[n * w * HL];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        Arrays.fill(tail, (i * w + j + 1) * HL, (i * w + j + 2) * HL, t[i * n + j] & M32);
      }
    }
    this.blockCoef = new int[w * (w / 2) * L];
    if (smallMds) {
      convolutionFactors(toInts(p.mds));
    }
    this.crtCoef = new long[w * CRT_STRIDE * HL];
    this.zeros = new int[w];
    if (!smallMds) {
      crtFactors(p.mds);
    }
  }

  /**
   * The CRT factors of the circulant MDS matrix M of width 24 modulo p: x(X) * r(X) mod X^24 - 1,
   * where r holds M's first row reversed, splits into products mod X^12 + 1 and mod X^12 - 1 of the
   * butterflied halves (lo + hi, lo - hi); the cyclic half splits again down to length 3, giving
   * blocks mod X^3 - 1 (rows [0, 3)), X^3 + 1 ([3, 6)), X^6 + 1 ([6, 12)) and X^12 + 1 ([12, 24)).
   * The inverse butterflies (P + N, P - N) double each level's result, so each block's coefficients
   * carry 2^-k for the k levels it goes back through. All arithmetic is modulo p, so the result is
   * exactly M x whatever the matrix's entries.
   */
  private void crtFactors(long[] m) {
    int n = w;
    long[] r = new long[n];
    for (int k = 0; k < n; k++) {
      r[k] = m[Math.floorMod(-k, n)];
    }
    for (int len = n; len % 2 == 0; len /= 2) {
      int half = len / 2;
      for (int i = 0; i < half; i++) {
        long x = r[i];
        long y = r[i + half];
        r[i] = KoalaBear.add(x, y);
        r[i + half] = KoalaBear.sub(x, y);
      }
    }
    long halfInv = KoalaBear.inverse(2);
    crtBlockFactors(r, 0, 3, true, KoalaBear.pow(halfInv, 3));
    crtBlockFactors(r, 3, 3, false, KoalaBear.pow(halfInv, 3));
    crtBlockFactors(r, 6, 6, false, KoalaBear.pow(halfInv, 2));
    crtBlockFactors(r, 12, 12, false, halfInv);
  }

  /**
   * Rows [start, start + len) of {@link #crtCoef}: the cyclic (or negacyclic) product of length
   * {@code len} by {@code r[start..]}, scaled by {@code scale}.
   */
  private void crtBlockFactors(long[] r, int start, int len, boolean cyclic, long scale) {
    for (int i = 0; i < len; i++) {
      for (int j = 0; j < len; j++) {
        long c;
        if (j <= i) {
          c = r[start + i - j];
        } else {
          c = r[start + i - j + len];
          c = cyclic ? c : KoalaBear.sub(0, c);
        }
        int at = ((start + i) * CRT_STRIDE + j) * HL;
        Arrays.fill(
            crtCoef, at, at + HL, MontgomeryLanes.toMontgomery(KoalaBear.mul(c, scale)) & M32);
      }
    }
  }

  /**
   * The CRT factors of the circulant MDS matrix M (width n = 16): x(X) * r(X) mod X^n - 1, where r
   * holds M's first row reversed, splits into a cyclic product mod X^(n/2) - 1 and a negacyclic one
   * mod X^(n/2) + 1 of the butterflied halves (lo + hi, lo - hi) by the butterflied halves of r;
   * the inverse butterfly (P + N, P - N) puts the halves back, doubled: the result is exactly 2 M x
   * in integers. All of it is integer arithmetic, so it is exact modulo 2^32 whatever the
   * intermediate values wrap to, and the result is exact while 2 * (row sum) * input stays below
   * 2^32. One split needs 128 lane products per half where the full recursion down to length 1
   * needs 86, but it saves six passes of butterflies over the state and lets the products, the
   * inverse butterfly and the reduction run in one pass with the partial sums in registers.
   */
  private void convolutionFactors(int[] m) {
    int n = w;
    int h = n / 2;
    if (n != CONVOLUTION_WIDTH) {
      throw new IllegalArgumentException("convolution MDS needs width " + CONVOLUTION_WIDTH);
    }
    long rowSum = 0;
    for (int k = 0; k < n; k++) {
      rowSum += m[k];
    }
    // 2 (M x_half) with x_half < 2^16 (inputs below 2^32) must stay below 2^26 for the final Shoup
    // product and sum (see convolutionMds), which also keeps it exact.
    if (2 * rowSum << 16 >= 1L << 26) {
      throw new IllegalArgumentException("MDS row sum " + rowSum + " too large for width " + n);
    }
    int[] r = new int[n];
    for (int k = 0; k < n; k++) {
      r[k] = m[Math.floorMod(-k, n)];
    }
    butterflyInts(r, n);
    for (int i = 0; i < h; i++) {
      for (int j = 0; j < h; j++) {
        int cyclic = r[Math.floorMod(i - j, h)];
        int negacyclic = j <= i ? r[h + i - j] : -r[h + i - j + h];
        Arrays.fill(blockCoef, (i * n + j) * L, (i * n + j + 1) * L, cyclic);
        Arrays.fill(blockCoef, (i * n + h + j) * L, (i * n + h + j + 1) * L, negacyclic);
      }
    }
  }

  /** (a_i, a_{i+len/2}) -> (a_i + a_{i+len/2}, a_i - a_{i+len/2}) for i < len/2. */
  private static void butterflyInts(int[] a, int len) {
    int half = len / 2;
    for (int i = 0; i < half; i++) {
      int x = a[i];
      int y = a[i + half];
      a[i] = x + y;
      a[i + half] = x - y;
    }
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

  /**
   * The scratch length {@link #permute} needs: three states for width 16 (one besides the state,
   * the two halves of a state for the convolution), one for width 24.
   */
  public int scratchLength() {
    return (smallMds ? 3 : 1) * w * L;
  }

  private static int[] mont(long[] a) {
    int[] r = new int[a.length];
    for (int i = 0; i < a.length; i++) {
      r[i] = MontgomeryLanes.toMontgomery(a[i]);
    }
    return r;
  }

  /** rc - p for each round constant: s + (rc - p) lies in [-p, p) for canonical s. */
  private static int[] minusP(int[] rc) {
    int[] r = new int[rc.length];
    for (int i = 0; i < rc.length; i++) {
      r[i] = rc[i] - P;
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

  /**
   * Permutes the {@link #LANES} states in {@code s} (length width * LANES) using {@code tmp}
   * (length at least {@link #scratchLength()}) as scratch.
   *
   * <p>The arithmetic is written out by hand in each loop instead of calling small helpers that
   * take or return vectors: the Vector API only compiles to SIMD instructions when every vector
   * operation of a loop is inlined into one compilation unit, and C2 stops inlining helpers once a
   * method's node count is high (a vector crossing a call that is not inlined is boxed on the
   * heap). Every method below takes and returns arrays only.
   */
  public void permute(int[] s, int[] tmp) {
    if (s.length < w * L || tmp.length < scratchLength()) {
      throw new IllegalArgumentException(
          "state: expected " + w * L + " and scratch " + scratchLength() + " elements");
    }
    int[] a = s;
    int[] b = tmp;
    for (int r = 0; r < HALF_FULL; r++) {
      sboxLayer(a, w, fullRc[r], 0, smallMds);
      mdsLayer(a, b, tmp);
      int[] t = a;
      a = b;
      b = t;
    }
    for (int r = 0; r < rounds; r++) {
      sboxLayer(s, 1, partialRc, r, false);
      partialRound(s, r);
    }
    dotRows(tail, w, 0, s, 0, w, residual, 1, tmp, 1, w - 1);
    addConstant(s, 0, residual[0]);
    System.arraycopy(tmp, L, s, L, (w - 1) * L);
    for (int r = HALF_FULL; r < 2 * HALF_FULL; r++) {
      sboxLayer(a, w, fullRc[r], 0, smallMds);
      mdsLayer(a, b, tmp);
      int[] t = a;
      a = b;
      b = t;
    }
  }

  private static void addConstant(int[] s, int row, int c) {
    MontgomeryLanes.add(IntVector.fromArray(SPECIES, s, row * L), IntVector.broadcast(SPECIES, c))
        .intoArray(s, row * L);
  }

  /**
   * s_i = (s_i + rc_i)^3 for the first {@code count} elements (all of them in a full round, element
   * 0 in a partial one), in place, with rc_i at {@code rc[rcOff + i]}. Both products are Montgomery
   * reductions (t + m p) / 2^32 with m = -t p^-1 mod 2^32, below 2p whenever t < p 2^32: so x^2 of
   * canonical x needs no fix-up before it multiplies x again (2p * p < p 2^32), and only the cube
   * is made canonical, unless {@code below2p}: then it stays below 2p, which the width-16
   * convolution takes as it is (see {@link #convolutionMds}).
   */
  private static void sboxLayer(int[] s, int count, int[] rc, int rcOff, boolean below2p) {
    LongVector pl = LongVector.broadcast(HALF, PL).and(M32);
    for (int i = 0; i < count; i++) {
      IntVector x = IntVector.fromArray(SPECIES, s, i * L).add(rc[rcOff + i]);
      x = x.add(x.lanewise(VectorOperators.ASHR, 31).and(P));
      LongVector xl = (LongVector) x.reinterpretShape(HALF, 0);
      LongVector xe = xl.and(M32);
      LongVector xo = xl.lanewise(VectorOperators.LSHR, 32);
      // -p^-1 x, shared by both quotients: (x x) (-p^-1) = x (-p^-1 x) and (sq x) (-p^-1) =
      // sq (-p^-1 x) mod 2^32.
      IntVector xn = x.mul(NEG_P_INV);
      LongVector m = (LongVector) x.mul(xn).reinterpretShape(HALF, 0);
      IntVector sq =
          (IntVector)
              xe.mul(xe)
                  .add(m.and(M32).mul(pl))
                  .lanewise(VectorOperators.LSHR, 32)
                  .or(xo.mul(xo).add(m.lanewise(VectorOperators.LSHR, 32).mul(pl)).and(HIGH32))
                  .reinterpretShape(SPECIES, 0);
      LongVector sl = (LongVector) sq.reinterpretShape(HALF, 0);
      m = (LongVector) sq.mul(xn).reinterpretShape(HALF, 0);
      IntVector cube =
          ((IntVector)
              sl.and(M32)
                  .mul(xe)
                  .add(m.and(M32).mul(pl))
                  .lanewise(VectorOperators.LSHR, 32)
                  .or(
                      sl.lanewise(VectorOperators.LSHR, 32)
                          .mul(xo)
                          .add(m.lanewise(VectorOperators.LSHR, 32).mul(pl))
                          .and(HIGH32))
                  .reinterpretShape(SPECIES, 0));
      if (below2p) {
        cube.intoArray(s, i * L);
      } else {
        cube = cube.sub(P);
        cube.add(cube.lanewise(VectorOperators.ASHR, 31).and(P)).intoArray(s, i * L);
      }
    }
  }

  /** out = M in (the MDS layer of a full round). */
  private void mdsLayer(int[] in, int[] out, int[] x) {
    if (smallMds) {
      convolutionMds(in, out, x);
    } else {
      crtMds(in, out);
    }
  }

  /**
   * out = M in for the width-24 MDS matrix through the CRT factors of {@link #crtFactors}: 216 lane
   * products (blocks padded to groups of four) instead of 576. The forward butterflies run in place
   * on {@code in} (a full round does not read its input again), the blocks write {@code out}, and
   * the inverse butterflies run in place on it; every value stays canonical.
   */
  private void crtMds(int[] in, int[] out) {
    modButterflies(in, 0, 24);
    modButterflies(in, 0, 12);
    modButterflies(in, 0, 6);
    dotRows(crtCoef, CRT_STRIDE, 0, in, 0, 4, zeros, 0, out, 0, 3);
    dotRows(crtCoef, CRT_STRIDE, 3, in, 3, 4, zeros, 0, out, 3, 3);
    dotRows(crtCoef, CRT_STRIDE, 6, in, 6, 8, zeros, 0, out, 6, 6);
    dotRows(crtCoef, CRT_STRIDE, 12, in, 12, 12, zeros, 0, out, 12, 12);
    modButterflies(out, 0, 6);
    modButterflies(out, 0, 12);
    modButterflies(out, 0, 24);
  }

  /**
   * Rows (a_i, a_{i+len/2}) -> (a_i + a_{i+len/2}, a_i - a_{i+len/2}) mod p at rows [off, off +
   * len) of {@code a}, canonical in and out.
   */
  private static void modButterflies(int[] a, int off, int len) {
    int half = len / 2;
    for (int i = 0; i < half; i++) {
      IntVector u = IntVector.fromArray(SPECIES, a, (off + i) * L);
      IntVector v = IntVector.fromArray(SPECIES, a, (off + i + half) * L);
      IntVector sum = u.add(v).sub(P);
      sum.add(sum.lanewise(VectorOperators.ASHR, 31).and(P)).intoArray(a, (off + i) * L);
      IntVector diff = u.sub(v);
      diff.add(diff.lanewise(VectorOperators.ASHR, 31).and(P)).intoArray(a, (off + i + half) * L);
    }
  }

  /**
   * out = M in for the small circulant MDS matrix (width 16), through the CRT factors of {@link
   * #convolutionFactors}. The elements may be any value below 2^32 (the full rounds' S-boxes leave
   * them below 2p); each is split into its 16-bit halves and butterflied once; per output pair (i,
   * i + 8) the cyclic and the negacyclic rows i of both halves are summed in wrapping 32-bit
   * arithmetic, butterflied back to 2 (M lo) and 2 (M hi), both below 2^26, so exact; then out = (M
   * lo) + 2^16 (M hi) mod p, canonical, with one Shoup product by a constant. {@code in} and {@code
   * out} may share an array; {@code x} holds two more states past its first ({@code x[width * LANES
   * ..]}).
   */
  private void convolutionMds(int[] in, int[] out, int[] x) {
    int n = CONVOLUTION_WIDTH;
    int h = n / 2;
    // The work area: 2n vectors past the first state of x, element i's low half at vector 2i, its
    // high half at 2i + 1; the sums (lo + hi) at elements [0, h), the differences at [h, n).
    int w1 = n * L;
    for (int i = 0; i < h; i++) {
      IntVector a = IntVector.fromArray(SPECIES, in, i * L);
      IntVector b = IntVector.fromArray(SPECIES, in, (i + h) * L);
      IntVector al = a.and(0xffff);
      IntVector bl = b.and(0xffff);
      IntVector ah = a.lanewise(VectorOperators.LSHR, 16);
      IntVector bh = b.lanewise(VectorOperators.LSHR, 16);
      al.add(bl).intoArray(x, w1 + 2 * i * L);
      ah.add(bh).intoArray(x, w1 + (2 * i + 1) * L);
      al.sub(bl).intoArray(x, w1 + 2 * (i + h) * L);
      ah.sub(bh).intoArray(x, w1 + (2 * (i + h) + 1) * L);
    }
    int[] c = blockCoef;
    int neg = w1 + 2 * h * L;
    LongVector cs = LongVector.broadcast(HALF, HIGH_HALF_SHOUP).and(M32);
    for (int i = 0; i < h; i++) {
      IntVector kc = IntVector.fromArray(SPECIES, c, i * n * L);
      IntVector kn = IntVector.fromArray(SPECIES, c, (i * n + h) * L);
      IntVector pl = IntVector.fromArray(SPECIES, x, w1).mul(kc);
      IntVector ph = IntVector.fromArray(SPECIES, x, w1 + L).mul(kc);
      IntVector nl = IntVector.fromArray(SPECIES, x, neg).mul(kn);
      IntVector nh = IntVector.fromArray(SPECIES, x, neg + L).mul(kn);
      for (int j = 1; j < h; j++) {
        kc = IntVector.fromArray(SPECIES, c, (i * n + j) * L);
        kn = IntVector.fromArray(SPECIES, c, (i * n + h + j) * L);
        pl = pl.add(IntVector.fromArray(SPECIES, x, w1 + 2 * j * L).mul(kc));
        ph = ph.add(IntVector.fromArray(SPECIES, x, w1 + (2 * j + 1) * L).mul(kc));
        nl = nl.add(IntVector.fromArray(SPECIES, x, neg + 2 * j * L).mul(kn));
        nh = nh.add(IntVector.fromArray(SPECIES, x, neg + (2 * j + 1) * L).mul(kn));
      }
      // Output i from (P + N), output i + h from (P - N): lo = 2 (M lo) halved, hi = 2 (M hi),
      // below 2^26, times 2^15 as a Shoup product: q = hi(hi * floor(2^47 / p)) falls short of
      // floor(hi 2^15 / p) by at most 1, and by its error (below hi / 2^32 < 2^-6) the remainder
      // hi 2^15 - q p lies in [0, 1.02 p); lo is below 2^25, so one conditional subtraction of p
      // makes the sum canonical.
      for (int k = 0; k < 2; k++) {
        IntVector lo = (k == 0 ? pl.add(nl) : pl.sub(nl)).lanewise(VectorOperators.LSHR, 1);
        IntVector hi = k == 0 ? ph.add(nh) : ph.sub(nh);
        LongVector hl = (LongVector) hi.reinterpretShape(HALF, 0);
        IntVector q =
            (IntVector)
                hl.and(M32)
                    .mul(cs)
                    .lanewise(VectorOperators.LSHR, 32)
                    .or(hl.lanewise(VectorOperators.LSHR, 32).mul(cs).and(HIGH32))
                    .reinterpretShape(SPECIES, 0);
        IntVector r = hi.lanewise(VectorOperators.LSHL, 15).sub(q.mul(P)).add(lo).sub(P);
        r.add(r.lanewise(VectorOperators.ASHR, 31).and(P)).intoArray(out, (i + k * h) * L);
      }
    }
  }

  /**
   * The linear part of one partial round with the sparse factor, after {@link #sboxLayer} has made
   * s_0 the cube x: s_0 = corner x + row . s_1.. and s_i += c_i x (i >= 1), in one pass over the
   * state.
   *
   * <p>The dense row sums its products in groups of four in 64-bit halves (each product of two
   * canonical values is below p^2, four below 2^64) and folds each group t = hi 2^32 + lo to lo +
   * hi (2^32 mod p), below 2^57 + 2^32 and congruent to t; the sum over the groups (below 2^61)
   * takes one Montgomery reduction, which also removes the factor 2^32 that the product of two
   * Montgomery forms carries. The column products x c_i take Shoup's form, as c_i is fixed: with c'
   * = ceil(c_i 2^32 / p) = (c_i 2^32 + d) / p (0 < d < p) and q = hi(x c'), x c' / 2^32 exceeds x
   * c_i / p by less than x / 2^32 < 1/2, so q is floor(x c_i / p) or one more and x c_i - q p lies
   * in [-p, p); it needs only 32-bit lane products for its low half (c_i is canonical, so the
   * product of x in Montgomery form by it is x c_i in Montgomery form).
   *
   * <p>The final reduction repeats {@link #dotRows}'s arithmetic on purpose: as {@link #permute}
   * explains, a vector handed to or returned from a helper that C2 does not inline is boxed on the
   * heap.
   */
  private void partialRound(int[] s, int r) {
    int width = w;
    LongVector pl = LongVector.broadcast(HALF, PL).and(M32);
    LongVector r32 = LongVector.broadcast(HALF, TWO_32_MOD_P).and(M32);
    IntVector x = IntVector.fromArray(SPECIES, s, 0);
    LongVector xl = (LongVector) x.reinterpretShape(HALF, 0);
    LongVector xe = xl.and(M32);
    LongVector xo = xl.lanewise(VectorOperators.LSHR, 32);
    int off = r * width;
    long[] rowC = roundRow;
    long[] shoupC = roundColShoup;
    int[] colC = roundCol;
    LongVector ae = LongVector.zero(HALF);
    LongVector ao = LongVector.zero(HALF);
    LongVector c0 = LongVector.fromArray(HALF, rowC, off * HL).and(M32);
    LongVector te = xe.mul(c0);
    LongVector to = xo.mul(c0);
    for (int i = 1; i < width; i++) {
      IntVector v = IntVector.fromArray(SPECIES, s, i * L);
      LongVector vl = (LongVector) v.reinterpretShape(HALF, 0);
      LongVector c = LongVector.fromArray(HALF, rowC, (off + i) * HL).and(M32);
      te = te.add(vl.and(M32).mul(c));
      to = to.add(vl.lanewise(VectorOperators.LSHR, 32).mul(c));
      // s_i + x c_i.
      LongVector cs = LongVector.fromArray(HALF, shoupC, (off + i) * HL).and(M32);
      IntVector qs =
          (IntVector)
              xe.mul(cs)
                  .lanewise(VectorOperators.LSHR, 32)
                  .or(xo.mul(cs).and(HIGH32))
                  .reinterpretShape(SPECIES, 0);
      IntVector y = x.mul(IntVector.fromArray(SPECIES, colC, (off + i) * L)).sub(qs.mul(P));
      y = y.add(y.lanewise(VectorOperators.ASHR, 31).and(P)).add(v).sub(P);
      y.add(y.lanewise(VectorOperators.ASHR, 31).and(P)).intoArray(s, i * L);
      if ((i & 3) == 3) {
        ae = ae.add(te.and(M32)).add(te.lanewise(VectorOperators.LSHR, 32).mul(r32));
        ao = ao.add(to.and(M32)).add(to.lanewise(VectorOperators.LSHR, 32).mul(r32));
        te = LongVector.zero(HALF);
        to = LongVector.zero(HALF);
      }
    }
    // One Montgomery reduction of the group sums (below 2^61): (a + m p) / 2^32 < p + 2^29.
    LongVector m =
        (LongVector)
            ((IntVector)
                    ae.and(M32)
                        .or(ao.lanewise(VectorOperators.LSHL, 32))
                        .reinterpretShape(SPECIES, 0))
                .mul(NEG_P_INV)
                .reinterpretShape(HALF, 0);
    ae = ae.add(m.and(M32).mul(pl)).lanewise(VectorOperators.LSHR, 32);
    ao = ao.add(m.lanewise(VectorOperators.LSHR, 32).mul(pl)).and(HIGH32);
    IntVector row = ((IntVector) ae.or(ao).reinterpretShape(SPECIES, 0)).sub(P);
    row.add(row.lanewise(VectorOperators.ASHR, 31).and(P)).intoArray(s, 0);
  }

  /**
   * Rows [outRow, outRow + rows) of {@code out} = {@code addend[addOff + i]} plus the dot product
   * of coefficient row {@code cRow + i} of {@code c} (Montgomery, row stride {@code cStride}, one
   * copy per 64-bit lane) with rows [inRow, inRow + len) of {@code in}, {@code len} a multiple of
   * four: the post-partial dense remainder ({@link #permute}) and the blocks of {@link #crtMds}.
   * Summed as in {@link #partialRound}'s dense row: groups of four products in 64-bit halves, each
   * group folded with 2^32 mod p, one Montgomery reduction of the sum. Written out rather than
   * shared with {@link #partialRound}, whose row pass also updates the column (see {@link #permute}
   * on helpers that take vectors).
   */
  private static void dotRows(
      long[] c,
      int cStride,
      int cRow,
      int[] in,
      int inRow,
      int len,
      int[] addend,
      int addOff,
      int[] out,
      int outRow,
      int rows) {
    LongVector pl = LongVector.broadcast(HALF, PL).and(M32);
    LongVector r32 = LongVector.broadcast(HALF, TWO_32_MOD_P).and(M32);
    for (int i = 0; i < rows; i++) {
      int off = (cRow + i) * cStride;
      LongVector ae = LongVector.zero(HALF);
      LongVector ao = LongVector.zero(HALF);
      LongVector te = LongVector.zero(HALF);
      LongVector to = LongVector.zero(HALF);
      for (int j = 0; j < len; j++) {
        LongVector vl =
            (LongVector)
                IntVector.fromArray(SPECIES, in, (inRow + j) * L).reinterpretShape(HALF, 0);
        LongVector k = LongVector.fromArray(HALF, c, (off + j) * HL).and(M32);
        te = te.add(vl.and(M32).mul(k));
        to = to.add(vl.lanewise(VectorOperators.LSHR, 32).mul(k));
        if ((j & 3) == 3) {
          ae = ae.add(te.and(M32)).add(te.lanewise(VectorOperators.LSHR, 32).mul(r32));
          ao = ao.add(to.and(M32)).add(to.lanewise(VectorOperators.LSHR, 32).mul(r32));
          te = LongVector.zero(HALF);
          to = LongVector.zero(HALF);
        }
      }
      // One Montgomery reduction of the group sums (below 2^61): (a + m p) / 2^32 < p + 2^29.
      LongVector m =
          (LongVector)
              ((IntVector)
                      ae.and(M32)
                          .or(ao.lanewise(VectorOperators.LSHL, 32))
                          .reinterpretShape(SPECIES, 0))
                  .mul(NEG_P_INV)
                  .reinterpretShape(HALF, 0);
      ae = ae.add(m.and(M32).mul(pl)).lanewise(VectorOperators.LSHR, 32);
      ao = ao.add(m.lanewise(VectorOperators.LSHR, 32).mul(pl)).and(HIGH32);
      IntVector r = ((IntVector) ae.or(ao).reinterpretShape(SPECIES, 0)).sub(P);
      r = r.add(r.lanewise(VectorOperators.ASHR, 31).and(P)).add(addend[addOff + i]).sub(P);
      r.add(r.lanewise(VectorOperators.ASHR, 31).and(P)).intoArray(out, (outRow + i) * L);
    }
  }
}
