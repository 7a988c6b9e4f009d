package io.leandevnet.devnet.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.leandevnet.devnet.config.ArgsFile;
import io.leandevnet.devnet.config.DevnetSpec;
import io.leandevnet.devnet.config.ElClient;
import io.leandevnet.devnet.config.LeanClient;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class PlannerTest {

  static DevnetPlan planOf(String yaml) {
    return DevnetPlan.of(spec(ArgsFile.parse(yaml)));
  }

  static DevnetPlan example(String name) {
    return DevnetPlan.of(spec(ArgsFile.read(Path.of("..", "examples", name))));
  }

  private static DevnetSpec spec(ArgsFile.Result r) {
    assertThat(r).as("%s", r.problems()).isInstanceOf(ArgsFile.Valid.class);
    return ((ArgsFile.Valid) r).spec();
  }

  @Test
  void leanDevnet4HasFourteenNodesOfSevenClientsAndOneAggregator() {
    DevnetPlan plan = example("lean-devnet4.yaml");
    assertThat(plan.leanNodes()).hasSize(14);
    assertThat(plan.leanNodes())
        .extracting(LeanNode::name)
        .containsExactly(
            "ethlambda_0",
            "ethlambda_1",
            "ream_0",
            "ream_1",
            "zeam_0",
            "zeam_1",
            "qlean_0",
            "qlean_1",
            "lantern_0",
            "lantern_1",
            "lean_grandine_0",
            "lean_grandine_1",
            "gean_0",
            "gean_1");
    assertThat(plan.leanNodes().stream().map(LeanNode::client).distinct()).hasSize(7);
    for (LeanClient c : plan.leanNodes().stream().map(LeanNode::client).distinct().toList()) {
      assertThat(plan.leanNodes().stream().filter(n -> n.client() == c)).hasSize(2);
    }
    assertThat(plan.aggregators()).extracting(LeanNode::name).containsExactly("ethlambda_0");
    assertThat(plan.leanNodes().stream().flatMap(n -> n.validatorIndices().stream()))
        .containsExactlyElementsOf(IntStream.range(0, 14).boxed().toList());
    assertThat(plan.elNodes()).isEmpty();
    assertThat(plan.leanNodes()).allMatch(n -> n.pairedEl().isEmpty());
    assertThat(plan.leanNodes()).allMatch(n -> n.subnet() == 0);
    assertThat(plan.leanNode("lean-lean-grandine-0").orElseThrow().settings().image())
        .as("no cl_image: the launcher's default for the profile")
        .isEmpty();
    assertThat(plan.metricsServices()).as("additional_services: []").isEmpty();
  }

  @Test
  void allClientsExampleGivesTwelveEthlambdaEachWithItsOwnEl() {
    DevnetPlan plan = example("ethlambda-el-all-clients.yaml");
    assertThat(plan.leanNodes()).hasSize(12).allMatch(n -> n.client() == LeanClient.ETHLAMBDA);
    assertThat(plan.elNodes()).hasSize(12);
    assertThat(plan.elNodes())
        .extracting(ElNode::serviceName)
        .containsExactly(
            "el-1-ethrex-ethlambda",
            "el-2-ethrex-ethlambda",
            "el-3-nethermind-ethlambda",
            "el-4-nethermind-ethlambda",
            "el-5-geth-ethlambda",
            "el-6-geth-ethlambda",
            "el-7-erigon-ethlambda",
            "el-8-erigon-ethlambda",
            "el-9-nimbus-ethlambda",
            "el-10-nimbus-ethlambda",
            "el-11-besu-ethlambda",
            "el-12-besu-ethlambda");
    for (int i = 0; i < 12; i++) {
      LeanNode node = plan.leanNodes().get(i);
      ElNode el = plan.elNodes().get(i);
      assertThat(node.pairedEl()).contains(el.serviceName());
      assertThat(el.pairedLean()).isEqualTo(node.name());
      assertThat(plan.elOf(node)).contains(el);
    }
    assertThat(plan.leanNodes().stream().map(LeanNode::pairedEl).distinct()).hasSize(12);
    assertThat(plan.elNodes())
        .filteredOn(e -> e.client() == ElClient.BESU)
        .extracting(ElNode::image)
        .containsOnly("ethpandaops/besu:main");
  }

  /**
   * Pairing is by node: with {@code el_type: none} participants between paired ones, each EL still
   * belongs to the node that asked for it. (Indexing the list of ELs by participant index, as the
   * seed's ethereum-package fork does, would give ethlambda_2's reth to ethlambda_1 and leave
   * ethlambda_2 without one.)
   */
  @Test
  void pairingIsByNodeWhenNodesWithoutAnElSitBetween() {
    DevnetPlan plan =
        planOf(
            "participants:\n"
                + "  - {cl_type: ethlambda, el_type: geth, is_aggregator: true}\n"
                + "  - {cl_type: ethlambda, el_type: none}\n"
                + "  - {cl_type: zeam, count: 2}\n"
                + "  - {cl_type: ethlambda, el_type: reth}\n"
                + "  - {cl_type: ethlambda, el_type: none}\n"
                + "  - {cl_type: ethlambda, el_type: ethrex, count: 2}\n");
    assertThat(plan.leanNodes())
        .extracting(LeanNode::name, n -> n.pairedEl().orElse("-"))
        .containsExactly(
            tuple("ethlambda_0", "el-1-geth-ethlambda"),
            tuple("ethlambda_1", "-"),
            tuple("zeam_0", "-"),
            tuple("zeam_1", "-"),
            tuple("ethlambda_2", "el-2-reth-ethlambda"),
            tuple("ethlambda_3", "-"),
            tuple("ethlambda_4", "el-3-ethrex-ethlambda"),
            tuple("ethlambda_5", "el-4-ethrex-ethlambda"));
    for (LeanNode node : plan.leanNodes()) {
      plan.elOf(node).ifPresent(el -> assertThat(el.pairedLean()).isEqualTo(node.name()));
    }
    assertThat(plan.elNodes())
        .extracting(ElNode::client)
        .containsExactly(ElClient.GETH, ElClient.RETH, ElClient.ETHREX, ElClient.ETHREX);
  }

  @Test
  void countTwoIsExactlyTwoNodes() {
    DevnetPlan plan =
        planOf(
            "participants: [{cl_type: zeam, count: 2, el_type: none,"
                + " is_aggregator: false}]\n");
    assertThat(plan.leanNodes()).extracting(LeanNode::name).containsExactly("zeam_0", "zeam_1");
    assertThat(plan.services()).hasSize(2 + 2);
  }

  @Test
  void countTwoWithAnElIsTwoPairs() {
    DevnetPlan plan =
        planOf(
            "participants: [{cl_type: ethlambda, el_type: geth, count: 2,"
                + " is_aggregator: true}]\n");
    assertThat(plan.leanNodes()).hasSize(2);
    assertThat(plan.elNodes())
        .extracting(ElNode::serviceName, ElNode::pairedLean)
        .containsExactly(
            tuple("el-1-geth-ethlambda", "ethlambda_0"),
            tuple("el-2-geth-ethlambda", "ethlambda_1"));
  }

  @Test
  void roundRobinDealsValidatorsInTurn() {
    DevnetPlan plan =
        planOf(
            """
        participants:
          - {cl_type: zeam, validator_count: 2, is_aggregator: true}
          - {cl_type: ream, validator_count: 2}
          - {cl_type: qlean, validator_count: 1}
        """);
    assertThat(plan.leanNodes())
        .extracting(LeanNode::validatorIndices)
        .containsExactly(List.of(0, 3), List.of(1, 4), List.of(2));
    assertThat(ValidatorDealing.roundRobin(List.of(2, 2, 1)))
        .containsExactly(List.of(0, 3), List.of(1, 4), List.of(2));
    assertThat(ValidatorDealing.roundRobin(List.of(1, 3)))
        .containsExactly(List.of(0), List.of(1, 2, 3));
  }

  @Test
  void nodeNamesCountPerClientAcrossParticipants() {
    DevnetPlan plan =
        planOf(
            """
        participants:
          - {cl_type: zeam, is_aggregator: true}
          - {cl_type: lean_grandine, count: 2}
          - {cl_type: zeam, count: 2}
        """);
    assertThat(plan.leanNodes())
        .extracting(LeanNode::name, LeanNode::serviceName)
        .containsExactly(
            tuple("zeam_0", "lean-zeam-0"),
            tuple("lean_grandine_0", "lean-lean-grandine-0"),
            tuple("lean_grandine_1", "lean-lean-grandine-1"),
            tuple("zeam_1", "lean-zeam-1"),
            tuple("zeam_2", "lean-zeam-2"));
    assertThat(plan.leanNodes())
        .extracting(LeanNode::participantIndex)
        .containsExactly(0, 1, 1, 2, 2);
  }

  @Test
  void subnetIsFirstValidatorModuloCommittees() {
    DevnetPlan plan =
        planOf(
            """
        participants:
          - {cl_type: zeam, count: 2, validator_count: 2, is_aggregator: true}
          - {cl_type: ream, count: 3}
        lean_network_params: {attestation_committee_count: 2}
        """);
    assertThat(plan.leanNodes()).extracting(LeanNode::subnet).containsExactly(0, 1, 0, 1, 0);
    assertThat(plan.aggregators()).extracting(LeanNode::subnet).containsExactly(0, 1);
  }

  @Test
  void additionalServicesBecomeServicesAndDefaultToTheMetricsStack() {
    assertThat(planOf("participants: [{cl_type: zeam, is_aggregator: true}]\n").metricsServices())
        .extracting(AuxService::serviceName)
        .containsExactly("lean-prometheus", "lean-grafana");
    assertThat(
            planOf(
                    "participants: [{cl_type: zeam, is_aggregator: true}]\n"
                        + "additional_services: [prometheus, dashboard]\n")
                .metricsServices())
        .extracting(AuxService::serviceName)
        .containsExactly("lean-prometheus");
  }

  @Test
  void metricsServicesFollowMetricsEnabled() {
    assertThat(
            planOf(
                    "participants: [{cl_type: zeam, is_aggregator: true}]\n"
                        + "lean_network_params: {metrics_enabled: false}\n")
                .metricsServices())
        .isEmpty();
  }

  @Test
  void serviceNamesAreRfc1035Labels() {
    DevnetPlan plan = example("ethlambda-el-all-clients.yaml");
    List<Service> all = new ArrayList<>(plan.services());
    all.addAll(example("lean-devnet4.yaml").services());
    assertThat(all)
        .extracting(Service::serviceName)
        .allMatch(s -> s.matches("[a-z]([-a-z0-9]{0,61}[a-z0-9])?"));
  }

  @Property(tries = 100)
  void everyValidatorIsDealtOnceAndEachNodeGetsItsCount(
      @ForAll @Size(min = 1, max = 40) List<@IntRange(min = 1, max = 50) Integer> counts) {
    List<List<Integer>> dealt = ValidatorDealing.roundRobin(counts);
    int total = counts.stream().mapToInt(Integer::intValue).sum();
    assertThat(dealt.stream().flatMap(List::stream).sorted())
        .containsExactlyElementsOf(IntStream.range(0, total).boxed().toList());
    for (int i = 0; i < counts.size(); i++) {
      assertThat(dealt.get(i)).hasSize(counts.get(i)).isSorted();
      assertThat(dealt.get(i).getFirst()).isEqualTo(i);
    }
  }

  /**
   * The args-file validator warns about aggregators per subnet assuming node {@code i} sits on
   * subnet {@code i % committees}; the plan must agree for any layout.
   */
  @Property(tries = 50)
  void subnetOfNodeIIsIModuloCommittees(
      @ForAll @Size(min = 1, max = 8) List<@IntRange(min = 1, max = 4) Integer> validatorCounts,
      @ForAll @IntRange(min = 1, max = 5) int committees) {
    StringBuilder yaml = new StringBuilder("participants:\n");
    for (int c : validatorCounts) {
      yaml.append("  - {cl_type: builtin, count: 2, validator_count: ")
          .append(c)
          .append(", is_aggregator: true}\n");
    }
    yaml.append("lean_network_params: {attestation_committee_count: ")
        .append(committees)
        .append("}\n");
    DevnetPlan plan = planOf(yaml.toString());
    for (LeanNode n : plan.leanNodes()) {
      assertThat(n.subnet()).isEqualTo(n.position() % committees);
      assertThat(n.validatorIndices().getFirst()).isEqualTo(n.position());
    }
  }
}
