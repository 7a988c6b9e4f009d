package io.leandevnet.node.clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class IntervalTickerTest {

  private static final long GENESIS = 1_000;

  record Tick(SlotTime time, long skipped, Instant firedAt) {}

  /** A sleeper that jumps the manual clock to the deadline plus a lag. */
  private static Sleeper jumping(ManualTime time, long lagMillis) {
    return deadline -> {
      if (Thread.interrupted()) {
        throw new InterruptedException();
      }
      time.set(Math.max(time.millis(), deadline.toEpochMilli() + lagMillis));
    };
  }

  private static List<Tick> collect(
      SlotClock clock, Sleeper sleeper, InstantSource source, int count, boolean throwOnFirst) {
    List<Tick> ticks = Collections.synchronizedList(new ArrayList<>());
    IntervalListener listener =
        (t, skipped) -> {
          ticks.add(new Tick(t, skipped, source.instant()));
          if (throwOnFirst && ticks.size() == 1) {
            throw new IllegalStateException("listener failure the ticker must survive");
          }
        };
    try (var ticker = new IntervalTicker(clock, sleeper, listener, "test-ticker").start()) {
      await().atMost(Duration.ofSeconds(10)).until(() -> ticks.size() >= count);
    }
    synchronized (ticks) {
      return List.copyOf(ticks.subList(0, count));
    }
  }

  @Test
  void firesEveryIntervalInOrderFromGenesis() {
    ManualTime time = new ManualTime(990_000);
    SlotClock clock = new SlotClock(GENESIS, time);
    List<Tick> ticks = collect(clock, jumping(time, 0), time, 12, false);
    for (int i = 0; i < 12; i++) {
      assertThat(ticks.get(i).time()).isEqualTo(SlotTime.ofTotalIntervals(i));
      assertThat(ticks.get(i).skipped()).isZero();
      assertThat(ticks.get(i).firedAt()).isEqualTo(clock.startOf(SlotTime.ofTotalIntervals(i)));
    }
  }

  @Test
  void startedMidIntervalFiresAtTheNextBoundary() {
    ManualTime time = new ManualTime(1_009_000); // slot 2 interval 1 (started at 1_008_800)
    SlotClock clock = new SlotClock(GENESIS, time);
    List<Tick> ticks = collect(clock, jumping(time, 0), time, 2, false);
    assertThat(ticks)
        .extracting(Tick::time)
        .containsExactly(new SlotTime(2, 2), new SlotTime(2, 3));
  }

  @Test
  void lateWakeUpsReportOnlyTheLatestIntervalWithTheSkippedCount() {
    ManualTime time = new ManualTime(990_000);
    SlotClock clock = new SlotClock(GENESIS, time);
    // Every wake-up comes 2.5 s (3 intervals + 100 ms) after the boundary it waited for.
    List<Tick> ticks = collect(clock, jumping(time, 2_500), time, 3, false);
    assertThat(ticks.get(0).time()).isEqualTo(new SlotTime(0, 3));
    assertThat(ticks.get(0).skipped()).isEqualTo(3);
    assertThat(ticks.get(1).time()).isEqualTo(new SlotTime(1, 2)); // waited for 4, woke in 7
    assertThat(ticks.get(1).skipped()).isEqualTo(3);
  }

  @Test
  void aThrowingListenerDoesNotStopTheTicker() {
    ManualTime time = new ManualTime(990_000);
    SlotClock clock = new SlotClock(GENESIS, time);
    List<Tick> ticks = collect(clock, jumping(time, 0), time, 3, true);
    assertThat(ticks)
        .extracting(Tick::time)
        .containsExactly(new SlotTime(0, 0), new SlotTime(0, 1), new SlotTime(0, 2));
  }

  @Test
  void onTheSystemClockTicksNeverFireBeforeTheirBoundary() {
    InstantSource system = InstantSource.system();
    long genesis = system.instant().getEpochSecond() - 10;
    SlotClock clock = SlotClock.system(genesis);
    List<Tick> ticks = collect(clock, Sleeper.of(system), system, 2, false);
    for (Tick tick : ticks) {
      assertThat(tick.firedAt()).isAfterOrEqualTo(clock.startOf(tick.time()));
    }
    assertThat(ticks.get(1).time().totalIntervals())
        .isGreaterThan(ticks.get(0).time().totalIntervals());
  }
}
