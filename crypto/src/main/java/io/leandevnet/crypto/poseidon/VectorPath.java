package io.leandevnet.crypto.poseidon;

/** Which Poseidon1 code path the XMSS hot loops run on ({@link VectorSupport#path()}). */
public enum VectorPath {
  /** One permutation at a time, plain {@code long} arithmetic. */
  SCALAR,
  /**
   * {@link Poseidon1Lanes}: one element per 64-bit lane of the preferred vector (8 states on
   * AVX-512, 4 on AVX2), multiplied with 64-bit lane multiplies.
   */
  LONG_LANES,
  /**
   * {@link Poseidon1IntLanes}: 8 states in the 32-bit lanes of a 256-bit vector, multiplied as
   * zero-extended even and odd halves ({@code vpmuludq}); the fast path on AVX2.
   */
  INT_LANES
}
