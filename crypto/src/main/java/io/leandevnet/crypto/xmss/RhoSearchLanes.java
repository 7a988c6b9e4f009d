package io.leandevnet.crypto.xmss;

import io.leandevnet.crypto.poseidon.Poseidon1Lanes;
import java.util.Arrays;

/**
 * The signer's rho search with one attempt per SIMD lane: the SHAKE128 randomness of a batch of
 * consecutive attempts, then the Poseidon1-24 message hash of each on a lane kernel ({@link
 * #longLanes()} or {@link RhoSearchIntLanes#batch()}), then the target-sum check lane by lane in
 * attempt order, so the result is exactly the scalar search's. Only loaded when the Vector API is
 * enabled.
 */
final class RhoSearchLanes {

  static final int W24 = 24;

  /**
   * The message hashes of one batch on a lane kernel: {@code input} holds the 24 input rows in
   * Montgomery form (element of row r, lane l at {@code r * lanes() + l}); {@code out} gets the
   * first {@code rows} rows of the compression (permutation plus input), canonical, in the same
   * layout.
   */
  interface HashBatch {

    int lanes();

    void hash(long[] input, int rows, long[] out);
  }

  private RhoSearchLanes() {}

  /**
   * The message hash on {@link Poseidon1Lanes}, {@link Poseidon1Lanes#lanes()} attempts a batch.
   */
  static HashBatch longLanes() {
    Poseidon1Lanes p24 = Poseidon1Lanes.koalaBear24();
    int lanes = Poseidon1Lanes.lanes();
    long[] state = new long[W24 * lanes];
    long[] scratch = new long[W24 * lanes];
    return new HashBatch() {
      @Override
      public int lanes() {
        return lanes;
      }

      @Override
      public void hash(long[] input, int rows, long[] out) {
        System.arraycopy(input, 0, state, 0, state.length);
        p24.permute(state, scratch);
        Poseidon1Lanes.addInto(state, 0, input, 0, rows * lanes);
        Poseidon1Lanes.fromMontgomery(state, 0, rows * lanes);
        System.arraycopy(state, 0, out, 0, rows * lanes);
      }
    };
  }

  /** True if the SHAKE lanes fill a batch of {@code lanes} attempts in whole groups. */
  static boolean fits(int lanes) {
    return lanes % ShakePrfLanes.lanes() == 0;
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

  /**
   * See {@link MessageEncoding#findCodeword}, {@code kernel.lanes()} attempts a batch (a multiple
   * of {@link ShakePrfLanes#lanes()}, see {@link #fits}).
   */
  static int[] search(
      HashBatch kernel,
      ShakePrf prf,
      TargetSumEncoding encoding,
      XmssConfig c,
      byte[] key,
      long epoch,
      byte[] message,
      int[] parameter,
      int maxTries,
      int[] rhoOut) {
    int lanes = kernel.lanes();
    int shakeLanes = ShakePrfLanes.lanes();
    long[] fixed = new long[W24];
    int rhoRow = fixedRows(encoding, c, epoch, message, parameter, fixed);
    for (int row = 0; row < W24; row++) {
      fixed[row] = Poseidon1Lanes.toMontgomery(fixed[row]);
    }
    int rl = c.randLen();
    int mhe = c.messageHashElements();
    long[] shakeOut = new long[rl * shakeLanes];
    long[] rho = new long[rl * lanes];
    long[] input = new long[W24 * lanes];
    long[] hash = new long[mhe * lanes];
    long[] keccak = new long[25 * shakeLanes];
    byte[] block = new byte[Shake128.RATE];
    long[] hashElements = new long[mhe];
    for (long first = 0; first < maxTries; first += lanes) {
      for (int g = 0; g < lanes; g += shakeLanes) {
        ShakePrfLanes.randomness(prf, key, epoch, message, first + g, rl, shakeOut, keccak, block);
        for (int k = 0; k < rl; k++) {
          System.arraycopy(shakeOut, k * shakeLanes, rho, k * lanes + g, shakeLanes);
        }
      }
      for (int row = 0; row < W24; row++) {
        if (row >= rhoRow && row < rhoRow + rl) {
          System.arraycopy(rho, (row - rhoRow) * lanes, input, row * lanes, lanes);
        } else {
          Arrays.fill(input, row * lanes, (row + 1) * lanes, fixed[row]);
        }
      }
      kernel.hash(input, mhe, hash);
      for (int l = 0; l < lanes && first + l < maxTries; l++) {
        for (int k = 0; k < mhe; k++) {
          hashElements[k] = hash[k * lanes + l];
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
