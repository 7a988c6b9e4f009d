package io.leandevnet.node.clock;

import java.time.InstantSource;
import java.util.Objects;

/**
 * Calls a listener once at the start of every interval (every 800 ms from genesis), on one virtual
 * thread.
 *
 * <p>The first call is for the first interval boundary at or after {@link #start()}: interval 0 of
 * slot 0 at genesis when started before genesis, else the next boundary. Each call names the
 * interval that started; when the thread wakes up late and several boundaries have passed (a paused
 * JVM, an overloaded machine), only the latest interval is reported, with the count of skipped
 * ones, so that duties never run for a slot that is already over. A listener that throws is logged
 * and the ticker carries on.
 */
public final class IntervalTicker implements AutoCloseable {

  private static final System.Logger LOG = System.getLogger(IntervalTicker.class.getName());

  private final SlotClock clock;
  private final Sleeper sleeper;
  private final IntervalListener listener;
  private final String threadName;
  private volatile boolean running;
  private Thread thread;

  public IntervalTicker(
      SlotClock clock, Sleeper sleeper, IntervalListener listener, String threadName) {
    this.clock = Objects.requireNonNull(clock, "clock");
    this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    this.listener = Objects.requireNonNull(listener, "listener");
    this.threadName = Objects.requireNonNull(threadName, "threadName");
  }

  /** A ticker on the system time. */
  public static IntervalTicker system(
      SlotClock clock, IntervalListener listener, String threadName) {
    return new IntervalTicker(clock, Sleeper.of(InstantSource.system()), listener, threadName);
  }

  /** Starts the ticker thread; a ticker starts once. */
  public synchronized IntervalTicker start() {
    if (thread != null) {
      throw new IllegalStateException("ticker " + threadName + " already started");
    }
    running = true;
    thread = Thread.ofVirtual().name(threadName).start(this::run);
    return this;
  }

  private void run() {
    long next = clock.beforeGenesis() ? 0 : clock.totalIntervals() + 1;
    while (running) {
      try {
        sleeper.sleepUntil(clock.startOf(SlotTime.ofTotalIntervals(next)));
      } catch (InterruptedException e) {
        return;
      }
      if (clock.beforeGenesis()) {
        continue;
      }
      long now = clock.totalIntervals();
      if (now < next) {
        continue;
      }
      if (!running) {
        return;
      }
      try {
        listener.onInterval(SlotTime.ofTotalIntervals(now), now - next);
      } catch (RuntimeException e) {
        LOG.log(
            System.Logger.Level.WARNING,
            threadName + ": interval listener failed at " + SlotTime.ofTotalIntervals(now),
            e);
      }
      next = now + 1;
    }
  }

  /** Stops the ticker and waits for its thread to end. */
  @Override
  public void close() {
    Thread t;
    synchronized (this) {
      running = false;
      t = thread;
    }
    if (t != null) {
      t.interrupt();
      try {
        t.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
