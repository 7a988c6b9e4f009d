package io.leandevnet.node.clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class SlotClockTest {

  private static final long GENESIS = 1_000;
  private final ManualTime time = new ManualTime(0);
  private final SlotClock clock = new SlotClock(GENESIS, time);

  private SlotTime at(long unixMillis) {
    time.set(unixMillis);
    return clock.current();
  }

  @Test
  void beforeGenesisIsSlotZeroIntervalZero() {
    assertThat(at(999_999)).isEqualTo(new SlotTime(0, 0));
    assertThat(clock.beforeGenesis()).isTrue();
    assertThat(clock.millisSinceGenesis()).isZero();
    assertThat(at(0)).isEqualTo(new SlotTime(0, 0));
  }

  @Test
  void intervalBoundariesAreEvery800Millis() {
    assertThat(at(1_000_000)).isEqualTo(new SlotTime(0, 0));
    assertThat(clock.beforeGenesis()).isFalse();
    assertThat(at(1_000_799)).isEqualTo(new SlotTime(0, 0));
    assertThat(at(1_000_800)).isEqualTo(new SlotTime(0, 1));
    assertThat(at(1_001_600)).isEqualTo(new SlotTime(0, 2));
    assertThat(at(1_002_399)).isEqualTo(new SlotTime(0, 2));
    assertThat(at(1_002_400)).isEqualTo(new SlotTime(0, 3));
    assertThat(at(1_003_200)).isEqualTo(new SlotTime(0, 4));
    assertThat(at(1_003_999)).isEqualTo(new SlotTime(0, 4));
  }

  @Test
  void slotBoundariesAreEvery4Seconds() {
    assertThat(at(1_004_000)).isEqualTo(new SlotTime(1, 0));
    assertThat(clock.currentSlot()).isEqualTo(1);
    assertThat(clock.totalIntervals()).isEqualTo(5);
    assertThat(at(1_007_999)).isEqualTo(new SlotTime(1, 4));
    assertThat(clock.totalIntervals()).isEqualTo(9);
    assertThat(at(1_000_000 + 4_000L * 1_000_000 + 800)).isEqualTo(new SlotTime(1_000_000, 1));
  }

  @Test
  void startOfIntervalsAndSlots() {
    assertThat(clock.startOf(new SlotTime(0, 0))).isEqualTo(Instant.ofEpochSecond(GENESIS));
    assertThat(clock.startOf(new SlotTime(2, 3)))
        .isEqualTo(Instant.ofEpochMilli(1_000_000 + 8_000 + 2_400));
    assertThat(clock.startOfSlot(3)).isEqualTo(Instant.ofEpochMilli(1_012_000));
  }

  @Test
  void slotTimeRejectsOutOfRangeValues() {
    assertThatThrownBy(() -> new SlotTime(0, 5)).hasMessageContaining("interval must be in [0, 5)");
    assertThatThrownBy(() -> new SlotTime(-1, 0)).hasMessageContaining("slot must be >= 0");
    assertThatThrownBy(() -> new SlotClock(-1, time)).hasMessageContaining("GENESIS_TIME");
    assertThat(new SlotTime(3, 4).next()).isEqualTo(new SlotTime(4, 0));
  }

  @Property
  void nowLiesInsideItsIntervalAndRoundTrips(
      @ForAll @LongRange(min = 1_000_000, max = 100_000_000_000L) long nowMillis) {
    SlotTime current = at(nowMillis);
    assertThat(clock.startOf(current).toEpochMilli()).isLessThanOrEqualTo(nowMillis);
    assertThat(clock.startOf(current.next()).toEpochMilli()).isGreaterThan(nowMillis);
    assertThat(SlotTime.ofTotalIntervals(current.totalIntervals())).isEqualTo(current);
    assertThat(current.slot()).isEqualTo(clock.currentSlot());
  }
}
