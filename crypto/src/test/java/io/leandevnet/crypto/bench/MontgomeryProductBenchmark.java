package io.leandevnet.crypto.bench;

import java.util.concurrent.TimeUnit;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;
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
 * Candidate KoalaBear Montgomery-product kernels, in products per microsecond over 1024 elements:
 * one element per 64-bit lane multiplied with a plain {@code LongVector.mul} (what the 4-lane path
 * did), the same with both factors visibly zero-extended (C2 may emit {@code vpmuludq}), and eight
 * elements per 256-bit vector in 32-bit lanes (even and odd lanes multiplied separately).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(
    value = 1,
    jvmArgsAppend = {"--add-modules", "jdk.incubator.vector"})
public class MontgomeryProductBenchmark {

  private static final int N = 1024;
  private static final long P = 0x7f000001L;
  private static final long M32 = 0xffffffffL;
  private static final long NEG_P_INV = 2130706431L;
  private static final int P_INV = 0x81000001;
  private static final VectorSpecies<Long> LS = LongVector.SPECIES_256;
  private static final VectorSpecies<Integer> IS = IntVector.SPECIES_256;

  private final long[] la = new long[N];
  private final long[] lb = new long[N];
  private final long[] lo = new long[N];
  private final int[] ia = new int[N];
  private final int[] ib = new int[N];
  private final int[] io = new int[N];

  public MontgomeryProductBenchmark() {
    for (int i = 0; i < N; i++) {
      la[i] = (i * 2654435761L) % P;
      lb[i] = (i * 40503L + 7) % P;
      ia[i] = (int) la[i];
      ib[i] = (int) lb[i];
    }
  }

  @Benchmark
  @OperationsPerInvocation(N)
  public long longLanesPlainMul() {
    for (int i = 0; i < N; i += LS.length()) {
      LongVector a = LongVector.fromArray(LS, la, i);
      LongVector b = LongVector.fromArray(LS, lb, i);
      LongVector t = a.mul(b);
      t = t.add(t.mul(NEG_P_INV).and(M32).mul(P)).lanewise(VectorOperators.LSHR, 32);
      LongVector y = t.sub(P);
      y.add(y.lanewise(VectorOperators.ASHR, 63).and(P)).intoArray(lo, i);
    }
    return lo[3];
  }

  @Benchmark
  @OperationsPerInvocation(N)
  public long longLanesZeroExtendedMul() {
    for (int i = 0; i < N; i += LS.length()) {
      LongVector a = LongVector.fromArray(LS, la, i).and(M32);
      LongVector b = LongVector.fromArray(LS, lb, i).and(M32);
      LongVector t = a.mul(b);
      LongVector m = t.and(M32).mul(NEG_P_INV).and(M32);
      t = t.add(m.mul(P)).lanewise(VectorOperators.LSHR, 32);
      LongVector y = t.sub(P);
      y.add(y.lanewise(VectorOperators.ASHR, 63).and(P)).intoArray(lo, i);
    }
    return lo[3];
  }

  @Benchmark
  @OperationsPerInvocation(N)
  public int intLanesEvenOdd() {
    for (int i = 0; i < N; i += IS.length()) {
      IntVector a = IntVector.fromArray(IS, ia, i);
      IntVector b = IntVector.fromArray(IS, ib, i);
      LongVector al = a.reinterpretAsLongs();
      LongVector bl = b.reinterpretAsLongs();
      LongVector pe = al.and(M32).mul(bl.and(M32));
      LongVector po =
          al.lanewise(VectorOperators.LSHR, 32).mul(bl.lanewise(VectorOperators.LSHR, 32));
      LongVector q = a.mul(b).mul(P_INV).reinterpretAsLongs();
      LongVector qe = q.and(M32).mul(P);
      LongVector qo = q.lanewise(VectorOperators.LSHR, 32).mul(P);
      LongVector d =
          pe.sub(qe).lanewise(VectorOperators.LSHR, 32).or(po.sub(qo).and(0xffffffff00000000L));
      IntVector r = d.reinterpretAsInts();
      r.add(r.lanewise(VectorOperators.ASHR, 31).and((int) P)).intoArray(io, i);
    }
    return io[3];
  }

  @Benchmark
  @OperationsPerInvocation(N)
  public int intLanesConstantMasked() {
    return byConstant(true);
  }

  @Benchmark
  @OperationsPerInvocation(N)
  public int intLanesConstantPlain() {
    return byConstant(false);
  }

  private int byConstant(boolean masked) {
    long c = 123456789L;
    int cq = (int) c * P_INV;
    for (int i = 0; i < N; i += IS.length()) {
      IntVector a = IntVector.fromArray(IS, ia, i);
      LongVector al = a.reinterpretAsLongs();
      LongVector cv = masked ? LongVector.broadcast(LS, c).and(M32) : LongVector.broadcast(LS, c);
      LongVector pv = masked ? LongVector.broadcast(LS, P).and(M32) : LongVector.broadcast(LS, P);
      LongVector pe = al.and(M32).mul(cv);
      LongVector po = al.lanewise(VectorOperators.LSHR, 32).mul(cv);
      LongVector q = a.mul(cq).reinterpretAsLongs();
      LongVector qe = q.and(M32).mul(pv);
      LongVector qo = q.lanewise(VectorOperators.LSHR, 32).mul(pv);
      LongVector d =
          pe.sub(qe).lanewise(VectorOperators.LSHR, 32).or(po.sub(qo).and(0xffffffff00000000L));
      IntVector r = d.reinterpretAsInts();
      r.add(r.lanewise(VectorOperators.ASHR, 31).and((int) P)).intoArray(io, i);
    }
    return io[3];
  }
}
