package io.leandevnet.node.clock;

import java.time.Instant;
import java.time.InstantSource;
import java.util.concurrent.atomic.AtomicLong;

/** A time source the test moves by hand. */
final class ManualTime implements InstantSource {

  private final AtomicLong millis;

  ManualTime(long millis) {
    this.millis = new AtomicLong(millis);
  }

  void set(long newMillis) {
    millis.set(newMillis);
  }

  @Override
  public Instant instant() {
    return Instant.ofEpochMilli(millis.get());
  }

  @Override
  public long millis() {
    return millis.get();
  }
}
