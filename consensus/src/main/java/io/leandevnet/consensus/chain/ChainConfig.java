package io.leandevnet.consensus.chain;

/**
 * Chain constants of the devnet4 {@code lstar} fork (leanSpec {@code db21cc24}, {@code
 * subspecs/chain/config.py}).
 */
public final class ChainConfig {
  /** Fork-choice intervals per slot. */
  public static final int INTERVALS_PER_SLOT = 5;

  /** Future-slot tolerance for gossip attestations, in intervals. */
  public static final int GOSSIP_DISPARITY_INTERVALS = 1;

  public static final int SECONDS_PER_SLOT = 4;
  public static final long MILLISECONDS_PER_SLOT = SECONDS_PER_SLOT * 1000L;
  public static final long MILLISECONDS_PER_INTERVAL = MILLISECONDS_PER_SLOT / INTERVALS_PER_SLOT;

  /** How many slots the attestation target may walk back toward the safe target. */
  public static final int JUSTIFICATION_LOOKBACK_SLOTS = 3;

  public static final long HISTORICAL_ROOTS_LIMIT = 1L << 18;
  public static final int VALIDATOR_REGISTRY_LIMIT = 1 << 12;
  public static final int ATTESTATION_COMMITTEE_COUNT = 1;

  /** Maximum number of distinct AttestationData entries in one block (16 in devnet4). */
  public static final int MAX_ATTESTATIONS_DATA = 16;

  /** The first slots after finalization that are always justifiable. */
  public static final int IMMEDIATE_JUSTIFICATION_WINDOW = 5;

  private ChainConfig() {}
}
