package io.leandevnet.crypto.bench;

import io.leandevnet.crypto.poseidon.Poseidon1;
import io.leandevnet.crypto.poseidon.Poseidon1IntLanes;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Poseidon1 permutations per microsecond, width 16 and 24, on both kernels side by side: {@code
 * scalar} and {@code intLanes} ({@link Poseidon1IntLanes}: 8 states in 32-bit lanes on AVX2, 16 on
 * AVX-512). Scores are per permutation. Run once as is and once with {@code -jvmArgsAppend
 * -XX:UseAVX=2} to see both CPU kinds on an AVX-512 machine.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"--add-modules", "jdk.incubator.vector"})
public class Poseidon1Benchmark {

  /** States per measured operation: a whole number of int-lane batches (8 or 16 lanes). */
  private static final int BATCH = 16;

  private final long[] s16 = new long[16];
  private final long[] t16 = new long[16];
  private final long[] s24 = new long[24];
  private final long[] t24 = new long[24];
  private final int[] int16 = new int[16 * Poseidon1IntLanes.LANES];
  private final int[] intWide16 = new int[Poseidon1IntLanes.koalaBear16().scratchLength()];
  private final int[] int24 = new int[24 * Poseidon1IntLanes.LANES];
  private final int[] intWide24 = new int[Poseidon1IntLanes.koalaBear24().scratchLength()];

  public Poseidon1Benchmark() {
    for (int i = 0; i < 24; i++) {
      if (i < 16) {
        s16[i] = i;
      }
      s24[i] = i;
    }
  }

  @Benchmark
  public long scalarWidth16() {
    Poseidon1.koalaBear16().permute(s16, t16);
    return s16[0];
  }

  @Benchmark
  public long scalarWidth24() {
    Poseidon1.koalaBear24().permute(s24, t24);
    return s24[0];
  }

  @Benchmark
  @OperationsPerInvocation(BATCH)
  public int intLanesWidth16() {
    for (int i = 0; i < BATCH / Poseidon1IntLanes.LANES; i++) {
      Poseidon1IntLanes.koalaBear16().permute(int16, intWide16);
    }
    return int16[0];
  }

  @Benchmark
  @OperationsPerInvocation(BATCH)
  public int intLanesWidth24() {
    for (int i = 0; i < BATCH / Poseidon1IntLanes.LANES; i++) {
      Poseidon1IntLanes.koalaBear24().permute(int24, intWide24);
    }
    return int24[0];
  }
}
