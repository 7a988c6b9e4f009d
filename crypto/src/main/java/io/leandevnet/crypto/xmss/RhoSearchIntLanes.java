package io.leandevnet.crypto.xmss;

import io.leandevnet.crypto.poseidon.Poseidon1IntLanes;
import java.util.Arrays;

/**
 * {@link RhoSearchLanes} on {@link Poseidon1IntLanes} (the AVX2 path): 8 attempts per batch, their
 * SHAKE128 randomness in groups of {@link ShakePrfLanes#lanes()}, one Poseidon1-24 message hash per
 * 32-bit lane, then the target-sum check lane by lane in attempt order, so the result is exactly
 * the scalar search's. Only loaded when {@link io.leandevnet.crypto.poseidon.VectorSupport#path()}
 * is {@code INT_LANES}.
 */
final class RhoSearchIntLanes {

  private static final int W24 = 24;
  private static final int L = Poseidon1IntLanes.LANES;

  private RhoSearchIntLanes() {}

  /** True if the SHAKE lanes fit the batch of 8. */
  static boolean fits() {
    return L % ShakePrfLanes.lanes() == 0;
  }

  static int[] search(
      ShakePrf prf,
      TargetSumEncoding encoding,
      XmssConfig c,
      byte[] key,
      long epoch,
      byte[] message,
      int[] parameter,
      int maxTries,
      int[] rhoOut) {
    Poseidon1IntLanes p24 = Poseidon1IntLanes.koalaBear24();
    long[] canonical = new long[W24];
    int rhoRow = RhoSearchLanes.fixedRows(encoding, c, epoch, message, parameter, canonical);
    int[] fixed = new int[W24];
    for (int row = 0; row < W24; row++) {
      fixed[row] = Poseidon1IntLanes.toMontgomery(canonical[row]);
    }
    int rl = c.randLen();
    int mhe = c.messageHashElements();
    int shakeLanes = ShakePrfLanes.lanes();
    long[] shakeOut = new long[rl * shakeLanes];
    int[] rho = new int[rl * L];
    int[] input = new int[W24 * L];
    int[] state = new int[W24 * L];
    int[] scratch = new int[p24.scratchLength()];
    long[] keccak = new long[25 * shakeLanes];
    byte[] block = new byte[Shake128.RATE];
    long[] hashElements = new long[mhe];
    for (long first = 0; first < maxTries; first += L) {
      for (int g = 0; g < L; g += shakeLanes) {
        ShakePrfLanes.randomness(prf, key, epoch, message, first + g, rl, shakeOut, keccak, block);
        for (int k = 0; k < rl; k++) {
          for (int l = 0; l < shakeLanes; l++) {
            rho[k * L + g + l] = (int) shakeOut[k * shakeLanes + l];
          }
        }
      }
      for (int row = 0; row < W24; row++) {
        if (row >= rhoRow && row < rhoRow + rl) {
          System.arraycopy(rho, (row - rhoRow) * L, input, row * L, L);
        } else {
          Arrays.fill(input, row * L, (row + 1) * L, fixed[row]);
        }
      }
      System.arraycopy(input, 0, state, 0, input.length);
      p24.permute(state, scratch);
      Poseidon1IntLanes.addInto(state, 0, input, 0, mhe * L);
      Poseidon1IntLanes.fromMontgomery(state, 0, mhe * L);
      for (int l = 0; l < L && first + l < maxTries; l++) {
        for (int k = 0; k < mhe; k++) {
          hashElements[k] = state[k * L + l];
        }
        int[] codeword = encoding.decode(hashElements);
        if (codeword != null) {
          for (int k = 0; k < rl; k++) {
            rhoOut[k] = Poseidon1IntLanes.fromMontgomery(rho[k * L + l]);
          }
          return codeword;
        }
      }
    }
    return null;
  }
}
