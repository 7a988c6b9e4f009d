package io.leandevnet.node.clock;

import io.leandevnet.consensus.chain.ChainConfig;
import io.leandevnet.consensus.chain.Interval;

/**
 * A point on the Lean chain's clock: a slot and the interval inside it.
 *
 * <p>A slot lasts {@link ChainConfig#MILLISECONDS_PER_SLOT} ms and is cut into {@link
 * ChainConfig#INTERVALS_PER_SLOT} intervals. The Store counts time in intervals since genesis
 * ({@link #totalIntervals()}); duties run on the interval inside the slot: propose at 0, attest at
 * 1, aggregate at 2, update the safe target at 3, accept new attestations at 4.
 *
 * @param slot slots since genesis, from 0
 * @param interval the interval inside the slot, 0 to {@code INTERVALS_PER_SLOT - 1}
 */
public record SlotTime(long slot, int interval) {

  public SlotTime {
    if (slot < 0) {
      throw new IllegalArgumentException("slot must be >= 0, got " + slot);
    }
    if (interval < 0 || interval >= ChainConfig.INTERVALS_PER_SLOT) {
      throw new IllegalArgumentException(
          "interval must be in [0, " + ChainConfig.INTERVALS_PER_SLOT + "), got " + interval);
    }
  }

  /** The slot time of the given count of intervals since genesis. */
  public static SlotTime ofTotalIntervals(long totalIntervals) {
    if (totalIntervals < 0) {
      throw new IllegalArgumentException(
          "intervals since genesis must be >= 0, got " + totalIntervals);
    }
    return new SlotTime(Interval.slotOf(totalIntervals), Interval.inSlot(totalIntervals));
  }

  /** Intervals since genesis: the Store's {@code time}. */
  public long totalIntervals() {
    return Interval.fromSlot(slot) + interval;
  }

  /** The interval right after this one (the next slot's interval 0 after interval 4). */
  public SlotTime next() {
    return ofTotalIntervals(totalIntervals() + 1);
  }

  @Override
  public String toString() {
    return "slot " + slot + " interval " + interval;
  }
}
