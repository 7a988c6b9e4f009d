package io.leandevnet.devnet.genesis;

import static org.assertj.core.api.Assertions.assertThat;

import io.leandevnet.devnet.genesis.ValidatorConfig.Shuffle;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ValidatorAssignmentTest {

  private static ValidatorEntry row(String name, int count) {
    return new ValidatorEntry(
        name,
        "bdf953adc161873ba026330c56450453f582e3c4ee6cb713644794bcfdd85fe5",
        EnrFields.of("127.0.0.1", 9000),
        8080,
        null,
        null,
        false,
        count,
        null,
        null);
  }

  /** The assignment of a config with these rows, dealt by {@code shuffle}. */
  private static ValidatorAssignment assign(Shuffle shuffle, ValidatorEntry... rows) {
    return ValidatorAssignment.of(
        new ValidatorConfig(
            shuffle, "local", new ValidatorConfig.ChainSettings(18, null, null), List.of(rows)));
  }

  @Test
  void roundRobinDealsOneIndexPerRowInTurn() {
    ValidatorAssignment a =
        assign(Shuffle.ROUNDROBIN, row("zeam_0", 2), row("ream_0", 2), row("qlean_0", 1));
    assertThat(a.indicesByNode())
        .containsExactly(
            Map.entry("zeam_0", List.of(0, 3)),
            Map.entry("ream_0", List.of(1, 4)),
            Map.entry("qlean_0", List.of(2)));
  }

  @Test
  void roundRobinWithUnevenCountsKeepsDealingTheRowsWithValidatorsLeft() {
    ValidatorAssignment a =
        assign(Shuffle.ROUNDROBIN, row("a_0", 1), row("b_0", 4), row("c_0", 0), row("d_0", 2));
    assertThat(a.indicesByNode())
        .containsExactly(
            Map.entry("a_0", List.of(0)),
            Map.entry("b_0", List.of(1, 3, 5, 6)),
            Map.entry("d_0", List.of(2, 4)));
    assertThat(a.nodesInFirstAppearanceOrder())
        .extracting(ValidatorEntry::name)
        .containsExactly("a_0", "b_0", "d_0");
  }

  @Test
  void noneGivesConsecutiveIndicesAndFirstAppearanceFollowsThem() {
    ValidatorAssignment a =
        assign(Shuffle.NONE, row("zeam_0", 0), row("ream_0", 2), row("qlean_0", 1));
    assertThat(a.indicesByNode())
        .containsExactly(Map.entry("ream_0", List.of(0, 1)), Map.entry("qlean_0", List.of(2)));
    assertThat(a.nodeOf(2).name()).isEqualTo("qlean_0");
    assertThat(a.validatorCount()).isEqualTo(3);
  }
}
