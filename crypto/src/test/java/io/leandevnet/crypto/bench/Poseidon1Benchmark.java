package io.leandevnet.crypto.bench;

import io.leandevnet.crypto.poseidon.Poseidon1;
import io.leandevnet.crypto.poseidon.Poseidon1Lanes;
import io.leandevnet.crypto.poseidon.VectorSupport;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Poseidon1 permutations per second: the scalar code and the lane-parallel Vector API code (scores
 * are per permutation: the lane benchmarks permute 8 states per operation).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"--add-modules", "jdk.incubator.vector"})
public class Poseidon1Benchmark {

  private final long[] s16 = new long[16];
  private final long[] t16 = new long[16];
  private final long[] s24 = new long[24];
  private final long[] t24 = new long[24];
  private long[] lanes16;
  private long[] lanesTmp16;
  private long[] lanes24;
  private long[] lanesTmp24;

  @Setup
  public void setup() {
    for (int i = 0; i < 24; i++) {
      if (i < 16) {
        s16[i] = i;
      }
      s24[i] = i;
    }
    if (VectorSupport.available()) {
      int l = Poseidon1Lanes.lanes();
      lanes16 = new long[16 * l];
      lanesTmp16 = new long[16 * l];
      lanes24 = new long[24 * l];
      lanesTmp24 = new long[24 * l];
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
  @OperationsPerInvocation(8)
  public long lanesWidth16() {
    if (lanes16 == null) {
      throw new IllegalStateException("Vector API not available");
    }
    for (int i = 0; i < 8 / Poseidon1Lanes.lanes(); i++) {
      Poseidon1Lanes.koalaBear16().permute(lanes16, lanesTmp16);
    }
    return lanes16[0];
  }

  @Benchmark
  @OperationsPerInvocation(8)
  public long lanesWidth24() {
    if (lanes24 == null) {
      throw new IllegalStateException("Vector API not available");
    }
    for (int i = 0; i < 8 / Poseidon1Lanes.lanes(); i++) {
      Poseidon1Lanes.koalaBear24().permute(lanes24, lanesTmp24);
    }
    return lanes24[0];
  }
}
