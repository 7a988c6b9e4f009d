package io.leandevnet.crypto.xmss;

import io.leandevnet.crypto.poseidon.MontgomeryLanes;
import io.leandevnet.crypto.poseidon.Poseidon1IntLanes;
import java.util.Arrays;

/**
 * The signer's rho search with one attempt per 32-bit lane: the SHAKE128 randomness of a batch of
 * {@link Poseidon1IntLanes#LANES} consecutive attempts, then the Poseidon1-24 message hash of each
 * on {@link Poseidon1IntLanes}, then the target-sum check lane by lane in attempt order, so the
 * result is exactly the scalar search's. Only loaded when the Vector API is enabled.
 */
final class RhoSearchLanes {

  static final int W24 = 24;

  private static final int L = Poseidon1IntLanes.LANES;

  private RhoSearchLanes() {}

  /** True if the SHAKE lanes fill a batch of {@link Poseidon1IntLanes#LANES} in whole groups. */
  static boolean fits() {
    return L % ShakePrfLanes.lanes() == 0;
  }

  /**
   * The message hash's input rows that are the same in every attempt, canonical: message |
   * parameter | epoch tweak, then zeros (rho's rows among them). Returns the first row of rho.
   */
  static int fixedRows(
      TargetSumEncoding encoding,
      XmssConfig c,
      long epoch,
      byte[] message,
      int[] parameter,
      long[] rows) {
    long[] tweak = new long[c.tweakLen()];
    Tweaks.digits(Tweaks.message(epoch), tweak, 0, tweak.length);
    Arrays.fill(rows, 0L);
    int o = 0;
    for (long m : encoding.messageElements(message)) {
      rows[o++] = m;
    }
    for (int p : parameter) {
      rows[o++] = p;
    }
    for (long t : tweak) {
      rows[o++] = t;
    }
    return o;
  }

  /** See {@link MessageEncoding#findCodeword}; needs {@link #fits()}. */
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
    int shakeLanes = ShakePrfLanes.lanes();
    long[] fixedRows = new long[W24];
    int rhoRow = fixedRows(encoding, c, epoch, message, parameter, fixedRows);
    int[] fixed = new int[W24];
    for (int row = 0; row < W24; row++) {
      fixed[row] = MontgomeryLanes.toMontgomery(fixedRows[row]);
    }
    int rl = c.randLen();
    int mhe = c.messageHashElements();
    long[] shakeOut = new long[rl * shakeLanes];
    int[] input = new int[W24 * L];
    int[] state = new int[W24 * L];
    int[] scratch = new int[p24.scratchLength()];
    long[] keccak = new long[25 * shakeLanes];
    byte[] block = new byte[Shake128.RATE];
    long[] hashElements = new long[mhe];
    // The fixed rows once (the permutation works on a copy); each batch rewrites rho's rows.
    for (int row = 0; row < W24; row++) {
      Arrays.fill(input, row * L, (row + 1) * L, fixed[row]);
    }
    for (long first = 0; first < maxTries; first += L) {
      // rho's rows, in Montgomery form as the SHAKE lanes give them.
      for (int g = 0; g < L; g += shakeLanes) {
        ShakePrfLanes.randomness(prf, key, epoch, message, first + g, rl, shakeOut, keccak, block);
        for (int k = 0; k < rl; k++) {
          for (int l = 0; l < shakeLanes; l++) {
            input[(rhoRow + k) * L + g + l] = (int) shakeOut[k * shakeLanes + l];
          }
        }
      }
      System.arraycopy(input, 0, state, 0, input.length);
      p24.permute(state, scratch);
      MontgomeryLanes.addInto(state, 0, input, 0, mhe * L);
      MontgomeryLanes.fromMontgomery(state, 0, mhe * L);
      for (int l = 0; l < L && first + l < maxTries; l++) {
        for (int k = 0; k < mhe; k++) {
          hashElements[k] = state[k * L + l];
        }
        int[] codeword = encoding.decode(hashElements);
        if (codeword != null) {
          for (int k = 0; k < rl; k++) {
            rhoOut[k] = MontgomeryLanes.fromMontgomery(input[(rhoRow + k) * L + l]);
          }
          return codeword;
        }
      }
    }
    return null;
  }
}
