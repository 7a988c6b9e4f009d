package io.leandevnet.crypto.bench;

import io.leandevnet.crypto.poseidon.VectorPath;
import io.leandevnet.crypto.xmss.PoseidonTweakHash;
import io.leandevnet.crypto.xmss.ShakePrf;
import io.leandevnet.crypto.xmss.XmssConfig;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Single-thread cost of one devnet4 leaf on each code path side by side (46 PRF chain starts, 46 x
 * 7 Poseidon1-16 chain steps, a 25-permutation Poseidon1-24 sponge) and of its parts. A 2^18-epoch
 * key computes 262,144 leaves, so core-seconds per key ~= (us per leaf) x 0.262 plus about 1% for
 * the tree layers.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(
    value = 1,
    jvmArgsAppend = {"--add-modules", "jdk.incubator.vector"})
public class LeafBenchmark {

  private static final int LEAVES = 64;

  /** The code path: scalar or 32-bit lanes. */
  @Param({"SCALAR", "INT_LANES"})
  public VectorPath path;

  private final PoseidonTweakHash hash = new PoseidonTweakHash(XmssConfig.DEVNET4);
  private final ShakePrf prf = new ShakePrf(8, 7);
  private final byte[] key = new byte[32];
  private final int[] parameter = {1, 2, 3, 4, 5};
  private final int[] out = new int[LEAVES * 8];
  private final int[] start = new int[8];
  private long epoch;

  @Benchmark
  @OperationsPerInvocation(LEAVES)
  public int leaf() {
    epoch += LEAVES;
    hash.leaves(path, prf, key, parameter, epoch, LEAVES, out, 0);
    return out[0];
  }

  /** One PRF chain start (one SHAKE128 block); a leaf needs 46. */
  @Benchmark
  public int prfChainStart() {
    prf.chainStart(key, ++epoch, 7, start, 0);
    return start[0];
  }
}
