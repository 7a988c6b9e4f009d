package io.leandevnet.crypto.xmss;

import io.leandevnet.crypto.poseidon.Poseidon1IntLanes;

/**
 * The message hash of {@link RhoSearchLanes} on {@link Poseidon1IntLanes} (the default vector
 * path): 8 (AVX2) or 16 (AVX-512) attempts per batch, one Poseidon1-24 compression per 32-bit lane.
 * Both kernels use the same Montgomery form (R = 2^32), so the search's rows pass over unchanged.
 * Only loaded when {@link io.leandevnet.crypto.poseidon.VectorSupport#path()} is {@code INT_LANES}.
 */
final class RhoSearchIntLanes {

  private static final int L = Poseidon1IntLanes.LANES;

  private RhoSearchIntLanes() {}

  /** True if the SHAKE lanes fill a batch of {@link Poseidon1IntLanes#LANES}. */
  static boolean fits() {
    return RhoSearchLanes.fits(L);
  }

  /** A message-hash batch on the int-lane kernel, with its own scratch (one search at a time). */
  static RhoSearchLanes.HashBatch batch() {
    Poseidon1IntLanes p24 = Poseidon1IntLanes.koalaBear24();
    int[] input = new int[RhoSearchLanes.W24 * L];
    int[] state = new int[RhoSearchLanes.W24 * L];
    int[] scratch = new int[p24.scratchLength()];
    return new RhoSearchLanes.HashBatch() {
      @Override
      public int lanes() {
        return L;
      }

      @Override
      public void hash(long[] rows, int count, long[] out) {
        for (int i = 0; i < input.length; i++) {
          input[i] = (int) rows[i];
        }
        System.arraycopy(input, 0, state, 0, input.length);
        p24.permute(state, scratch);
        Poseidon1IntLanes.addInto(state, 0, input, 0, count * L);
        Poseidon1IntLanes.fromMontgomery(state, 0, count * L);
        for (int i = 0; i < count * L; i++) {
          out[i] = state[i];
        }
      }
    };
  }
}
