package io.leandevnet.consensus.leanspec;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.leandevnet.consensus.chain.Slot;
import io.leandevnet.fixtures.Fixture;

/** {@code justifiability}: {@code Slot.is_justifiable_after(finalizedSlot)} and the delta. */
final class JustifiabilityFixture {
  private JustifiabilityFixture() {}

  static void check(Fixture fixture) {
    long slot = FixtureJson.uint(fixture.field("slot"));
    long finalized = FixtureJson.uint(fixture.field("finalizedSlot"));
    JsonNode output = fixture.field("output");
    assertThat(slot - finalized).as("delta").isEqualTo(FixtureJson.uint(output, "delta"));
    assertThat(Slot.isJustifiableAfter(slot, finalized))
        .as("is_justifiable_after(%d, %d)", slot, finalized)
        .isEqualTo(FixtureJson.required(output, "isJustifiable").asBoolean());
  }
}
