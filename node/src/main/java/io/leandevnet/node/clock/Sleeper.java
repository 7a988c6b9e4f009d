package io.leandevnet.node.clock;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;

/** Blocks the calling thread until an instant; injected so that tests can move time by hand. */
@FunctionalInterface
public interface Sleeper {

  /**
   * Returns at or after {@code deadline} (by this sleeper's time source), or throws if interrupted.
   */
  void sleepUntil(Instant deadline) throws InterruptedException;

  /** Sleeps on the real time of {@code time}. */
  static Sleeper of(InstantSource time) {
    return deadline -> {
      Duration left = Duration.between(time.instant(), deadline);
      while (left.isPositive()) {
        Thread.sleep(left);
        left = Duration.between(time.instant(), deadline);
      }
    };
  }
}
