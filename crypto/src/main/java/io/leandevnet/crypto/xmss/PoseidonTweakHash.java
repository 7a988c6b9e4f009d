package io.leandevnet.crypto.xmss;

import io.leandevnet.crypto.koalabear.KoalaBear;
import io.leandevnet.crypto.poseidon.Poseidon1;
import io.leandevnet.crypto.poseidon.VectorPath;
import io.leandevnet.crypto.poseidon.VectorSupport;
import java.math.BigInteger;
import java.util.Arrays;

/**
 * leanSig's {@code PoseidonTweakHash}: chain steps compress {@code [digest | parameter | tweak |
 * 0]} with Poseidon1-16, Merkle nodes compress {@code [parameter | tweak | left | right | 0]} with
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

  /**
   * Poseidon1-24 compression of the lengths [parameter, tweak, chains, digest] packed as a u128.
   */
  private long[] domainSeparator(int capacity) {
    return domainSeparator(
        perm24, new int[] {parameterLen, tweakLen, dimension, hashLen}, capacity);
  }

  /**
   * leanSig's {@code poseidon_safe_domain_separator}: the 32-bit lengths packed big-end first into
   * one integer, split into 24 base-p digits, compressed with Poseidon1-24 to {@code outLen}
   * elements.
   */
  static long[] domainSeparator(Poseidon1 perm24, int[] lengths, int outLen) {
    BigInteger acc = BigInteger.ZERO;
    for (int v : lengths) {
      acc = acc.shiftLeft(32).or(BigInteger.valueOf(v));
    }
    BigInteger p = BigInteger.valueOf(KoalaBear.P);
    long[] input = new long[MERGE_WIDTH];
    for (int i = 0; i < MERGE_WIDTH; i++) {
      BigInteger[] qr = acc.divideAndRemainder(p);
      input[i] = qr[1].longValueExact();
      acc = qr[0];
    }
    return compress(perm24, input, outLen);
  }

  /**
   * leanSig's {@code poseidon_compress}: zero-pad to the width, permute, add the input, truncate.
   */
  static long[] compress(Poseidon1 perm, long[] input, int outLen) {
    long[] padded = Arrays.copyOf(input, perm.width());
    long[] state = padded.clone();
    perm.permute(state);
    long[] out = new long[outLen];
    for (int i = 0; i < outLen; i++) {
      out[i] = KoalaBear.add(state[i], padded[i]);
    }
    return out;
  }

  /**
   * leanSig's {@code poseidon_replacement_sponge} over Poseidon1-24: the capacity part of the state
   * starts as {@code capacity}; each rate-sized chunk of the input overwrites the rest of the state
   * (a short last chunk is zero-padded) and is followed by one permutation; the output is read from
   * the rate part, permuting again if more than one rate is asked for.
   */
  static long[] replacementSponge(Poseidon1 perm24, long[] capacity, long[] input, int outLen) {
    int cap = capacity.length;
    int rate = MERGE_WIDTH - cap;
    long[] state = new long[MERGE_WIDTH];
    long[] scratch = new long[MERGE_WIDTH];
    System.arraycopy(capacity, 0, state, 0, cap);
    for (int start = 0; start < input.length; start += rate) {
      int n = Math.min(rate, input.length - start);
      System.arraycopy(input, start, state, cap, n);
      Arrays.fill(state, cap + n, MERGE_WIDTH, 0L);
      perm24.permute(state, scratch);
    }
    long[] out = new long[outLen];
    for (int o = 0; o < outLen; ) {
      int n = Math.min(rate, outLen - o);
      System.arraycopy(state, cap, out, o, n);
      o += n;
      if (o < outLen) {
        perm24.permute(state, scratch);
      }
    }
    return out;
  }

  @Override
  public void chain(
      int[] parameter, long epoch, int chainIndex, int startPos, int steps, int[] digest, int off) {
    long[] cur = new long[hashLen];
    for (int k = 0; k < hashLen; k++) {
      cur[k] = digest[off + k];
    }
    long[] param = toLongs(parameter);
    walk(
        param,
        epoch,
        chainIndex,
        startPos,
        steps,
        cur,
        new long[CHAIN_WIDTH],
        new long[CHAIN_WIDTH]);
    for (int k = 0; k < hashLen; k++) {
      digest[off + k] = (int) cur[k];
    }
  }

  /** Walks a chain in place on {@code cur} using the two scratch arrays. */
  private void walk(
      long[] param,
      long epoch,
      int chainIndex,
      int startPos,
      int steps,
      long[] cur,
      long[] state,
      long[] scratch) {
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
    sponge(toLongs(parameter), epoch, ends, result);
    for (int k = 0; k < hashLen; k++) {
      out[outOff + k] = (int) result[k];
    }
  }

  /** The leaf sponge over {@code [parameter | tree tweak (0, epoch) | chain ends]}. */
  private void sponge(long[] param, long epoch, long[] ends, long[] out) {
    long[] input = new long[parameterLen + tweakLen + ends.length];
    System.arraycopy(param, 0, input, 0, parameterLen);
    Tweaks.digits(Tweaks.tree(0, epoch), input, parameterLen, tweakLen);
    System.arraycopy(ends, 0, input, parameterLen + tweakLen, ends.length);
    System.arraycopy(replacementSponge(perm24, spongeCapacity, input, hashLen), 0, out, 0, hashLen);
  }

  @Override
  public void node(
      int[] parameter,
      int level,
      long position,
      int[] left,
      int leftOff,
      int[] right,
      int rightOff,
      int[] out,
      int outOff) {
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
    long[] digest = compress(perm24, input, hashLen);
    for (int k = 0; k < hashLen; k++) {
      out[outOff + k] = (int) digest[k];
    }
  }

  /**
   * A batch of lanes (8 or 16) at a time on {@code INT_LANES} ({@link PoseidonLeafIntLanes#nodes}),
   * one at a time otherwise.
   */
  @Override
  public void nodes(
      int[] parameter,
      int level,
      long firstPosition,
      int count,
      int[] children,
      int childOff,
      int[] out,
      int outOff) {
    if (VectorSupport.path() == VectorPath.INT_LANES
        && parameterLen + tweakLen + 2 * hashLen <= MERGE_WIDTH) {
      PoseidonLeafIntLanes.nodes(
          parameter,
          level,
          firstPosition,
          count,
          children,
          childOff,
          out,
          outOff,
          hashLen,
          tweakLen);
    } else {
      TweakHash.super.nodes(
          parameter, level, firstPosition, count, children, childOff, out, outOff);
    }
  }

  @Override
  public void leaves(
      Prf prf, byte[] prfKey, int[] parameter, long firstEpoch, int count, int[] out, int outOff) {
    leaves(VectorSupport.path(), prf, prfKey, parameter, firstEpoch, count, out, outOff);
  }

  /**
   * {@link #leaves} on the given code path, whatever {@link VectorSupport#path()} chose (for
   * benchmarks and tests; the vector paths need the {@code jdk.incubator.vector} module).
   */
  public void leaves(
      VectorPath path,
      Prf prf,
      byte[] prfKey,
      int[] parameter,
      long firstEpoch,
      int count,
      int[] out,
      int outOff) {
    switch (path) {
      case SCALAR -> leavesScalar(prf, prfKey, parameter, firstEpoch, count, out, outOff);
      case INT_LANES ->
          PoseidonLeafIntLanes.leaves(
              prf,
              prfKey,
              parameter,
              firstEpoch,
              count,
              out,
              outOff,
              hashLen,
              tweakLen,
              dimension,
              base,
              spongeCapacity);
    }
  }

  /** The scalar leaves computation (also the reference for the vector path). */
  void leavesScalar(
      Prf prf, byte[] prfKey, int[] parameter, long firstEpoch, int count, int[] out, int outOff) {
    int h = hashLen;
    long[] param = toLongs(parameter);
    long[] state16 = new long[CHAIN_WIDTH];
    long[] scratch16 = new long[CHAIN_WIDTH];
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
      sponge(param, epoch, ends, leaf);
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
