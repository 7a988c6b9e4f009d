package io.leandevnet.node.clock;

import io.leandevnet.consensus.chain.ChainConfig;
import io.leandevnet.consensus.chain.Interval;
import java.time.Instant;
import java.time.InstantSource;

/**
 * The Lean chain's wall clock: slot and interval from the genesis time.
 *
 * <p>As in leanSpec's clock, the time since genesis is {@code now_ms - genesis_time * 1000},
 * clamped at 0 so that every moment before genesis reads as slot 0 interval 0; {@code slot = ms /
 * 4000} and {@code interval = (ms % 4000) / 800}. For example, with genesis at t = 1000 s, t =
 * 1003.999 s is slot 0 interval 4 and t = 1004 s is slot 1 interval 0.
 *
 * <p>The constants are the chain's ({@link ChainConfig}), the arithmetic {@link Interval}'s.
 *
 * <p>The time source is injected so that tests can drive the clock by hand.
 */
public final class SlotClock {

  private final long genesisTimeSeconds;
  private final InstantSource time;

  /**
   * @param genesisTimeSeconds GENESIS_TIME of config.yaml: unix seconds
   * @param time where "now" comes from ({@link InstantSource#system()} in a node)
   */
  public SlotClock(long genesisTimeSeconds, InstantSource time) {
    if (genesisTimeSeconds < 0) {
      throw new IllegalArgumentException("GENESIS_TIME must be >= 0, got " + genesisTimeSeconds);
    }
    this.genesisTimeSeconds = genesisTimeSeconds;
    this.time = time;
  }

  /** A clock on the system time. */
  public static SlotClock system(long genesisTimeSeconds) {
    return new SlotClock(genesisTimeSeconds, InstantSource.system());
  }

  public long genesisTimeSeconds() {
    return genesisTimeSeconds;
  }

  public Instant genesis() {
    return Instant.ofEpochSecond(genesisTimeSeconds);
  }

  /** The clock's current instant. */
  public Instant now() {
    return time.instant();
  }

  /** Milliseconds since genesis, 0 before genesis. */
  public long millisSinceGenesis() {
    return Math.max(0, time.millis() - genesisTimeSeconds * 1000);
  }

  /** Whether genesis is still in the future. */
  public boolean beforeGenesis() {
    return time.millis() < genesisTimeSeconds * 1000;
  }

  /** The current slot and interval. */
  public SlotTime current() {
    return SlotTime.ofTotalIntervals(totalIntervals());
  }

  /** The current slot. */
  public long currentSlot() {
    return Interval.slotOf(totalIntervals());
  }

  /** Intervals since genesis: the Store's {@code time} at this moment. */
  public long totalIntervals() {
    return Interval.fromUnixMillis(time.millis(), genesisTimeSeconds);
  }

  /** The instant at which the given interval starts. */
  public Instant startOf(SlotTime slotTime) {
    return genesis().plusMillis(slotTime.totalIntervals() * ChainConfig.MILLISECONDS_PER_INTERVAL);
  }

  /** The instant at which the given slot starts. */
  public Instant startOfSlot(long slot) {
    return startOf(new SlotTime(slot, 0));
  }
}
