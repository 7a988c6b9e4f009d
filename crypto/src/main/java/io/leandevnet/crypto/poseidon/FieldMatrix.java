package io.leandevnet.crypto.poseidon;

import io.leandevnet.crypto.koalabear.KoalaBear;

/** Dense square matrices over KoalaBear, used once to derive the optimised Poseidon constants. */
final class FieldMatrix {

  private FieldMatrix() {}

  /** m * v. */
  static long[] apply(long[][] m, long[] v) {
    long[] out = new long[m.length];
    for (int i = 0; i < m.length; i++) {
      long acc = 0;
      for (int j = 0; j < v.length; j++) {
        acc = KoalaBear.add(acc, KoalaBear.mul(m[i][j], v[j]));
      }
      out[i] = acc;
    }
    return out;
  }

  /** m^T * v. */
  static long[] applyTransposed(long[][] m, long[] v) {
    int n = m.length;
    long[] out = new long[n];
    for (int j = 0; j < n; j++) {
      long acc = 0;
      for (int i = 0; i < n; i++) {
        acc = KoalaBear.add(acc, KoalaBear.mul(v[i], m[i][j]));
      }
      out[j] = acc;
    }
    return out;
  }

  /** a * b. */
  static long[][] multiply(long[][] a, long[][] b) {
    int n = a.length;
    long[][] out = new long[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        long acc = 0;
        for (int k = 0; k < n; k++) {
          acc = KoalaBear.add(acc, KoalaBear.mul(a[i][k], b[k][j]));
        }
        out[i][j] = acc;
      }
    }
    return out;
  }

  /** The inverse by Gauss-Jordan elimination; the matrix must be invertible. */
  static long[][] inverse(long[][] m) {
    int n = m.length;
    long[][] a = new long[n][];
    long[][] inv = new long[n][n];
    for (int i = 0; i < n; i++) {
      a[i] = m[i].clone();
      inv[i][i] = 1;
    }
    for (int col = 0; col < n; col++) {
      int pivot = col;
      while (pivot < n && a[pivot][col] == 0) {
        pivot++;
      }
      if (pivot == n) {
        throw new IllegalArgumentException("matrix is singular");
      }
      long[] t = a[col];
      a[col] = a[pivot];
      a[pivot] = t;
      t = inv[col];
      inv[col] = inv[pivot];
      inv[pivot] = t;
      long pInv = KoalaBear.inverse(a[col][col]);
      for (int j = 0; j < n; j++) {
        a[col][j] = KoalaBear.mul(a[col][j], pInv);
        inv[col][j] = KoalaBear.mul(inv[col][j], pInv);
      }
      for (int i = 0; i < n; i++) {
        long f = a[i][col];
        if (i == col || f == 0) {
          continue;
        }
        for (int j = 0; j < n; j++) {
          a[i][j] = KoalaBear.sub(a[i][j], KoalaBear.mul(f, a[col][j]));
          inv[i][j] = KoalaBear.sub(inv[i][j], KoalaBear.mul(f, inv[col][j]));
        }
      }
    }
    return inv;
  }
}
