package io.leandevnet.crypto.xmss;

import io.leandevnet.crypto.koalabear.KoalaBear;
import java.util.List;

/**
 * Parameters of one instantiation of leanSig's generalized XMSS with the aborting target-sum
 * encoding, Poseidon1 tweak hashes over KoalaBear and the SHAKE128 PRF.
 *
 * @param name short name used on the command line ({@code devnet4}, {@code test}, {@code small})
 * @param schemeName the leanSig type name written into manifests
 * @param logLifetime log2 of the number of epochs; the Merkle tree has this height (even)
 * @param dimension number of hash chains (v)
 * @param base chain length (w); positions 0..base-1
 * @param targetSum the sum every codeword must have
 * @param z digits per message-hash field element
 * @param q quotient with q * base^z = p - 1
 * @param parameterLen public parameter length in field elements
 * @param tweakLen tweak length in field elements
 * @param msgLen message length in field elements
 * @param randLen signing randomness (rho) length in field elements
 * @param hashLen digest length in field elements
 * @param capacity capacity of the leaf sponge
 * @param maxTries maximum rho attempts while signing
 */
public record XmssConfig(
    String name,
    String schemeName,
    int logLifetime,
    int dimension,
    int base,
    int targetSum,
    int z,
    int q,
    int parameterLen,
    int tweakLen,
    int msgLen,
    int randLen,
    int hashLen,
    int capacity,
    int maxTries) {

  /**
   * leanSig devnet4 {@code SIGAbortingTargetSumLifetime32Dim46Base8}: what every devnet4 client
   * uses.
   */
  public static final XmssConfig DEVNET4 =
      new XmssConfig(
          "devnet4",
          "SIGAbortingTargetSumLifetime32Dim46Base8",
          32,
          46,
          8,
          200,
          8,
          127,
          5,
          2,
          9,
          7,
          8,
          9,
          100_000);

  /**
   * leanSpec TEST_CONFIG, leanSig {@code lifetime_2_to_the_8}: lifetime 2^8, 4 chains, target sum
   * 6.
   */
  public static final XmssConfig TEST =
      new XmssConfig(
          "test",
          "SchemeAbortingTargetSumLifetime8Dim46Base8",
          8,
          4,
          8,
          6,
          8,
          127,
          5,
          2,
          9,
          7,
          8,
          9,
          100_000);

  /**
   * Lifetime 2^16 with devnet4's chains and encoding: bottom trees of 256 leaves, so a key takes a
   * fraction of a second. For the built-in node only; no other client knows this instantiation.
   */
  public static final XmssConfig SMALL =
      new XmssConfig(
          "small",
          "LeanDevnetAbortingTargetSumLifetime16Dim46Base8",
          16,
          46,
          8,
          200,
          8,
          127,
          5,
          2,
          9,
          7,
          8,
          9,
          100_000);

  /** Every built-in configuration. */
  public static final List<XmssConfig> KNOWN = List.of(DEVNET4, TEST, SMALL);

  public XmssConfig {
    if (logLifetime < 4 || logLifetime > 32 || logLifetime % 2 != 0) {
      throw new IllegalArgumentException(
          "logLifetime: expected an even number in 4..32, got " + logLifetime);
    }
    if (dimension < 1 || dimension > 256) {
      throw new IllegalArgumentException("dimension: expected 1..256, got " + dimension);
    }
    if (base < 2 || base > 256) {
      throw new IllegalArgumentException("base: expected 2..256, got " + base);
    }
    long qw = q;
    for (int i = 0; i < z; i++) {
      qw *= base;
    }
    if (qw != KoalaBear.P - 1L) {
      throw new IllegalArgumentException(
          "q * base^z must equal p - 1 = " + (KoalaBear.P - 1L) + ", got " + qw);
    }
    if (hashLen * z < dimension || hashLen > 15) {
      throw new IllegalArgumentException(
          "hashLen: " + hashLen + " field elements cannot carry " + dimension + " digits");
    }
    if (hashLen + parameterLen + tweakLen > 16) {
      throw new IllegalArgumentException(
          "hashLen + parameterLen + tweakLen must fit Poseidon1 width 16");
    }
    if (2 * hashLen + parameterLen + tweakLen > 24
        || msgLen + parameterLen + tweakLen + randLen > 24) {
      throw new IllegalArgumentException(
          "tree node and message hash inputs must fit Poseidon1 width 24");
    }
    if (capacity < 1 || capacity >= 24 || 24 - capacity < hashLen) {
      throw new IllegalArgumentException(
          "capacity: expected 1..23 leaving room for a digest, got " + capacity);
    }
    if (tweakLen < 2 || msgLen * 30 < 256) {
      throw new IllegalArgumentException("tweakLen must be >= 2 and msgLen must hold 32 bytes");
    }
    if (targetSum < 0 || targetSum > dimension * (base - 1) || maxTries < 1) {
      throw new IllegalArgumentException(
          "targetSum: expected 0.." + dimension * (base - 1) + ", got " + targetSum);
    }
  }

  /** Looks up a built-in configuration by {@link #name()} ({@link XmssSchemeKind#named}). */
  public static XmssConfig named(String name) {
    return XmssSchemeKind.named(name).config();
  }

  /** Number of epochs, 2^logLifetime. */
  public long lifetime() {
    return 1L << logLifetime;
  }

  /** Leaves per bottom tree, 2^(logLifetime/2). */
  public int leavesPerBottomTree() {
    return 1 << (logLifetime / 2);
  }

  /** Message-hash field elements that carry digits, ceil(dimension / z). */
  public int messageHashElements() {
    return (dimension + z - 1) / z;
  }

  /** SSZ size of a public key: root and parameter (52 bytes for devnet4). */
  public int publicKeyBytes() {
    return 4 * (hashLen + parameterLen);
  }

  /** SSZ size of a signature (2536 bytes for devnet4). */
  public int signatureBytes() {
    return 4 + 4 * randLen + 4 + 4 + 4 * hashLen * logLifetime + 4 * hashLen * dimension;
  }
}
