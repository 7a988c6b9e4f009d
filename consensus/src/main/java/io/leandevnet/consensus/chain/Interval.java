package io.leandevnet.consensus.chain;

/**
 * Time in fork-choice intervals since genesis ({@code subspecs/chain/clock.py}): five intervals of
 * 800 ms per 4-second slot.
 */
public final class Interval {
  private Interval() {}

  /** The first interval of {@code slot}. */
  public static long fromSlot(long slot) {
    return slot * ChainConfig.INTERVALS_PER_SLOT;
  }

  /**
   * The interval containing {@code unixMillis}, for a chain that started at {@code genesisTime}.
   */
  public static long fromUnixMillis(long unixMillis, long genesisTimeSeconds) {
    long ms = Math.max(0, unixMillis - genesisTimeSeconds * 1000);
    return ms / ChainConfig.MILLISECONDS_PER_INTERVAL;
  }

  /** The slot an interval belongs to. */
  public static long slotOf(long interval) {
    return interval / ChainConfig.INTERVALS_PER_SLOT;
  }

  /** The position of an interval inside its slot, 0 to 4. */
  public static int inSlot(long interval) {
    return (int) (interval % ChainConfig.INTERVALS_PER_SLOT);
  }
}
