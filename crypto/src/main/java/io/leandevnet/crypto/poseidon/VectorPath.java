package io.leandevnet.crypto.poseidon;

/** Which Poseidon1 code path the XMSS hot loops run on ({@link VectorSupport#path()}). */
public enum VectorPath {
  /** One permutation at a time, plain {@code long} arithmetic. */
  SCALAR,
  /**
   * {@link Poseidon1IntLanes}: 8 states in the 32-bit lanes of a 256-bit vector (AVX2), 16 in a
   * 512-bit one (AVX-512), multiplied as zero-extended even and odd halves ({@code vpmuludq}); the
   * path whenever the Vector API is on. (One element per 64-bit lane with 64-bit lane multiplies
   * was slower on both shapes: on a 2-core AMD EPYC (Zen 4) with AVX-512 a devnet4 leaf cost 239 us
   * against 161 us here, KernelMeasurement; AVX2 has no 64-bit lane multiply at all.)
   */
  INT_LANES
}
