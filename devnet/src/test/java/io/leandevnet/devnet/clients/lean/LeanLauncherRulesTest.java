package io.leandevnet.devnet.clients.lean;

import static org.assertj.core.api.Assertions.assertThat;

import io.leandevnet.devnet.backend.Readiness;
import io.leandevnet.devnet.backend.ServiceReadiness;
import io.leandevnet.devnet.clients.HostArch;
import io.leandevnet.devnet.clients.LaunchFixture;
import io.leandevnet.devnet.clients.Mount;
import io.leandevnet.devnet.clients.PortKind;
import io.leandevnet.devnet.clients.SecurityOption;
import io.leandevnet.devnet.clients.ServicePort;
import io.leandevnet.devnet.clients.ServiceSpec;
import io.leandevnet.devnet.clients.Volume;
import io.leandevnet.devnet.config.DevnetProfile;
import io.leandevnet.devnet.config.LeanClient;
import io.leandevnet.devnet.plan.LeanNode;
import io.leandevnet.devnet.plan.Port;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The per-client rules of clients.md §7 and devnet5.md §2–§5, one test each. */
class LeanLauncherRulesTest {

  /** Two subnets; {@code <client>_0} aggregates subnet 0, {@code <client>_1} holds subnet 1. */
  private static LaunchFixture twoSubnets(LeanClient client, String devnet) {
    return LaunchFixture.of(
        "participants:\n"
            + "  - {cl_type: "
            + client.key()
            + ", is_aggregator: true}\n"
            + "  - {cl_type: "
            + client.key()
            + ", is_aggregator: true}\n"
            + "lean_network_params: {attestation_committee_count: 2, devnet: "
            + devnet
            + "}\n");
  }

  @Test
  void registryHasOneLauncherPerClient() {
    for (LeanClient c : LeanClient.values()) {
      assertThat(LeanLaunchers.of(c).client()).isEqualTo(c);
    }
    assertThat(LeanLaunchers.all()).hasSize(LeanClient.values().length);
  }

  @ParameterizedTest
  @EnumSource(
      value = LeanClient.class,
      names = {"QLEAN", "PEAM", "LEAN_LIGHTHOUSE", "BUILTIN"})
  void someClientsNeverGetAggregateSubnetIds(LeanClient client) {
    for (String devnet : List.of("devnet4", "devnet5")) {
      LaunchFixture f = twoSubnets(client, devnet);
      assertThat(f.spec(client.key() + "_1").command()).doesNotContain("--aggregate-subnet-ids");
    }
  }

  @ParameterizedTest
  @EnumSource(
      value = LeanClient.class,
      names = {"ETHLAMBDA", "REAM", "ZEAM", "LANTERN", "GEAN", "LEAN_GRANDINE", "NLEAN"})
  void anAggregatorAggregatesItsOwnSubnetOnly(LeanClient client) {
    LaunchFixture f = twoSubnets(client, "devnet4");
    LeanNode second = f.node(client.key() + "_1");
    assertThat(second.subnet()).isEqualTo(1);
    List<String> cmd = f.spec(second.name()).command();
    assertThat(cmd.get(cmd.indexOf("--aggregate-subnet-ids") + 1)).isEqualTo("1");
    assertThat(cmd).contains("--is-aggregator");
  }

  /**
   * The p2p port is QUIC (UDP) for every real client (clients.md: "libp2p over QUIC/UDP only") and
   * TCP for the built-in node (node's {@code Transport} listens on a ServerSocket; TransportTest
   * connects over TCP), in the spec and in the plan alike; API and metrics are HTTP.
   */
  @ParameterizedTest
  @EnumSource(LeanClient.class)
  void everyPortSpeaksTheClientsRealProtocolInSpecAndPlan(LeanClient client) {
    for (String devnet : List.of("devnet4", "devnet5")) {
      LaunchFixture f = twoSubnets(client, devnet);
      LeanNode node = f.node(client.key() + "_0");
      ServiceSpec spec = f.spec(node.name());
      assertThat(port(spec, LeanNode.QUIC).kind())
          .isEqualTo(client == LeanClient.BUILTIN ? PortKind.TCP : PortKind.QUIC);
      if (client != LeanClient.LEAN_LIGHTHOUSE) {
        assertThat(port(spec, LeanNode.API).kind()).isEqualTo(PortKind.HTTP);
      }
      assertThat(port(spec, LeanNode.METRICS).kind()).isEqualTo(PortKind.HTTP);
      for (Port planned : node.ports()) {
        spec.ports().stream()
            .filter(p -> p.name().equals(planned.name()))
            .forEach(
                p ->
                    assertThat(p.protocol())
                        .as("%s %s port", client.key(), planned.name())
                        .isEqualTo(planned.protocol()));
      }
    }
  }

  /**
   * Readiness is probed on a port the client is told to open: the api port, or for lighthouse (no
   * {@code --api-port}) the metrics port it gets with {@code --metrics-port}.
   */
  @ParameterizedTest
  @EnumSource(LeanClient.class)
  void readinessIsProbedOnAPortTheClientIsToldToOpen(LeanClient client) {
    LaunchFixture f = twoSubnets(client, "devnet4");
    ServiceSpec spec = f.spec(client.key() + "_0");
    Readiness.HttpOk ready = (Readiness.HttpOk) ServiceReadiness.of(f.node(client.key() + "_0"));
    List<String> cmd = spec.command();
    String flag =
        ready.port().equals(LeanNode.METRICS)
            ? "--metrics-port"
            : cmd.contains("--api-port") ? "--api-port" : "--http-port";
    assertThat(cmd).contains(flag);
    assertThat(cmd.get(cmd.indexOf(flag) + 1))
        .isEqualTo(Integer.toString(port(spec, ready.port()).number()));
    assertThat(ready.port())
        .isEqualTo(client == LeanClient.LEAN_LIGHTHOUSE ? LeanNode.METRICS : LeanNode.API);
  }

  @Test
  void grandineKeepsItsChainInMemoryAndGetsNoDataMount() {
    ServiceSpec spec = twoSubnets(LeanClient.LEAN_GRANDINE, "devnet5").spec("lean_grandine_0");
    assertThat(spec.mount(Volume.DATA)).isEmpty();
    assertThat(spec.command()).noneMatch(a -> a.startsWith("/data"));
  }

  private static ServicePort port(ServiceSpec spec, String name) {
    return spec.ports().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
  }

  @Test
  void devnet5PassesTheSubnetEvenWithOneSubnetDevnet4DoesNot() {
    String yaml = "participants: [{cl_type: ream, is_aggregator: true}]\n";
    assertThat(LaunchFixture.of(yaml).spec("ream_0").command())
        .doesNotContain("--aggregate-subnet-ids");
    List<String> cmd =
        LaunchFixture.of(yaml + "lean_network_params: {devnet: devnet5}\n")
            .spec("ream_0")
            .command();
    assertThat(cmd.get(cmd.indexOf("--aggregate-subnet-ids") + 1)).isEqualTo("0");
  }

  @Test
  void lighthouseGetsNoApiPortNorIsAggregator() {
    List<String> cmd =
        twoSubnets(LeanClient.LEAN_LIGHTHOUSE, "devnet4").spec("lean_lighthouse_0").command();
    assertThat(cmd).doesNotContain("--api-port", "--is-aggregator");
    assertThat(cmd.subList(0, 2)).containsExactly("lighthouse", "lean_node");
  }

  @Test
  void ethlambdaGetsADiscoveryPortDistinctFromItsOtherPorts() {
    ServiceSpec spec = soleAggregator("ethlambda");
    List<String> cmd = spec.command();
    String discovery = cmd.get(cmd.indexOf("--discovery.port") + 1);
    assertThat(discovery)
        .isNotIn(
            cmd.get(cmd.indexOf("--gossipsub-port") + 1),
            cmd.get(cmd.indexOf("--api-port") + 1),
            cmd.get(cmd.indexOf("--metrics-port") + 1));
    assertThat(spec.port(Ethlambda.DISCOVERY).orElseThrow())
        .isEqualTo(new ServicePort("discovery", Integer.parseInt(discovery), PortKind.UDP));
    assertThat(Ethlambda.discoveryPort(9000, 9001, 9002)).isEqualTo(9003);
  }

  @Test
  void zeamValidatorConfigIsTheGenesisDirectoryAndRunsUnconfined() {
    ServiceSpec spec = soleAggregator("zeam");
    List<String> cmd = spec.command();
    assertThat(cmd.get(cmd.indexOf("--validator-config") + 1)).isEqualTo("/config");
    assertThat(cmd.indexOf("--console_log_level")).isLessThan(cmd.indexOf("node"));
    assertThat(spec.security()).containsExactly(SecurityOption.SECCOMP_UNCONFINED);
  }

  @Test
  void lanternGetsTheDummyDigestAsDevnet() {
    List<String> cmd = soleAggregator("lantern").command();
    assertThat(cmd.get(cmd.indexOf("--devnet") + 1)).isEqualTo("12345678");
  }

  @Test
  void geanGetsItsDataDirAndTheCommitteeCount() {
    List<String> cmd = soleAggregator("gean").command();
    assertThat(cmd.get(cmd.indexOf("--data-dir") + 1)).isEqualTo("/data");
    assertThat(cmd).contains("--attestation-committee-count");
  }

  @Test
  void peamGetsItsConfigFileAndNoCommitteeFlags() {
    ServiceSpec spec = twoSubnets(LeanClient.PEAM, "devnet5").spec("peam_1");
    assertThat(spec.command()).doesNotContain("--attestation-committee-count");
    assertThat(spec.files()).hasSize(1);
    String conf = spec.files().getFirst().content();
    assertThat(spec.files().getFirst().path()).isEqualTo("/data/peam.conf");
    assertThat(conf)
        .contains("genesis_time=" + LaunchFixture.GENESIS_TIME)
        .contains("local_validator_index=1")
        .contains("/leanconsensus/12345678/attestation_1/ssz_snappy")
        .doesNotContain("attestation_0");
  }

  @Test
  void qleanImageFollowsTheArchitecture() {
    Qlean q = new Qlean();
    assertThat(q.defaultImage(DevnetProfile.DEVNET5, HostArch.ARM64))
        .isEqualTo("qdrvm/qlean-mini:devnet-5-arm64");
  }

  @ParameterizedTest
  @EnumSource(LeanClient.class)
  void everyNodeGetsGenesisReadOnlyDataItIsToldLabelsAndExtras(LeanClient client) {
    LaunchFixture f =
        LaunchFixture.of(
            "participants:\n  - cl_type: "
                + client.key()
                + "\n    is_aggregator: true\n    cl_extra_params: [--extra-flag]\n"
                + "    cl_extra_env_vars: {EXTRA: 'yes'}\n    cl_min_cpu: 500\n"
                + "    cl_max_mem: 2048\n");
    ServiceSpec spec = f.spec(client.key() + "_0");
    assertThat(spec.mount(Volume.GENESIS)).contains(new Mount(Volume.GENESIS, "/config", true));
    if (client == LeanClient.LEAN_GRANDINE) {
      assertThat(spec.mount(Volume.DATA)).isEmpty();
    } else {
      assertThat(spec.mount(Volume.DATA)).contains(new Mount(Volume.DATA, "/data", false));
      assertThat(
              spec.command().stream().anyMatch(a -> a.startsWith("/data"))
                  || !spec.files().isEmpty())
          .as("the data mount is told to the client")
          .isTrue();
    }
    assertThat(spec.command().getLast()).isEqualTo("--extra-flag");
    assertThat(spec.env()).containsEntry("EXTRA", "yes");
    assertThat(spec.resources().minCpu()).isEqualTo(500);
    assertThat(spec.resources().maxMem()).isEqualTo(2048);
    assertThat(spec.labels())
        .containsEntry(ServiceSpec.LABEL_DEVNET, "test")
        .containsEntry(ServiceSpec.LABEL_NODE, client.key() + "_0")
        .containsEntry(ServiceSpec.LABEL_CLIENT, client.key())
        .containsEntry(ServiceSpec.LABEL_ROLE, "consensus");
    assertThat(spec.ports().stream().map(ServicePort::name).toList())
        .containsAll(
            client == LeanClient.LEAN_LIGHTHOUSE
                ? Set.of(LeanNode.QUIC, LeanNode.METRICS)
                : Set.of(LeanNode.QUIC, LeanNode.API, LeanNode.METRICS));
    assertThat(spec.name()).isEqualTo(f.node(client.key() + "_0").serviceName());
  }

  @Test
  void lighthouseAndNleanWarnBuiltinMixedWithOthersIsAnError() {
    assertThat(
            checksOf(
                "participants: [{cl_type: lean_lighthouse}, {cl_type: nlean}, {cl_type: zeam,"
                    + " is_aggregator: true}]\n"))
        .containsExactly(
            "participants[0].cl_type: lean_lighthouse's published image still uses the devnet3"
                + " single-key genesis layout and will not reach consensus with devnet4 clients",
            "participants[1].cl_type: nlean is discontinued upstream (ethereum/hive#1522); its last"
                + " image may not keep up with the other clients");
    LaunchFixture mixed =
        LaunchFixture.of(
            "participants: [{cl_type: builtin, count: 2, is_aggregator: true}, {cl_type: zeam}]\n");
    assertThat(LaunchChecks.of(mixed.plan()))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.isError()).isTrue();
              assertThat(p.path()).isEqualTo("participants[0].cl_type");
              assertThat(p.message()).startsWith("built-in nodes cannot peer with zeam");
            });
  }

  @Test
  void anImageTaggedForAnotherDevnetWarns() {
    assertThat(
            checksOf(
                "participants: [{cl_type: zeam, cl_image: 'blockblaz/zeam:devnet4',"
                    + " is_aggregator: true}]\nlean_network_params: {devnet: devnet5}\n"))
        .containsExactly(
            "participants[0].cl_image: blockblaz/zeam:devnet4 is tagged for devnet4 but"
                + " lean_network_params.devnet is devnet5; remove cl_image to run the devnet5"
                + " default (blockblaz/zeam:devnet5)");
    assertThat(LaunchChecks.devnetOfTag("sifrai/lean:devnet-5-leanvm-main")).contains(5);
    assertThat(LaunchChecks.devnetOfTag("localhost:5000/ream")).isEmpty();
  }

  /** What the launch checks say of the devnet of {@code yaml}, one line each. */
  private static List<String> checksOf(String yaml) {
    return LaunchChecks.of(LaunchFixture.of(yaml).plan()).stream().map(Object::toString).toList();
  }

  /** The ServiceSpec of {@code <clType>_0}, the one node of a devnet of one aggregator. */
  private static ServiceSpec soleAggregator(String clType) {
    return LaunchFixture.of("participants: [{cl_type: " + clType + ", is_aggregator: true}]\n")
        .spec(clType + "_0");
  }
}
