package io.leandevnet.devnet.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AddressesTest {

  private static final String THREE_NODES_ONE_EL =
      """
      participants:
        - {cl_type: ethlambda, el_type: geth, is_aggregator: true}
        - {cl_type: zeam, count: 2}
      """;

  @Test
  void localLayoutFollowsLeanQuickstart() {
    DevnetPlan plan = PlannerTest.planOf(THREE_NODES_ONE_EL);
    Addresses a = Addresses.local(plan);
    LeanNode zeam1 = plan.leanNode("zeam_1").orElseThrow();
    Endpoint e = a.of(zeam1);
    assertThat(e.ip()).isEqualTo("127.0.0.1");
    assertThat(e.port(LeanNode.QUIC)).isEqualTo(9003);
    assertThat(e.port(LeanNode.API)).isEqualTo(5053);
    assertThat(e.port(LeanNode.METRICS)).isEqualTo(8083);
    assertThat(e.httpUrl(LeanNode.API)).isEqualTo("http://127.0.0.1:5053");
    assertThat(a.fromHost(zeam1)).isEqualTo(e);
    Endpoint geth = a.of(plan.elNodes().getFirst());
    assertThat(geth.port(ElNode.RPC)).isEqualTo(32000);
    assertThat(geth.port(ElNode.ENGINE)).isEqualTo(32002);
    assertThat(a.of(AuxService.PROMETHEUS).port(AuxService.HTTP)).isEqualTo(9090);
    assertThat(a.of(AuxService.GRAFANA).port(AuxService.HTTP)).isEqualTo(3000);
  }

  @Test
  void localLayoutWithPortStartGivesEachServiceABlockOfTen() {
    DevnetPlan plan =
        PlannerTest.planOf(
            THREE_NODES_ONE_EL + "lean_network_params: {public_port_start: 40000}\n");
    Addresses a = Addresses.local(plan);
    assertThat(a.of(plan.leanNodes().get(0)).ports())
        .containsEntry(LeanNode.QUIC, 40000)
        .containsEntry(LeanNode.API, 40001)
        .containsEntry(LeanNode.METRICS, 40002);
    assertThat(a.of(plan.leanNodes().get(2)).port(LeanNode.QUIC)).isEqualTo(40020);
    assertThat(a.of(plan.elNodes().getFirst()).port(ElNode.RPC)).isEqualTo(40030);
    assertThat(a.of(AuxService.GRAFANA).port(AuxService.HTTP)).isEqualTo(40050);
  }

  @Test
  void localLayoutPortsAreAllDistinct() {
    DevnetPlan plan =
        PlannerTest.planOf(
            "participants: [{cl_type: builtin, count: 89,"
                + " is_aggregator: true}]\nlean_network_params: {attestation_committee_count: 89}\n");
    Addresses a = Addresses.local(plan);
    Set<Integer> seen = new HashSet<>();
    for (Service s : plan.services()) {
      a.of(s).ports().values().forEach(p -> assertThat(seen.add(p)).as("port %d", p).isTrue());
    }
  }

  @Test
  void localLayoutRefusesCollidingPortsNamingBoth() {
    // Node 89's QUIC port, 9001 + 89, is Prometheus' 9090: lean-quickstart's numbers stop there.
    DevnetPlan plan =
        PlannerTest.planOf(
            "participants: [{cl_type: builtin, count: 90," + " is_aggregator: true}]\n");
    assertThatThrownBy(() -> Addresses.local(plan))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "port 9090 would serve both lean-builtin-89 quic and lean-prometheus http;"
                + " set lean_network_params.public_port_start to give every service its own block"
                + " of 10 ports");
  }

  @Test
  void dockerLayoutGivesEachContainerItsOwnIpAndTheSamePorts() {
    DevnetPlan plan = PlannerTest.planOf(THREE_NODES_ONE_EL);
    Addresses a = Addresses.docker(plan, "10.77.0.0/16");
    assertThat(plan.services())
        .extracting(s -> a.of(s).ip())
        .containsExactly(
            "10.77.0.2", "10.77.0.3", "10.77.0.4", "10.77.0.5", "10.77.0.6", "10.77.0.7");
    for (LeanNode n : plan.leanNodes()) {
      assertThat(a.of(n).ports())
          .containsEntry(LeanNode.QUIC, 9000)
          .containsEntry(LeanNode.API, 5052)
          .containsEntry(LeanNode.METRICS, 5054);
      assertThat(a.fromHost(n)).isEqualTo(a.of(n));
    }
    assertThat(a.of(plan.elNodes().getFirst()).port(ElNode.ENGINE)).isEqualTo(8551);
  }

  @Test
  void dockerLayoutCrossesOctetsAndNormalizesTheNetwork() {
    DevnetPlan plan =
        PlannerTest.planOf(
            "participants: [{cl_type: builtin, count: 300,"
                + " is_aggregator: true}]\nlean_network_params: {attestation_committee_count: 300}\n");
    Addresses a = Addresses.docker(plan, "172.30.5.9/16");
    assertThat(a.of(plan.leanNodes().getFirst()).ip()).isEqualTo("172.30.0.2");
    assertThat(a.of(plan.leanNodes().get(254)).ip()).isEqualTo("172.30.1.0");
  }

  @Test
  void dockerLayoutPublishesBlocksOnLoopbackWhenAsked() {
    DevnetPlan plan =
        PlannerTest.planOf(
            THREE_NODES_ONE_EL + "lean_network_params: {public_port_start: 33000}\n");
    Addresses a = Addresses.docker(plan, "10.77.0.0/24");
    LeanNode node = plan.leanNodes().get(1);
    assertThat(a.of(node).ip()).isEqualTo("10.77.0.3");
    assertThat(a.fromHost(node).ip()).isEqualTo("127.0.0.1");
    assertThat(a.fromHost(node).port(LeanNode.API)).isEqualTo(33011);
  }

  @Test
  void dockerLayoutRefusesBadOrSmallSubnets() {
    DevnetPlan plan = PlannerTest.planOf(THREE_NODES_ONE_EL);
    assertThatThrownBy(() -> Addresses.docker(plan, "10.77.0.0"))
        .hasMessage("Docker subnet '10.77.0.0' is not an IPv4 CIDR such as 10.77.0.0/16");
    assertThatThrownBy(() -> Addresses.docker(plan, "10.300.0.0/16"))
        .hasMessage("Docker subnet '10.300.0.0/16' is not an IPv4 CIDR such as 10.77.0.0/16");
    assertThatThrownBy(() -> Addresses.docker(plan, "10.77.0.0/30"))
        .hasMessage(
            "Docker subnet 10.77.0.0/30 has room for 1 containers but the plan has 6;"
                + " use a larger subnet");
  }

  @Test
  void unknownServiceIsRefused() {
    DevnetPlan plan = PlannerTest.planOf(THREE_NODES_ONE_EL);
    DevnetPlan other = PlannerTest.planOf("participants: [{cl_type: ream, is_aggregator: true}]\n");
    assertThatThrownBy(() -> Addresses.local(plan).of(other.leanNodes().getFirst()))
        .hasMessage("lean-ream-0 is not in this plan");
  }
}
