package io.leandevnet.node.clock;

/** What an {@link IntervalTicker} calls at the start of every interval. */
@FunctionalInterface
public interface IntervalListener {

  /**
   * Called once at (or just after) the start of {@code time}, on the ticker's thread.
   *
   * @param time the interval that just started
   * @param skippedBefore how many intervals before {@code time} passed without a call, because the
   *     ticker woke up late (0 when on time); the Store catches up by ticking through them itself
   */
  void onInterval(SlotTime time, long skippedBefore);
}
