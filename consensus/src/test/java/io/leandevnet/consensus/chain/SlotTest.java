package io.leandevnet.consensus.chain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class SlotTest {
  @Test
  void justifiabilityTableForTheFirstFortyDeltas() {
    // δ ≤ 5, perfect squares 9, 16, 25, 36 and pronic numbers 6, 12, 20, 30.
    long[] justifiable =
        LongStream.rangeClosed(0, 40).filter(d -> Slot.isJustifiableAfter(100 + d, 100)).toArray();
    assertThat(justifiable).containsExactly(0, 1, 2, 3, 4, 5, 6, 9, 12, 16, 20, 25, 30, 36);
  }

  @Test
  void agreesWithLeanSpecOnTheFirstHundredThousandDeltas() throws Exception {
    // leanSpec db21cc24 Slot(1000 + d).is_justifiable_after(Slot(1000)) for d in 0..100000:
    // 634 justifiable deltas, joined with commas, hash to this SHA-256.
    String joined =
        LongStream.rangeClosed(0, 100_000)
            .filter(d -> Slot.isJustifiableAfter(1000 + d, 1000))
            .mapToObj(Long::toString)
            .collect(Collectors.joining(","));
    assertThat(joined.split(",")).hasSize(634);
    byte[] digest =
        MessageDigest.getInstance("SHA-256").digest(joined.getBytes(StandardCharsets.US_ASCII));
    assertThat(HexFormat.of().formatHex(digest))
        .isEqualTo("db7336b4a4d84d108c36c02316ca823b27791a47595f47c6789c28ec4902531a");
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
