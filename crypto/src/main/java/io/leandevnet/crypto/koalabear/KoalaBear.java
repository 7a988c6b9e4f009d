package io.leandevnet.crypto.koalabear;

/**
 * The KoalaBear prime field, p = 2^31 - 2^24 + 1 = 0x7f000001.
 *
 * <p>Elements are plain {@code int}/{@code long} values in canonical form {@code [0, p)}. Products
 * of two canonical elements are below 2^62 and are reduced with a Barrett step that needs one
 * multiply-high and one multiply; the hot loops of Poseidon call {@link #reduce(long)} directly on
 * sums of such products (anything below 2^63).
 */
public final class KoalaBear {

  /** The modulus. */
  public static final int P = 0x7f000001;

  private static final long P_LONG = P;

  /** floor(2^64 / p), the Barrett multiplier. */
  private static final long BARRETT = 8657571868L;

  /** 2^32 mod p. */
  private static final long TWO_POW_32 = 33554430L;

  /** 2^64 mod p. */
  private static final long TWO_POW_64 = 402124772L;

  /** Montgomery form uses R = 2^32: R mod p. */
  public static final long MONTGOMERY_R = TWO_POW_32;

  /** R^2 mod p, to bring a canonical value into Montgomery form with one Montgomery product. */
  public static final long MONTGOMERY_R2 = TWO_POW_64;

  /** -p^-1 mod 2^32, the Montgomery reduction multiplier. */
  public static final long MONTGOMERY_NEG_P_INV = 2130706431L;

  private KoalaBear() {}

  /** Reduces any {@code 0 <= x < 2^63} to its canonical representative. */
  public static long reduce(long x) {
    long q = Math.multiplyHigh(x, BARRETT);
    long r = x - q * P_LONG - P_LONG;
    return r + ((r >> 63) & P_LONG);
  }

  /** Reduces an unsigned 64-bit value to its canonical representative. */
  public static long reduceUnsigned(long x) {
    long hi = x >>> 32;
    long lo = x & 0xffffffffL;
    return reduce(hi * TWO_POW_32 + lo);
  }

  /** (a + b) mod p for canonical a, b. */
  public static long add(long a, long b) {
    long r = a + b - P_LONG;
    return r + ((r >> 63) & P_LONG);
  }

  /** (a - b) mod p for canonical a, b. */
  public static long sub(long a, long b) {
    long r = a - b;
    return r + ((r >> 63) & P_LONG);
  }

  /** (a * b) mod p for canonical a, b. */
  public static long mul(long a, long b) {
    return reduce(a * b);
  }

  /** a^e mod p. */
  public static long pow(long a, long e) {
    long result = 1;
    long base = a;
    long exp = e;
    while (exp > 0) {
      if ((exp & 1) == 1) {
        result = mul(result, base);
      }
      base = mul(base, base);
      exp >>= 1;
    }
    return result;
  }

  /** The multiplicative inverse of a non-zero canonical element. */
  public static long inverse(long a) {
    if (a == 0) {
      throw new ArithmeticException("zero has no inverse in KoalaBear");
    }
    return pow(a, P_LONG - 2);
  }

  /**
   * The 128-bit unsigned big-endian integer {@code bytes[off .. off+16)} reduced mod p (what
   * Plonky3's {@code from_u128} does).
   */
  public static int fromU128BigEndian(byte[] bytes, int off) {
    long hi = readLongBigEndian(bytes, off);
    long lo = readLongBigEndian(bytes, off + 8);
    return (int) reduce(reduceUnsigned(hi) * TWO_POW_64 + reduceUnsigned(lo));
  }

  /** True iff {@code v} is a canonical element. */
  public static boolean isCanonical(long v) {
    return v >= 0 && v < P_LONG;
  }

  private static long readLongBigEndian(byte[] b, int off) {
    long v = 0;
    for (int i = 0; i < 8; i++) {
      v = (v << 8) | (b[off + i] & 0xffL);
    }
    return v;
  }
}
