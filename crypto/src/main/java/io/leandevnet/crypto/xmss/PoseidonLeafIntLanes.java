package io.leandevnet.crypto.xmss;

import io.leandevnet.crypto.koalabear.KoalaBear;
import io.leandevnet.crypto.poseidon.MontgomeryLanes;
import io.leandevnet.crypto.poseidon.Poseidon1IntLanes;
import java.util.Arrays;

/**
 * The key-generation hot path of {@link PoseidonTweakHash} on {@link Poseidon1IntLanes}: 8 (AVX2)
 * or 16 (AVX-512) epochs per batch, one per 32-bit lane, all chains of the batch walked together,
 * then the leaf sponge; and the tree layers above the leaves, as many nodes per batch. Values stay
 * in Montgomery form and in 32-bit lanes from the PRF output to the leaf. Only loaded when {@link
 * io.leandevnet.crypto.poseidon.VectorSupport#path()} is {@code INT_LANES}.
 */
final class PoseidonLeafIntLanes {

  private static final int W16 = 16;
  private static final int W24 = 24;
  private static final int L = Poseidon1IntLanes.LANES;

  private PoseidonLeafIntLanes() {}

  /**
   * See {@link TweakHash#leaves}; {@code capacity} is the sponge's domain separator (canonical).
   */
  static void leaves(
      Prf prf,
      byte[] prfKey,
      int[] parameter,
      long firstEpoch,
      int count,
      int[] out,
      int outOff,
      int hashLen,
      int tweakLen,
      int dimension,
      int base,
      long[] capacity) {
    Poseidon1IntLanes p16 = Poseidon1IntLanes.koalaBear16();
    Poseidon1IntLanes p24 = Poseidon1IntLanes.koalaBear24();
    int h = hashLen;
    int pl = parameter.length;
    int[] paramM = new int[pl];
    for (int k = 0; k < pl; k++) {
      paramM[k] = MontgomeryLanes.toMontgomery(parameter[k]);
    }
    int[] capM = new int[capacity.length];
    for (int k = 0; k < capM.length; k++) {
      capM[k] = MontgomeryLanes.toMontgomery(capacity[k]);
    }
    int[] s16 = new int[W16 * L];
    int[] t16 = new int[p16.scratchLength()];
    int[] s24 = new int[W24 * L];
    int[] t24 = new int[p24.scratchLength()];
    int[] cur = new int[h * L];
    int[] ends = new int[dimension * h * L];
    long[] tweak = new long[tweakLen];
    int[] treeTweak = new int[tweakLen * L];
    int[] start = new int[h];
    long[] epochs = new long[L];
    int[] epochMod = new int[L];
    int[] epochModMont = new int[L];
    int[] epochQuotMont = new int[L];
    ShakePrf shake = prf instanceof ShakePrf sp && sp.digestLength() == h ? sp : null;
    int shakeLanes = ShakePrfLanes.lanes();
    boolean laneShake = shake != null && shakeLanes <= L && L % shakeLanes == 0;
    long[] shakeEpochs = new long[shakeLanes];
    long[] shakeOut = new long[h * shakeLanes];
    long[] keccak = new long[25 * shakeLanes];
    byte[] block = new byte[Shake128.RATE];
    int tweakRow = h + pl;
    for (int done = 0; done < count; done += L) {
      int valid = Math.min(L, count - done);
      for (int l = 0; l < L; l++) {
        epochs[l] = firstEpoch + done + Math.min(l, valid - 1);
        // The chain tweak is (epoch << 24) + small: split the epoch part into base-p digits once.
        long tweakBase = Tweaks.chain(epochs[l], 0, 0);
        epochMod[l] = (int) (tweakBase % KoalaBear.P);
        epochModMont[l] = MontgomeryLanes.toMontgomery(epochMod[l]);
        epochQuotMont[l] = MontgomeryLanes.toMontgomery(tweakBase / KoalaBear.P);
      }
      for (int c = 0; c < dimension; c++) {
        if (laneShake) {
          for (int g = 0; g < L; g += shakeLanes) {
            System.arraycopy(epochs, g, shakeEpochs, 0, shakeLanes);
            ShakePrfLanes.chainStarts(shake, prfKey, shakeEpochs, c, h, shakeOut, keccak, block);
            for (int k = 0; k < h; k++) {
              for (int l = 0; l < shakeLanes; l++) {
                cur[k * L + g + l] = (int) shakeOut[k * shakeLanes + l];
              }
            }
          }
        } else {
          for (int l = 0; l < L; l++) {
            prf.chainStart(prfKey, epochs[l], c, start, 0);
            for (int k = 0; k < h; k++) {
              cur[k * L + l] = start[k];
            }
          }
          MontgomeryLanes.toMontgomery(cur, 0, h * L);
        }
        for (int pos = 1; pos < base; pos++) {
          System.arraycopy(cur, 0, s16, 0, h * L);
          for (int k = 0; k < pl; k++) {
            Arrays.fill(s16, (h + k) * L, (h + k + 1) * L, paramM[k]);
          }
          if (tweakLen == 2) {
            MontgomeryLanes.twoDigitRows(
                epochMod, epochModMont, epochQuotMont, Tweaks.chain(0, c, pos), s16, tweakRow);
          } else {
            for (int l = 0; l < L; l++) {
              Tweaks.digits(Tweaks.chain(epochs[l], c, pos), tweak, 0, tweakLen);
              for (int k = 0; k < tweakLen; k++) {
                s16[(tweakRow + k) * L + l] = MontgomeryLanes.toMontgomery(tweak[k]);
              }
            }
          }
          Arrays.fill(s16, (tweakRow + tweakLen) * L, W16 * L, 0);
          p16.permute(s16, t16);
          MontgomeryLanes.addInto(cur, 0, s16, 0, h * L);
        }
        System.arraycopy(cur, 0, ends, c * h * L, h * L);
      }
      for (int l = 0; l < L; l++) {
        Tweaks.digits(Tweaks.tree(0, epochs[l]), tweak, 0, tweakLen);
        for (int k = 0; k < tweakLen; k++) {
          treeTweak[k * L + l] = MontgomeryLanes.toMontgomery(tweak[k]);
        }
      }
      sponge(p24, capM, paramM, treeTweak, tweakLen, ends, dimension * h, s24, t24);
      MontgomeryLanes.fromMontgomery(s24, capM.length * L, h * L);
      for (int l = 0; l < valid; l++) {
        for (int k = 0; k < h; k++) {
          out[outOff + (done + l) * h + k] = s24[(capM.length + k) * L + l];
        }
      }
    }
  }

  /** The replacement sponge over rows [parameter | tweak | ends], one per lane, Montgomery form. */
  private static void sponge(
      Poseidon1IntLanes p24,
      int[] capM,
      int[] paramM,
      int[] tweakRows,
      int tweakLen,
      int[] ends,
      int endRows,
      int[] s,
      int[] t) {
    int cap = capM.length;
    int rate = W24 - cap;
    int pl = paramM.length;
    int inputLen = pl + tweakLen + endRows;
    for (int k = 0; k < cap; k++) {
      Arrays.fill(s, k * L, (k + 1) * L, capM[k]);
    }
    for (int startRow = 0; startRow < inputLen; startRow += rate) {
      int n = Math.min(rate, inputLen - startRow);
      for (int i = 0; i < n; i++) {
        int idx = startRow + i;
        int dst = (cap + i) * L;
        if (idx < pl) {
          Arrays.fill(s, dst, dst + L, paramM[idx]);
        } else if (idx < pl + tweakLen) {
          System.arraycopy(tweakRows, (idx - pl) * L, s, dst, L);
        } else {
          System.arraycopy(ends, (idx - pl - tweakLen) * L, s, dst, L);
        }
      }
      Arrays.fill(s, (cap + n) * L, W24 * L, 0);
      p24.permute(s, t);
    }
  }

  /**
   * See {@link TweakHash#nodes}: one Poseidon1-24 compression of {@code [parameter | tweak | left |
   * right | 0]} per lane of a batch, fed forward and truncated to {@code hashLen}.
   */
  static void nodes(
      int[] parameter,
      int level,
      long firstPosition,
      int count,
      int[] children,
      int childOff,
      int[] out,
      int outOff,
      int hashLen,
      int tweakLen) {
    Poseidon1IntLanes p24 = Poseidon1IntLanes.koalaBear24();
    int h = hashLen;
    int pl = parameter.length;
    int left = pl + tweakLen;
    int[] s = new int[W24 * L];
    int[] t = new int[p24.scratchLength()];
    int[] input = new int[h * L];
    long[] tweak = new long[tweakLen];
    for (int done = 0; done < count; done += L) {
      int valid = Math.min(L, count - done);
      for (int l = 0; l < L; l++) {
        int i = done + Math.min(l, valid - 1);
        Tweaks.digits(Tweaks.tree(level, firstPosition + i), tweak, 0, tweakLen);
        for (int k = 0; k < tweakLen; k++) {
          s[(pl + k) * L + l] = (int) tweak[k];
        }
        int c = childOff + 2 * i * h;
        for (int k = 0; k < 2 * h; k++) {
          s[(left + k) * L + l] = children[c + k];
        }
      }
      for (int k = 0; k < pl; k++) {
        Arrays.fill(s, k * L, (k + 1) * L, parameter[k]);
      }
      Arrays.fill(s, (left + 2 * h) * L, W24 * L, 0);
      MontgomeryLanes.toMontgomery(s, 0, W24 * L);
      System.arraycopy(s, 0, input, 0, h * L);
      p24.permute(s, t);
      MontgomeryLanes.addInto(s, 0, input, 0, h * L);
      MontgomeryLanes.fromMontgomery(s, 0, h * L);
      for (int l = 0; l < valid; l++) {
        for (int k = 0; k < h; k++) {
          out[outOff + (done + l) * h + k] = s[k * L + l];
        }
      }
    }
  }
}
