package io.leandevnet.crypto.poseidon;

/**
 * Whether the lane-parallel {@link Poseidon1Lanes} can be used: the {@code jdk.incubator.vector}
 * module is present (start the JVM with {@code --add-modules jdk.incubator.vector}), the preferred
 * vector holds at least 4 longs (AVX2 or AVX-512), and the system property {@code
 * leandevnet.xmss.vector} is not {@code false}.
 *
 * <p>Measured on an AMD EPYC (Zen 4) per devnet4 leaf: scalar 794 us, 8 lanes (AVX-512) 103 us, 4
 * lanes ({@code -XX:UseAVX=2}, no 64-bit vector multiply) about 530 us, so both vector widths win.
 */
public final class VectorSupport {

  private static final boolean AVAILABLE = detect();

  private VectorSupport() {}

  /** True if the vector code path is used. */
  public static boolean available() {
    return AVAILABLE;
  }

  private static boolean detect() {
    if ("false".equals(System.getProperty("leandevnet.xmss.vector"))) {
      return false;
    }
    if (ModuleLayer.boot().findModule("jdk.incubator.vector").isEmpty()) {
      return false;
    }
    return Poseidon1Lanes.lanes() >= 4
        || "true".equals(System.getProperty("leandevnet.xmss.vector"));
  }
}
