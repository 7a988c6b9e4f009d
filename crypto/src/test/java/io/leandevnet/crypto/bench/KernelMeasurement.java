package io.leandevnet.crypto.bench;

import io.leandevnet.crypto.poseidon.Poseidon1;
import io.leandevnet.crypto.poseidon.Poseidon1IntLanes;
import io.leandevnet.crypto.poseidon.VectorPath;
import io.leandevnet.crypto.poseidon.VectorSupport;
import io.leandevnet.crypto.xmss.PoseidonTweakHash;
import io.leandevnet.crypto.xmss.ShakePrf;
import io.leandevnet.crypto.xmss.XmssConfig;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * The Poseidon1 kernels side by side in CPU time per operation (thread CPU time, so other load on
 * the machine disturbs it little): Poseidon1 width 16 and 24, one chain walk (7 width-16
 * compressions) and one devnet4 leaf, each on the scalar and the 32-bit-lane path. Run through the
 * bench profile: {@code ./mvnw -q -B -pl crypto -am -Pbench verify -DskipTests
 * -Dbench.main=io.leandevnet.crypto.bench.KernelMeasurement -Dbench.jvm=-XX:UseAVX=2} (the AVX2
 * code on an AVX-512 machine). Prints the CPU's vector shape and the path the process would choose.
 */
public final class KernelMeasurement {

  private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

  private KernelMeasurement() {}

  public static void main(String[] args) {
    System.out.printf(
        "vector shape %s, chosen path %s, int lanes %d%n",
        VectorSupport.shape(), VectorSupport.path(), Poseidon1IntLanes.LANES);
    System.out.printf(
        "%-28s %12s %12s %12s%n", "CPU us per op", "scalar", "int lanes", "scalar/int");
    // The int-lane column does LANES (8 or 16) permutations / chains per run; the leaf columns 16
    // leaves each.
    int il = Poseidon1IntLanes.LANES;
    row("Poseidon1 width 16", width(16), 1, il);
    row("Poseidon1 width 24", width(24), 1, il);
    row("chain walk (7 steps)", chainWalk(), 1, il);
    row("devnet4 leaf", leaf(), 16, 16);
  }

  private interface Op {
    void run();
  }

  private static void row(String name, Op[] ops, int... perRun) {
    double[] us = new double[ops.length];
    for (int i = 0; i < ops.length; i++) {
      us[i] = measure(ops[i]) / perRun[i];
    }
    System.out.printf("%-28s %12.3f %12.3f %11.2fx%n", name, us[0], us[1], us[0] / us[1]);
  }

  /** CPU microseconds per run, after warming up until the JIT has compiled the loop. */
  private static double measure(Op op) {
    long budget = 300_000_000L;
    for (int warm = 0; warm < 3; warm++) {
      long t0 = CPU.getCurrentThreadCpuTime();
      while (CPU.getCurrentThreadCpuTime() - t0 < budget) {
        for (int i = 0; i < 16; i++) {
          op.run();
        }
      }
    }
    long n = 0;
    long t0 = CPU.getCurrentThreadCpuTime();
    long t;
    do {
      for (int i = 0; i < 16; i++) {
        op.run();
      }
      n += 16;
      t = CPU.getCurrentThreadCpuTime() - t0;
    } while (t < 2 * budget);
    return t / 1e3 / n;
  }

  /** Per permutation: the int-lane kernel runs LANES permutations per operation. */
  private static Op[] width(int w) {
    Poseidon1 scalar = w == 16 ? Poseidon1.koalaBear16() : Poseidon1.koalaBear24();
    Poseidon1IntLanes ints =
        w == 16 ? Poseidon1IntLanes.koalaBear16() : Poseidon1IntLanes.koalaBear24();
    long[] s = new long[w];
    long[] t = new long[w];
    int[] is = new int[w * Poseidon1IntLanes.LANES];
    int[] it = new int[ints.scratchLength()];
    return new Op[] {() -> scalar.permute(s, t), () -> ints.permute(is, it)};
  }

  /** One chain of 7 steps: scalar as verification walks it; lanes LANES chains per batch. */
  private static Op[] chainWalk() {
    PoseidonTweakHash hash = new PoseidonTweakHash(XmssConfig.DEVNET4);
    int[] parameter = {1, 2, 3, 4, 5};
    int[] digest = new int[8];
    Op[] w16 = width(16);
    return new Op[] {
      () -> hash.chain(parameter, 77, 3, 0, 7, digest, 0),
      () -> {
        for (int i = 0; i < 7; i++) {
          w16[1].run();
        }
      }
    };
  }

  private static Op[] leaf() {
    PoseidonTweakHash hash = new PoseidonTweakHash(XmssConfig.DEVNET4);
    ShakePrf prf = new ShakePrf(8, 7);
    byte[] key = new byte[32];
    int[] parameter = {1, 2, 3, 4, 5};
    int[] out = new int[16 * 8];
    return new Op[] {
      () -> hash.leaves(VectorPath.SCALAR, prf, key, parameter, 1000, 16, out, 0),
      () -> hash.leaves(VectorPath.INT_LANES, prf, key, parameter, 1000, 16, out, 0)
    };
  }
}
