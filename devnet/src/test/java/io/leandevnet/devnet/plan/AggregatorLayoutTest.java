package io.leandevnet.devnet.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.leandevnet.devnet.config.ArgsFile;
import io.leandevnet.devnet.config.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The aggregator warnings, checked on the plan. */
class AggregatorLayoutTest {

  private static List<String> warnings(String yaml) {
    ArgsFile.Valid valid = (ArgsFile.Valid) ArgsFile.parse(yaml);
    return AggregatorLayout.check(DevnetPlan.of(valid.spec())).stream()
        .map(Problem::toString)
        .toList();
  }

  @Test
  void noAggregatorWarnsThatTheChainCannotFinalize() {
    List<String> w = warnings("participants: [{cl_type: zeam, count: 2}]\n");
    assertThat(w)
        .containsExactly(
            "participants: no participant sets is_aggregator: true, so no node aggregates"
                + " attestations and the chain cannot justify or finalize; set is_aggregator: true on"
                + " one participant with count: 1");
  }

  @Test
  void twoAggregatorsOnOneSubnetWarn() {
    List<String> w = warnings("participants: [{cl_type: zeam, count: 2, is_aggregator: true}]\n");
    assertThat(w)
        .containsExactly(
            "participants[0].is_aggregator: zeam_0 and zeam_1 both aggregate subnet 0; one aggregator"
                + " per subnet is the lean-quickstart layout, so set is_aggregator: true on one of them"
                + " only");
  }

  @Test
  void manyAggregatorsOnOneSubnetAreCountedNotAllNamed() {
    List<String> w =
        warnings("participants: [{cl_type: builtin, count: 128, is_aggregator: true}]\n");
    assertThat(w)
        .containsExactly(
            "participants[0].is_aggregator: all 128 (builtin_0, builtin_1, builtin_2, builtin_3 and"
                + " 124 more) aggregate subnet 0; one aggregator per subnet is the lean-quickstart"
                + " layout, so set is_aggregator: true on one of them only");
  }

  @Test
  void aggregatorsOnDifferentSubnetsDoNotWarn() {
    List<String> w =
        warnings(
            """
        participants: [{cl_type: zeam, count: 2, is_aggregator: true}, {cl_type: ream, count: 2}]
        lean_network_params: {attestation_committee_count: 2}
        """);
    assertThat(w).isEmpty();
  }

  @Test
  void aSubnetWithoutAggregatorWarns() {
    List<String> w =
        warnings(
            """
        participants: [{cl_type: zeam, is_aggregator: true}, {cl_type: ream, count: 3}]
        lean_network_params: {attestation_committee_count: 2}
        """);
    assertThat(w)
        .containsExactly(
            "participants: subnet 1 (ream_0, ream_2) has no aggregator, so its attestations are never"
                + " aggregated; set is_aggregator: true on one of its nodes");
  }

  @Test
  void moreSubnetsThanNodesWarns() {
    List<String> w =
        warnings(
            """
        participants: [{cl_type: zeam, is_aggregator: true}]
        lean_network_params: {attestation_committee_count: 3}
        """);
    assertThat(w)
        .contains(
            "lean_network_params.attestation_committee_count: 3 subnets but only 1 nodes: subnets 1"
                + " to 2 have no node");
  }
}
