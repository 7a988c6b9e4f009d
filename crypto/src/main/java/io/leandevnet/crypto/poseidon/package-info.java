/**
 * Poseidon1 over KoalaBear, widths 16 and 24, with Plonky3's constants: {@link
 * io.leandevnet.crypto.poseidon.Poseidon1} (scalar) and {@link
 * io.leandevnet.crypto.poseidon.Poseidon1IntLanes} (one state per 32-bit SIMD lane, Vector API).
 */
package io.leandevnet.crypto.poseidon;
