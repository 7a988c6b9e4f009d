package io.leandevnet.crypto.xmss;

import io.leandevnet.crypto.poseidon.Poseidon1Lanes;
import java.util.Arrays;

/**
 * The signer's rho search with one attempt per SIMD lane: the SHAKE128 randomness of a batch of
 * consecutive attempts, then the Poseidon1-24 message hash of each, then the target-sum check lane
 * by lane in attempt order, so the result is exactly the scalar search's. Only loaded when the
 * Vector API is enabled.
 */
final class RhoSearchLanes {

  private static final int W24 = 24;

  private RhoSearchLanes() {}

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
    int lanes = Poseidon1Lanes.lanes();
    Poseidon1Lanes p24 = Poseidon1Lanes.koalaBear24();
    long[] fixed = new long[W24];
    int rhoRow = fixedRows(encoding, c, epoch, message, parameter, fixed);
    for (int row = 0; row < W24; row++) {
      fixed[row] = Poseidon1Lanes.toMontgomery(fixed[row]);
    }
    int rl = c.randLen();
    int mhe = c.messageHashElements();
    long[] rho = new long[rl * lanes];
    long[] input = new long[W24 * lanes];
    long[] state = new long[W24 * lanes];
    long[] scratch = new long[W24 * lanes];
    long[] keccak = new long[25 * lanes];
    byte[] block = new byte[Shake128.RATE];
    long[] hashElements = new long[mhe];
    for (long first = 0; first < maxTries; first += lanes) {
      ShakePrfLanes.randomness(prf, key, epoch, message, first, rl, rho, keccak, block);
      for (int row = 0; row < W24; row++) {
        if (row >= rhoRow && row < rhoRow + rl) {
          System.arraycopy(rho, (row - rhoRow) * lanes, input, row * lanes, lanes);
        } else {
          Arrays.fill(input, row * lanes, (row + 1) * lanes, fixed[row]);
        }
      }
      System.arraycopy(input, 0, state, 0, input.length);
      p24.permute(state, scratch);
      Poseidon1Lanes.addInto(state, 0, input, 0, mhe * lanes);
      Poseidon1Lanes.fromMontgomery(state, 0, mhe * lanes);
      for (int l = 0; l < lanes && first + l < maxTries; l++) {
        for (int k = 0; k < mhe; k++) {
          hashElements[k] = state[k * lanes + l];
        }
        int[] codeword = encoding.decode(hashElements);
        if (codeword != null) {
          for (int k = 0; k < rl; k++) {
            rhoOut[k] = (int) Poseidon1Lanes.fromMontgomery(rho[k * lanes + l]);
          }
          return codeword;
        }
      }
    }
    return null;
  }
}
