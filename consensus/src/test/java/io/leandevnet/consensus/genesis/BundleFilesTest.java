package io.leandevnet.consensus.genesis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The bundle's YAML files as eth-beacon-genesis (Go, yaml.v3) writes them. */
class BundleFilesTest {

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
            m, List.of(new ValidatorPubkeys("01a1".repeat(26), "01b2".repeat(26))));
    assertThat(annotated).endsWith("\nzeam_0:\n  []\n");
  }

  @Test
  void namesThatWouldReadAsOtherTypesAreQuoted() {
    assertThat(BundleFiles.validators(Map.of("123", List.of(0)))).isEqualTo("\"123\":\n    - 0\n");
    assertThat(BundleFiles.validators(Map.of("yes", List.of(0)))).isEqualTo("\"yes\":\n    - 0\n");
  }
}
