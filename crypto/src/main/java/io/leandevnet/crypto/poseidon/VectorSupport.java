package io.leandevnet.crypto.poseidon;

/**
 * Whether the lane-parallel {@link Poseidon1Lanes} can be used: the {@code jdk.incubator.vector}
 * module is present (start the JVM with {@code --add-modules jdk.incubator.vector}), the preferred
 * vector holds at least 8 longs (AVX-512; narrower vectors lose to the scalar code), and the system
 * property {@code leandevnet.xmss.vector} is not {@code false}.
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
    return Poseidon1Lanes.lanes() >= 8 || "true".equals(System.getProperty("leandevnet.xmss.vector"));
  }
}
