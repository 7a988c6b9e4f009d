package io.leandevnet.crypto.xmss;

import io.leandevnet.crypto.poseidon.Poseidon1IntLanes;
import io.leandevnet.crypto.poseidon.VectorSupport;
import java.time.Duration;

/**
 * How long key generation will take on this machine, told before it starts: the CPU time of one
 * leaf on the code path {@link VectorSupport} chose (measured per path on an AMD EPYC, see README),
 * scaled by the scheme's chain steps per leaf, times the leaves, spread over the cores.
 *
 * @param coreSecondsPerKey CPU time one key costs
 * @param cores the cores the keys are generated on
 */
public record KeyGenEstimate(double coreSecondsPerKey, int cores) {

  /** devnet4: 46 chains of 7 steps per leaf, the unit the per-leaf costs below are measured in. */
  private static final int DEVNET4_STEPS = 46 * 7;

  /**
   * Microseconds of CPU per devnet4 leaf, per path, whole keys on a 2-core AMD EPYC (Zen 4) that
   * shares its host (2026-12-03, load 1-3): 32-bit lanes with 8 of them (AVX2, {@code
   * -XX:UseAVX=2}) 184 (median 48.2 core-s per 2^18 key of 10 runs, 42.8-53.0), with 16 (AVX-512)
   * 137 (median 36.0 core-s per key, 34.8-38.3); scalar 1180 (median 309.6 core-s per key of 3
   * runs, 299.6-318.0). Other load makes real runs slower; the progress bar's ETA then corrects the
   * estimate.
   */
  private static final double SCALAR_US = 1180;

  private static final double INT_LANES_8_US = 184;
  private static final double INT_LANES_16_US = 137;

  /** The estimate for {@code leavesPerKey} leaves per key of {@code config} on {@code cores}. */
  public static KeyGenEstimate of(XmssConfig config, long leavesPerKey, int cores) {
    double us =
        switch (VectorSupport.path()) {
          case SCALAR -> SCALAR_US;
          case INT_LANES -> Poseidon1IntLanes.LANES >= 16 ? INT_LANES_16_US : INT_LANES_8_US;
        };
    double steps = (double) config.dimension() * (config.base() - 1) / DEVNET4_STEPS;
    return new KeyGenEstimate(us * 1e-6 * steps * leavesPerKey, Math.max(1, cores));
  }

  /** Wall time for {@code keys} keys when every core works. */
  public Duration wall(int keys) {
    return Duration.ofMillis(Math.round(keys * coreSecondsPerKey * 1000 / cores));
  }

  /** For example {@code "about 4m10s on 2 cores (≈ 50 core-s per key, INT_LANES path)"}. */
  public String describe(int keys) {
    return "about "
        + format(wall(keys))
        + " on "
        + cores
        + (cores == 1 ? " core" : " cores")
        + String.format(
            coreSecondsPerKey < 1
                ? " (≈ %.2f core-s per key, %s path)"
                : coreSecondsPerKey < 10
                    ? " (≈ %.1f core-s per key, %s path)"
                    : " (≈ %.0f core-s per key, %s path)",
            coreSecondsPerKey,
            VectorSupport.path());
  }

  /** 12.3s, 4m05s, 1h02m03s. */
  public static String format(Duration d) {
    long s = d.toSeconds();
    if (s < 60) {
      return String.format("%.1fs", d.toMillis() / 1000.0);
    }
    return s >= 3600
        ? String.format("%dh%02dm%02ds", s / 3600, s / 60 % 60, s % 60)
        : String.format("%dm%02ds", s / 60, s % 60);
  }
}
