package io.leandevnet.consensus.chain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class SlotTest {
  @Test
  void justifiabilityTableForTheFirstFortyDeltas() {
    // δ ≤ 5, perfect squares 9, 16, 25, 36 and pronic numbers 6, 12, 20, 30.
    long[] justifiable = LongStream.rangeClosed(0, 40)
        .filter(d -> Slot.isJustifiableAfter(100 + d, 100)).toArray();
    assertThat(justifiable)
        .containsExactly(0, 1, 2, 3, 4, 5, 6, 9, 12, 16, 20, 25, 30, 36);
  }

  @Test
  void largeDeltas() {
    assertThat(Slot.isJustifiableAfter(10_000, 0)).isTrue(); // 100²
    assertThat(Slot.isJustifiableAfter(10_100, 0)).isTrue(); // 100·101
    assertThat(Slot.isJustifiableAfter(10_001, 0)).isFalse();
    assertThat(Slot.isJustifiableAfter(1_000_000_000_000L + 1_000_000, 0)).isTrue(); // pronic
  }

  @Test
  void slotBeforeFinalizedIsAnError() {
    assertThatThrownBy(() -> Slot.isJustifiableAfter(3, 4))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void justifiedIndexIsRelativeToTheFinalizedSlot() {
    assertThat(Slot.justifiedIndexAfter(4, 4)).isEqualTo(-1);
    assertThat(Slot.justifiedIndexAfter(5, 4)).isZero();
    assertThat(Slot.justifiedIndexAfter(9, 4)).isEqualTo(4);
  }

  @Test
  void proposerIsSlotModuloValidatorCount() {
    assertThat(ValidatorIndex.proposerForSlot(9, 4)).isEqualTo(1);
    assertThat(ValidatorIndex.isProposerFor(3, 7, 4)).isTrue();
  }
}
