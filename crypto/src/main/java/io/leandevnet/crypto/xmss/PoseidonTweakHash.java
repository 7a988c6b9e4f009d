package io.leandevnet.crypto.xmss;

import io.leandevnet.crypto.koalabear.KoalaBear;
import io.leandevnet.crypto.poseidon.Poseidon1;
import io.leandevnet.crypto.poseidon.VectorSupport;
import java.math.BigInteger;

/**
 * leanSig's {@code PoseidonTweakHash}: chain steps compress {@code [digest | parameter | tweak | 0]}
 * with Poseidon1-16, Merkle nodes compress {@code [parameter | tweak | left | right | 0]} with
 * Poseidon1-24 (compression = permutation plus feed-forward of the input, truncated), and leaves
 * absorb {@code [parameter | tweak | chain ends]} into a replacement sponge over Poseidon1-24 whose
 * capacity is a domain separator derived from the lengths.
 */
public final class PoseidonTweakHash implements TweakHash {

  private static final int CHAIN_WIDTH = 16;
  private static final int MERGE_WIDTH = 24;

  private final Poseidon1 perm16 = Poseidon1.koalaBear16();
  private final Poseidon1 perm24 = Poseidon1.koalaBear24();
  private final int hashLen;
  private final int parameterLen;
  private final int tweakLen;
  private final int dimension;
  private final int base;
  private final long[] spongeCapacity;

  /** The tweak hash of {@code config}. */
  public PoseidonTweakHash(XmssConfig config) {
    this.hashLen = config.hashLen();
    this.parameterLen = config.parameterLen();
    this.tweakLen = config.tweakLen();
    this.dimension = config.dimension();
    this.base = config.base();
    this.spongeCapacity = domainSeparator(config.capacity());
  }

  @Override
  public int digestLength() {
    return hashLen;
  }

  /** Poseidon1-24 compression of the lengths [parameter, tweak, chains, digest] packed as a u128. */
  private long[] domainSeparator(int capacity) {
    BigInteger acc = BigInteger.ZERO;
    for (int v : new int[] {parameterLen, tweakLen, dimension, hashLen}) {
      acc = acc.shiftLeft(32).or(BigInteger.valueOf(v));
    }
    BigInteger p = BigInteger.valueOf(KoalaBear.P);
    long[] input = new long[MERGE_WIDTH];
    for (int i = 0; i < MERGE_WIDTH; i++) {
      BigInteger[] qr = acc.divideAndRemainder(p);
      input[i] = qr[1].longValueExact();
      acc = qr[0];
    }
    long[] state = input.clone();
    perm24.permute(state);
    long[] out = new long[capacity];
    for (int i = 0; i < capacity; i++) {
      out[i] = KoalaBear.add(state[i], input[i]);
    }
    return out;
  }

  @Override
  public void chain(int[] parameter, long epoch, int chainIndex, int startPos, int steps, int[] digest, int off) {
    long[] cur = new long[hashLen];
    for (int k = 0; k < hashLen; k++) {
      cur[k] = digest[off + k];
    }
    long[] param = toLongs(parameter);
    walk(param, epoch, chainIndex, startPos, steps, cur, new long[CHAIN_WIDTH], new long[CHAIN_WIDTH]);
    for (int k = 0; k < hashLen; k++) {
      digest[off + k] = (int) cur[k];
    }
  }

  /** Walks a chain in place on {@code cur} using the two scratch arrays. */
  private void walk(long[] param, long epoch, int chainIndex, int startPos, int steps, long[] cur,
      long[] state, long[] scratch) {
    int h = hashLen;
    int tweakOff = h + parameterLen;
    for (int j = 0; j < steps; j++) {
      long tweak = Tweaks.chain(epoch, chainIndex, startPos + j + 1);
      System.arraycopy(cur, 0, state, 0, h);
      System.arraycopy(param, 0, state, h, parameterLen);
      Tweaks.digits(tweak, state, tweakOff, tweakLen);
      for (int k = tweakOff + tweakLen; k < CHAIN_WIDTH; k++) {
        state[k] = 0;
      }
      perm16.permute(state, scratch);
      for (int k = 0; k < h; k++) {
        cur[k] = KoalaBear.add(state[k], cur[k]);
      }
    }
  }

  @Override
  public void leaf(int[] parameter, long epoch, int[] chainEnds, int[] out, int outOff) {
    long[] ends = new long[chainEnds.length];
    for (int i = 0; i < ends.length; i++) {
      ends[i] = chainEnds[i];
    }
    long[] result = new long[hashLen];
    sponge(toLongs(parameter), epoch, ends, result, new long[MERGE_WIDTH], new long[MERGE_WIDTH]);
    for (int k = 0; k < hashLen; k++) {
      out[outOff + k] = (int) result[k];
    }
  }

  /**
   * The replacement sponge over {@code [parameter | tree tweak (0, epoch) | chain ends]}: each chunk
   * of rate elements overwrites the rate part of the state, a short last chunk is zero-padded, and
   * the digest is read from the start of the rate part.
   */
  private void sponge(long[] param, long epoch, long[] ends, long[] out, long[] state, long[] scratch) {
    int cap = spongeCapacity.length;
    int rate = MERGE_WIDTH - cap;
    int inputLen = parameterLen + tweakLen + ends.length;
    long[] tweak = new long[tweakLen];
    Tweaks.digits(Tweaks.tree(0, epoch), tweak, 0, tweakLen);
    System.arraycopy(spongeCapacity, 0, state, 0, cap);
    for (int k = cap; k < MERGE_WIDTH; k++) {
      state[k] = 0;
    }
    for (int start = 0; start < inputLen; start += rate) {
      int n = Math.min(rate, inputLen - start);
      for (int i = 0; i < n; i++) {
        int idx = start + i;
        long v;
        if (idx < parameterLen) {
          v = param[idx];
        } else if (idx < parameterLen + tweakLen) {
          v = tweak[idx - parameterLen];
        } else {
          v = ends[idx - parameterLen - tweakLen];
        }
        state[cap + i] = v;
      }
      for (int i = n; i < rate; i++) {
        state[cap + i] = 0;
      }
      perm24.permute(state, scratch);
    }
    System.arraycopy(state, cap, out, 0, hashLen);
  }

  @Override
  public void node(int[] parameter, int level, long position, int[] left, int leftOff, int[] right, int rightOff,
      int[] out, int outOff) {
    long[] input = new long[MERGE_WIDTH];
    for (int i = 0; i < parameterLen; i++) {
      input[i] = parameter[i];
    }
    Tweaks.digits(Tweaks.tree(level, position), input, parameterLen, tweakLen);
    int l = parameterLen + tweakLen;
    for (int k = 0; k < hashLen; k++) {
      input[l + k] = left[leftOff + k];
      input[l + hashLen + k] = right[rightOff + k];
    }
    long[] state = input.clone();
    perm24.permute(state);
    for (int k = 0; k < hashLen; k++) {
      out[outOff + k] = (int) KoalaBear.add(state[k], input[k]);
    }
  }

  @Override
  public void leaves(Prf prf, byte[] prfKey, int[] parameter, long firstEpoch, int count, int[] out, int outOff) {
    if (VectorSupport.available()) {
      PoseidonLeafLanes.leaves(prf, prfKey, parameter, firstEpoch, count, out, outOff, hashLen, tweakLen, dimension,
          base, spongeCapacity);
    } else {
      leavesScalar(prf, prfKey, parameter, firstEpoch, count, out, outOff);
    }
  }

  /** {@link #leaves} on the scalar code path, whatever {@link VectorSupport} says (for benchmarks). */
  public void leavesScalarForBenchmark(Prf prf, byte[] prfKey, int[] parameter, long firstEpoch, int count,
      int[] out, int outOff) {
    leavesScalar(prf, prfKey, parameter, firstEpoch, count, out, outOff);
  }

  /** The scalar leaves computation (also the reference for the vector path). */
  void leavesScalar(Prf prf, byte[] prfKey, int[] parameter, long firstEpoch, int count, int[] out, int outOff) {
    int h = hashLen;
    long[] param = toLongs(parameter);
    long[] state16 = new long[CHAIN_WIDTH];
    long[] scratch16 = new long[CHAIN_WIDTH];
    long[] state24 = new long[MERGE_WIDTH];
    long[] scratch24 = new long[MERGE_WIDTH];
    int[] start = new int[h];
    long[] cur = new long[h];
    long[] ends = new long[dimension * h];
    long[] leaf = new long[h];
    for (int e = 0; e < count; e++) {
      long epoch = firstEpoch + e;
      for (int c = 0; c < dimension; c++) {
        prf.chainStart(prfKey, epoch, c, start, 0);
        for (int k = 0; k < h; k++) {
          cur[k] = start[k];
        }
        walk(param, epoch, c, 0, base - 1, cur, state16, scratch16);
        System.arraycopy(cur, 0, ends, c * h, h);
      }
      sponge(param, epoch, ends, leaf, state24, scratch24);
      for (int k = 0; k < h; k++) {
        out[outOff + e * h + k] = (int) leaf[k];
      }
    }
  }

  private static long[] toLongs(int[] a) {
    long[] r = new long[a.length];
    for (int i = 0; i < a.length; i++) {
      r[i] = a[i];
    }
    return r;
  }
}
