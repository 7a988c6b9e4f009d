package io.leandevnet.consensus.leanspec;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.leandevnet.consensus.chain.ChainConfig;
import io.leandevnet.consensus.chain.Interval;
import io.leandevnet.fixtures.Fixture;

/**
 * {@code slot_clock}: the clock's constants and its {@code operation} ({@code from_slot}, {@code
 * from_unix_time}, {@code current_slot}, {@code current_interval}, {@code total_intervals}) on
 * {@link Interval}.
 */
final class SlotClockFixture {
  private SlotClockFixture() {}

  static void check(Fixture fixture) {
    JsonNode input = fixture.field("input");
    JsonNode output = fixture.field("output");
    JsonNode config = FixtureJson.required(output, "config");
    assertThat((long) ChainConfig.SECONDS_PER_SLOT)
        .as("secondsPerSlot")
        .isEqualTo(FixtureJson.uint(config, "secondsPerSlot"));
    assertThat((long) ChainConfig.INTERVALS_PER_SLOT)
        .as("intervalsPerSlot")
        .isEqualTo(FixtureJson.uint(config, "intervalsPerSlot"));
    assertThat(ChainConfig.MILLISECONDS_PER_INTERVAL)
        .as("millisecondsPerInterval")
        .isEqualTo(FixtureJson.uint(config, "millisecondsPerInterval"));
    String operation = fixture.field("operation").asText();
    switch (operation) {
      case "from_slot" ->
          assertThat(Interval.fromSlot(FixtureJson.uint(input, "slot")))
              .isEqualTo(FixtureJson.uint(output, "interval"));
      case "from_unix_time" ->
          assertThat(
                  Interval.fromUnixMillis(
                      FixtureJson.uint(input, "unixSeconds") * 1000,
                      FixtureJson.uint(input, "genesisTime")))
              .isEqualTo(FixtureJson.uint(output, "interval"));
      case "current_slot" ->
          assertThat(Interval.slotOf(now(input))).isEqualTo(FixtureJson.uint(output, "slot"));
      case "current_interval" ->
          assertThat((long) Interval.inSlot(now(input)))
              .isEqualTo(FixtureJson.uint(output, "interval"));
      case "total_intervals" ->
          assertThat(now(input)).isEqualTo(FixtureJson.uint(output, "totalIntervals"));
      default -> throw new IllegalArgumentException("unknown slot_clock operation " + operation);
    }
  }

  /** Intervals since genesis at {@code currentTimeMs}. */
  private static long now(JsonNode input) {
    return Interval.fromUnixMillis(
        FixtureJson.uint(input, "currentTimeMs"), FixtureJson.uint(input, "genesisTime"));
  }
}
