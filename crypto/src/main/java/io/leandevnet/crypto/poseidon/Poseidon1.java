package io.leandevnet.crypto.poseidon;

import io.leandevnet.crypto.koalabear.KoalaBear;

/**
 * The Poseidon1 permutation over KoalaBear (S-box x^3, 4 + 4 full rounds, circulant MDS), as used
 * by leanSig devnet4: width 16 with 20 partial rounds and width 24 with 23 partial rounds.
 *
 * <p>The partial rounds run in the usual optimised form, which gives the same permutation as the
 * textbook rounds: the round constants of the non-S-box lanes are pushed forward through the MDS
 * matrix (one scalar constant per round plus one residual vector at the end), and each dense MDS
 * multiplication is factored into a sparse one (first row, first column, identity) whose dense
 * remainder is carried to the next round and applied once at the end.
 *
 * <p>Instances are immutable and safe to share between threads; {@link #permute(long[])} uses no
 * scratch state other than its argument and locals.
 */
public final class Poseidon1 {

  private static final long P = KoalaBear.P;
  private static final long BARRETT = 8657571868L;
  private static final int HALF_FULL_ROUNDS = 4;

  private static final Poseidon1 KOALABEAR_16 =
      new Poseidon1(
          16, 20, KoalaBearPoseidon1Constants.MDS_ROW_16, KoalaBearPoseidon1Constants.RC_16);
  private static final Poseidon1 KOALABEAR_24 =
      new Poseidon1(
          24, 23, KoalaBearPoseidon1Constants.MDS_ROW_24, KoalaBearPoseidon1Constants.RC_24);

  final int width;
  final int partialRounds;

  /** The dense MDS matrix, row-major. */
  final long[] mds;

  /**
   * True if every row of the MDS matrix sums to less than 2^31 (width 16): no per-product
   * reduction.
   */
  final boolean smallMds;

  /** Full-round constants, rows 0..3 initial, 4..7 terminal. */
  final long[][] fullRc;

  /** One scalar constant per partial round, added to lane 0 before its S-box. */
  final long[] partialRc;

  /** Added to the state after the last partial round. */
  final long[] partialResidual;

  /** Entry (0,0) of every sparse factor. */
  final long sparseCorner;

  /** Per partial round: the first row of the sparse factor, lanes 1..width-1. */
  final long[][] sparseRow;

  /** Per partial round: the first column of the sparse factor, lanes 1..width-1. */
  final long[][] sparseCol;

  /** The dense (width-1)x(width-1) remainder applied to lanes 1.. after the partial rounds. */
  final long[] partialTail;

  /** The width-16 permutation ({@code default_koalabear_poseidon1_16}). */
  public static Poseidon1 koalaBear16() {
    return KOALABEAR_16;
  }

  /** The width-24 permutation ({@code default_koalabear_poseidon1_24}). */
  public static Poseidon1 koalaBear24() {
    return KOALABEAR_24;
  }

  private Poseidon1(int width, int partialRounds, int[] mdsRow, int[][] roundConstants) {
    if (roundConstants.length != 2 * HALF_FULL_ROUNDS + partialRounds) {
      throw new IllegalArgumentException(
          "round constants: expected " + (2 * HALF_FULL_ROUNDS + partialRounds) + " rows");
    }
    this.width = width;
    this.partialRounds = partialRounds;
    int w = width;
    long[][] m = new long[w][w];
    long rowSum = 0;
    for (int i = 0; i < w; i++) {
      for (int j = 0; j < w; j++) {
        m[i][j] = mdsRow[Math.floorMod(j - i, w)];
      }
    }
    for (int v : mdsRow) {
      rowSum += v;
    }
    this.smallMds = rowSum < (1L << 31);
    this.mds = new long[w * w];
    for (int i = 0; i < w; i++) {
      System.arraycopy(m[i], 0, mds, i * w, w);
    }
    this.fullRc = new long[2 * HALF_FULL_ROUNDS][];
    for (int r = 0; r < HALF_FULL_ROUNDS; r++) {
      fullRc[r] = toLongs(roundConstants[r]);
      fullRc[HALF_FULL_ROUNDS + r] = toLongs(roundConstants[HALF_FULL_ROUNDS + partialRounds + r]);
    }

    // Constant forwarding: lane 0 keeps a scalar constant per round, the rest travels through M.
    this.partialRc = new long[partialRounds];
    long[] acc = new long[w];
    for (int r = 0; r < partialRounds; r++) {
      long[] rc = toLongs(roundConstants[HALF_FULL_ROUNDS + r]);
      partialRc[r] = KoalaBear.add(rc[0], acc[0]);
      long[] rest = new long[w];
      for (int i = 1; i < w; i++) {
        rest[i] = KoalaBear.add(rc[i], acc[i]);
      }
      acc = FieldMatrix.apply(m, rest);
    }
    this.partialResidual = acc;

    // Sparse factorisation: M * diag(1, Mhat^r) = [[m00, w^T Mhat^r], [v, Mhat^(r+1)]]
    //   = diag(1, Mhat^(r+1)) * [[m00, w^T Mhat^r], [Mhat^-(r+1) v, I]].
    int n = w - 1;
    long[][] mHat = new long[n][n];
    long[] v = new long[n];
    long[] row = new long[n];
    for (int i = 0; i < n; i++) {
      v[i] = m[i + 1][0];
      row[i] = m[0][i + 1];
      for (int j = 0; j < n; j++) {
        mHat[i][j] = m[i + 1][j + 1];
      }
    }
    long[][] mHatInv = FieldMatrix.inverse(mHat);
    this.sparseCorner = m[0][0];
    this.sparseRow = new long[partialRounds][];
    this.sparseCol = new long[partialRounds][];
    long[] rowR = row;
    long[] colR = FieldMatrix.apply(mHatInv, v);
    long[][] power = mHat;
    for (int r = 0; r < partialRounds; r++) {
      sparseRow[r] = rowR;
      sparseCol[r] = colR;
      if (r + 1 < partialRounds) {
        rowR = FieldMatrix.applyTransposed(mHat, rowR);
        colR = FieldMatrix.apply(mHatInv, colR);
        power = FieldMatrix.multiply(mHat, power);
      }
    }
    this.partialTail = new long[n * n];
    for (int i = 0; i < n; i++) {
      System.arraycopy(power[i], 0, partialTail, i * n, n);
    }
  }

  /** The state width. */
  public int width() {
    return width;
  }

  /** Number of partial rounds. */
  public int partialRounds() {
    return partialRounds;
  }

  /** Permutes {@code state} (canonical elements, length {@link #width()}) in place. */
  public void permute(long[] state) {
    permute(state, new long[width]);
  }

  /**
   * Permutes {@code state} (canonical elements, length {@link #width()}) in place, using {@code
   * scratch} (length at least {@link #width()}) as working space; the hot loops call this to avoid
   * allocating.
   */
  public void permute(long[] state, long[] scratch) {
    if (state.length != width || scratch.length < width) {
      throw new IllegalArgumentException(
          "state: expected " + width + " elements, got " + state.length);
    }
    long[] tmp = scratch;
    for (int r = 0; r < HALF_FULL_ROUNDS; r++) {
      fullRound(state, tmp, fullRc[r]);
    }
    partialRounds(state, tmp);
    for (int r = HALF_FULL_ROUNDS; r < 2 * HALF_FULL_ROUNDS; r++) {
      fullRound(state, tmp, fullRc[r]);
    }
  }

  /** Permutes an int state (canonical elements) in place. */
  public void permute(int[] state) {
    long[] s = new long[state.length];
    for (int i = 0; i < s.length; i++) {
      s[i] = state[i];
    }
    permute(s);
    for (int i = 0; i < s.length; i++) {
      state[i] = (int) s[i];
    }
  }

  private void fullRound(long[] s, long[] tmp, long[] rc) {
    int w = width;
    for (int i = 0; i < w; i++) {
      s[i] = cube(s[i] + rc[i]);
    }
    if (smallMds) {
      for (int i = 0; i < w; i++) {
        long acc = 0;
        int base = i * w;
        for (int j = 0; j < w; j++) {
          acc += mds[base + j] * s[j];
        }
        tmp[i] = reduce(acc);
      }
    } else {
      for (int i = 0; i < w; i++) {
        tmp[i] = dot(mds, i * w, s, 0, w);
      }
    }
    System.arraycopy(tmp, 0, s, 0, w);
  }

  private void partialRounds(long[] s, long[] tail) {
    int w = width;
    int n = w - 1;
    long corner = sparseCorner;
    for (int r = 0; r < partialRounds; r++) {
      long s0 = cube(s[0] + partialRc[r]);
      long[] row = sparseRow[r];
      long[] col = sparseCol[r];
      long acc = reduceUnsigned(corner * s0 + row[0] * s[1] + row[1] * s[2] + row[2] * s[3]);
      int j = 3;
      for (; j + 4 <= n; j += 4) {
        acc +=
            reduceUnsigned(
                row[j] * s[j + 1]
                    + row[j + 1] * s[j + 2]
                    + row[j + 2] * s[j + 3]
                    + row[j + 3] * s[j + 4]);
      }
      for (; j < n; j++) {
        acc += reduce(row[j] * s[j + 1]);
      }
      for (int i = 1; i < w; i++) {
        s[i] = reduce(s[i] + col[i - 1] * s0);
      }
      s[0] = reduce(acc);
    }
    for (int i = 0; i < n; i++) {
      tail[i] = dot(partialTail, i * n, s, 1, n);
    }
    for (int i = 0; i < n; i++) {
      s[i + 1] = addCanonical(tail[i], partialResidual[i + 1]);
    }
    s[0] = addCanonical(s[0], partialResidual[0]);
  }

  /** sum_k m[mOff+k] * v[vOff+k] mod p for canonical inputs. */
  private static long dot(long[] m, int mOff, long[] v, int vOff, int len) {
    long acc = 0;
    int k = 0;
    for (; k + 4 <= len; k += 4) {
      acc +=
          reduceUnsigned(
              m[mOff + k] * v[vOff + k]
                  + m[mOff + k + 1] * v[vOff + k + 1]
                  + m[mOff + k + 2] * v[vOff + k + 2]
                  + m[mOff + k + 3] * v[vOff + k + 3]);
    }
    for (; k < len; k++) {
      acc += reduce(m[mOff + k] * v[vOff + k]);
    }
    return reduce(acc);
  }

  /** x^3 mod p for 0 <= x < 2p. */
  private static long cube(long x) {
    long t = x - P;
    t += (t >> 63) & P;
    long sq = reduce(t * t);
    return reduce(sq * t);
  }

  private static long addCanonical(long a, long b) {
    long r = a + b - P;
    return r + ((r >> 63) & P);
  }

  /** Canonical representative of 0 <= x < 2^63. */
  private static long reduce(long x) {
    long q = Math.multiplyHigh(x, BARRETT);
    long r = x - q * P - P;
    return r + ((r >> 63) & P);
  }

  /**
   * A representative in [0, 2p) of an unsigned 64-bit x (a sum of at most four canonical products).
   */
  private static long reduceUnsigned(long x) {
    long q = Math.unsignedMultiplyHigh(x, BARRETT);
    return x - q * P;
  }

  private static long[] toLongs(int[] a) {
    long[] r = new long[a.length];
    for (int i = 0; i < a.length; i++) {
      r[i] = a[i];
    }
    return r;
  }
}
