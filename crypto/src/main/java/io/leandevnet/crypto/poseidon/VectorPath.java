package io.leandevnet.crypto.poseidon;

/** Which Poseidon1 code path the XMSS hot loops run on ({@link VectorSupport#path()}). */
public enum VectorPath {
  /** One permutation at a time, plain {@code long} arithmetic. */
  SCALAR,
  /**
   * {@link Poseidon1Lanes}: one element per 64-bit lane of the preferred vector (8 states on
   * AVX-512, 4 on AVX2), multiplied with 64-bit lane multiplies; only when forced ({@link
   * VectorSupport#PROPERTY}), as {@link #INT_LANES} is faster on both shapes.
   */
  LONG_LANES,
  /**
   * {@link Poseidon1IntLanes}: 8 states in the 32-bit lanes of a 256-bit vector (AVX2), 16 in a
   * 512-bit one (AVX-512), multiplied as zero-extended even and odd halves ({@code vpmuludq}); the
   * default path whenever the Vector API is on. On a 2-core AMD EPYC (Zen 4) a devnet4 leaf costs
   * 160 us here against 239 us on {@link #LONG_LANES} with AVX-512 (KernelMeasurement).
   */
  INT_LANES
}
