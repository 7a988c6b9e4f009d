package io.leandevnet.devnet.genesis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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

  private static ValidatorConfig config(ValidatorConfig.Shuffle shuffle, ValidatorEntry... rows) {
    return new ValidatorConfig(
        shuffle, "local", new ValidatorConfig.ChainSettings(18, null, null), List.of(rows));
  }

  @Test
  void roundRobinDealsOneIndexPerRowInTurn() {
    ValidatorAssignment a =
        ValidatorAssignment.of(
            config(
                ValidatorConfig.Shuffle.ROUNDROBIN,
                row("zeam_0", 2),
                row("ream_0", 2),
                row("qlean_0", 1)));
    assertThat(a.indicesByNode())
        .containsExactly(
            Map.entry("zeam_0", List.of(0, 3)),
            Map.entry("ream_0", List.of(1, 4)),
            Map.entry("qlean_0", List.of(2)));
  }

  @Test
  void roundRobinWithUnevenCountsKeepsDealingTheRowsWithValidatorsLeft() {
    ValidatorAssignment a =
        ValidatorAssignment.of(
            config(
                ValidatorConfig.Shuffle.ROUNDROBIN,
                row("a_0", 1),
                row("b_0", 4),
                row("c_0", 0),
                row("d_0", 2)));
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
        ValidatorAssignment.of(
            config(
                ValidatorConfig.Shuffle.NONE,
                row("zeam_0", 0),
                row("ream_0", 2),
                row("qlean_0", 1)));
    assertThat(a.indicesByNode())
        .containsExactly(Map.entry("ream_0", List.of(0, 1)), Map.entry("qlean_0", List.of(2)));
    assertThat(a.nodeOf(2).name()).isEqualTo("qlean_0");
    assertThat(a.validatorCount()).isEqualTo(3);
  }

  @Test
  void validatorsYamlSortsKeysAsGoYamlV3Does() {
    Map<String, List<Integer>> m = new TreeMap<>();
    for (String name : List.of("zeam_10", "zeam_2", "ethlambda_0", "qlean_0", "ream_1", "zeam_0")) {
      m.put(name, new ArrayList<>(List.of(m.size())));
    }
    String yaml = BundleFiles.validators(m);
    assertThat(yaml.lines().filter(l -> !l.startsWith(" ")).toList())
        .containsExactly("ethlambda_0:", "qlean_0:", "ream_1:", "zeam_0:", "zeam_2:", "zeam_10:");
  }

  @Test
  void goKeyOrderIsNaturalOnDigitRuns() {
    List<String> keys = new ArrayList<>(List.of("a_10", "a_2", "b_0", "a_1", "a1", "ab", "a"));
    keys.sort(GoYamlKeyOrder.INSTANCE);
    // yaml.v3 keyList.Less: a run of digits compares by value, and a non-digit counts as 0 in
    // that comparison ("a_…" < "a1"); a digit sorts before a letter ("a1" < "ab").
    assertThat(keys).containsExactly("a", "a_1", "a_2", "a_10", "a1", "ab", "b_0");
  }

  @Test
  void emptyNodesAreWrittenAsEmptyLists() {
    Map<String, List<Integer>> m = new TreeMap<>(Map.of("zeam_0", List.of(), "ream_0", List.of(0)));
    assertThat(BundleFiles.validators(m)).isEqualTo("ream_0:\n    - 0\nzeam_0: []\n");
    String annotated =
        BundleFiles.annotatedValidators(
            m,
            List.of(
                new ValidatorPubkeys(FakeHashSigKeys.attester(0), FakeHashSigKeys.proposer(0))));
    assertThat(annotated).endsWith("\nzeam_0:\n  []\n");
  }

  @Test
  void namesThatWouldReadAsOtherTypesAreQuoted() {
    assertThat(BundleFiles.validators(Map.of("123", List.of(0)))).isEqualTo("\"123\":\n    - 0\n");
    assertThat(BundleFiles.validators(Map.of("yes", List.of(0)))).isEqualTo("\"yes\":\n    - 0\n");
  }
}
