package io.leandevnet.crypto.poseidon;

import java.util.Locale;
import jdk.incubator.vector.IntVector;

/**
 * Chooses the Poseidon1 code path once per process from the CPU's preferred vector shape:
 *
 * <ul>
 *   <li>{@link VectorPath#INT_LANES} when the preferred vector holds at least 8 ints: 8 states per
 *       256-bit vector on AVX2, 16 per 512-bit vector on AVX-512 (32-bit lanes with {@code
 *       vpmuludq} on even/odd halves; on AVX-512 this beats 64-bit lanes with native 64-bit
 *       multiplies by 1.5x per leaf, see {@link VectorPath});
 *   <li>{@link VectorPath#SCALAR} without the {@code jdk.incubator.vector} module (start the JVM
 *       with {@code --add-modules jdk.incubator.vector}) or with narrower vectors.
 * </ul>
 *
 * <p>The system property {@code leandevnet.xmss.vector} forces a path for benchmarks: {@code
 * scalar} (or {@code false}), {@code int}; {@code auto} (or {@code true}, or unset) chooses as
 * above. Every path computes the same bytes.
 */
public final class VectorSupport {

  /** The system property that forces a path. */
  public static final String PROPERTY = "leandevnet.xmss.vector";

  private static final VectorPath PATH = detect();

  private VectorSupport() {}

  /** The path in use. */
  public static VectorPath path() {
    return PATH;
  }

  /** True if a vector code path is used. */
  public static boolean available() {
    return PATH != VectorPath.SCALAR;
  }

  /** True if the {@code jdk.incubator.vector} module is present (every path can run). */
  public static boolean modulePresent() {
    return ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();
  }

  /**
   * The CPU's preferred vector shape as the JIT sees it, e.g. {@code "256-bit (AVX2 class)"}, or
   * {@code "unknown (Vector API off)"}.
   */
  public static String shape() {
    if (!modulePresent()) {
      return "unknown (Vector API off)";
    }
    int bits = IntVector.SPECIES_PREFERRED.vectorBitSize();
    String kind = bits >= 512 ? "AVX-512 class" : bits >= 256 ? "AVX2 class" : "SSE/NEON class";
    return bits + "-bit (" + kind + ")";
  }

  private static VectorPath detect() {
    String forced = System.getProperty(PROPERTY, "auto").trim().toLowerCase(Locale.ROOT);
    if (forced.equals("false") || forced.equals("scalar") || !modulePresent()) {
      return VectorPath.SCALAR;
    }
    if (forced.equals("int")) {
      return VectorPath.INT_LANES;
    }
    return preferred();
  }

  private static VectorPath preferred() {
    if (IntVector.SPECIES_PREFERRED.length() >= 8) {
      return VectorPath.INT_LANES;
    }
    return VectorPath.SCALAR;
  }
}
