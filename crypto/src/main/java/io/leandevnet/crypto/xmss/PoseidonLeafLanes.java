package io.leandevnet.crypto.xmss;

import io.leandevnet.crypto.koalabear.KoalaBear;
import io.leandevnet.crypto.poseidon.Poseidon1Lanes;
import java.util.Arrays;

/**
 * The key-generation hot path of {@link PoseidonTweakHash} on {@link Poseidon1Lanes}: one epoch per
 * SIMD lane, all chains of a batch of epochs walked together, then the leaf sponge for the batch.
 * Values stay in Montgomery form from the PRF output to the leaf. Only loaded when {@link
 * io.leandevnet.crypto.poseidon.VectorSupport#available()}.
 */
final class PoseidonLeafLanes {

  private static final int W16 = 16;
  private static final int W24 = 24;

  private PoseidonLeafLanes() {}

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
    Poseidon1Lanes p16 = Poseidon1Lanes.koalaBear16();
    Poseidon1Lanes p24 = Poseidon1Lanes.koalaBear24();
    int lanes = Poseidon1Lanes.lanes();
    int h = hashLen;
    int pl = parameter.length;
    long[] paramM = new long[pl];
    for (int k = 0; k < pl; k++) {
      paramM[k] = Poseidon1Lanes.toMontgomery(parameter[k]);
    }
    long[] capM = new long[capacity.length];
    for (int k = 0; k < capM.length; k++) {
      capM[k] = Poseidon1Lanes.toMontgomery(capacity[k]);
    }
    long[] s16 = new long[W16 * lanes];
    long[] t16 = new long[W16 * lanes];
    long[] s24 = new long[W24 * lanes];
    long[] t24 = new long[W24 * lanes];
    long[] cur = new long[h * lanes];
    long[] ends = new long[dimension * h * lanes];
    long[] tweak = new long[tweakLen];
    long[] treeTweak = new long[tweakLen * lanes];
    int[] start = new int[h];
    long[] epochs = new long[lanes];
    long[] epochMod = new long[lanes];
    long[] epochModMont = new long[lanes];
    long[] epochQuotMont = new long[lanes];
    ShakePrf shake = prf instanceof ShakePrf sp && sp.digestLength() == h ? sp : null;
    long[] keccak = new long[25 * lanes];
    byte[] block = new byte[Shake128.RATE];
    int tweakRow = h + pl;
    for (int done = 0; done < count; done += lanes) {
      int valid = Math.min(lanes, count - done);
      for (int l = 0; l < lanes; l++) {
        epochs[l] = firstEpoch + done + Math.min(l, valid - 1);
        // The chain tweak is (epoch << 24) + small: split the epoch part into base-p digits once.
        long tweakBase = Tweaks.chain(epochs[l], 0, 0);
        epochMod[l] = tweakBase % KoalaBear.P;
        epochModMont[l] = Poseidon1Lanes.toMontgomery(epochMod[l]);
        epochQuotMont[l] = Poseidon1Lanes.toMontgomery(tweakBase / KoalaBear.P);
      }
      for (int c = 0; c < dimension; c++) {
        if (shake != null && ShakePrfLanes.lanes() == lanes) {
          ShakePrfLanes.chainStarts(shake, prfKey, epochs, c, h, cur, keccak, block);
        } else {
          for (int l = 0; l < lanes; l++) {
            prf.chainStart(prfKey, epochs[l], c, start, 0);
            for (int k = 0; k < h; k++) {
              cur[k * lanes + l] = start[k];
            }
          }
          Poseidon1Lanes.toMontgomery(cur, 0, h * lanes);
        }
        for (int pos = 1; pos < base; pos++) {
          System.arraycopy(cur, 0, s16, 0, h * lanes);
          for (int k = 0; k < pl; k++) {
            Arrays.fill(s16, (h + k) * lanes, (h + k + 1) * lanes, paramM[k]);
          }
          if (tweakLen == 2) {
            Poseidon1Lanes.twoDigitRows(
                epochMod, epochModMont, epochQuotMont, Tweaks.chain(0, c, pos), s16, tweakRow);
          } else {
            for (int l = 0; l < lanes; l++) {
              Tweaks.digits(Tweaks.chain(epochs[l], c, pos), tweak, 0, tweakLen);
              for (int k = 0; k < tweakLen; k++) {
                s16[(tweakRow + k) * lanes + l] = Poseidon1Lanes.toMontgomery(tweak[k]);
              }
            }
          }
          Arrays.fill(s16, (tweakRow + tweakLen) * lanes, W16 * lanes, 0L);
          p16.permute(s16, t16);
          Poseidon1Lanes.addInto(cur, 0, s16, 0, h * lanes);
        }
        System.arraycopy(cur, 0, ends, c * h * lanes, h * lanes);
      }
      for (int l = 0; l < lanes; l++) {
        Tweaks.digits(Tweaks.tree(0, epochs[l]), tweak, 0, tweakLen);
        for (int k = 0; k < tweakLen; k++) {
          treeTweak[k * lanes + l] = Poseidon1Lanes.toMontgomery(tweak[k]);
        }
      }
      sponge(p24, lanes, capM, paramM, treeTweak, tweakLen, ends, dimension * h, s24, t24);
      Poseidon1Lanes.fromMontgomery(s24, capM.length * lanes, h * lanes);
      for (int l = 0; l < valid; l++) {
        for (int k = 0; k < h; k++) {
          out[outOff + (done + l) * h + k] = (int) s24[(capM.length + k) * lanes + l];
        }
      }
    }
  }

  /**
   * The replacement sponge over rows [parameter | tweak | ends], lane-parallel, Montgomery form.
   */
  private static void sponge(
      Poseidon1Lanes p24,
      int lanes,
      long[] capM,
      long[] paramM,
      long[] tweakRows,
      int tweakLen,
      long[] ends,
      int endRows,
      long[] s,
      long[] t) {
    int cap = capM.length;
    int rate = W24 - cap;
    int pl = paramM.length;
    int inputLen = pl + tweakLen + endRows;
    for (int k = 0; k < cap; k++) {
      Arrays.fill(s, k * lanes, (k + 1) * lanes, capM[k]);
    }
    for (int startRow = 0; startRow < inputLen; startRow += rate) {
      int n = Math.min(rate, inputLen - startRow);
      for (int i = 0; i < n; i++) {
        int idx = startRow + i;
        int dst = (cap + i) * lanes;
        if (idx < pl) {
          Arrays.fill(s, dst, dst + lanes, paramM[idx]);
        } else if (idx < pl + tweakLen) {
          System.arraycopy(tweakRows, (idx - pl) * lanes, s, dst, lanes);
        } else {
          System.arraycopy(ends, (idx - pl - tweakLen) * lanes, s, dst, lanes);
        }
      }
      Arrays.fill(s, (cap + n) * lanes, W24 * lanes, 0L);
      p24.permute(s, t);
    }
  }
}
