package io.leandevnet.devnet.standin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.leandevnet.consensus.genesis.BundleLayout;
import io.leandevnet.devnet.clients.GeneratedFile;
import io.leandevnet.devnet.clients.HostArch;
import io.leandevnet.devnet.clients.LaunchContext;
import io.leandevnet.devnet.clients.ServiceSpec;
import io.leandevnet.devnet.clients.lean.LeanLaunchers;
import io.leandevnet.devnet.config.DevnetProfile;
import io.leandevnet.devnet.config.LeanClient;
import io.leandevnet.devnet.plan.DevnetPlan;
import io.leandevnet.devnet.plan.LeanNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The stand-in's check against every launcher's real ServiceSpec, with no container: the genesis
 * bundle written as {@code up} writes it, {@code /config} and {@code /data} mapped to directories
 * as the Docker backend mounts them.
 */
class StandinCheckTest {

  @TempDir Path tmp;

  /** A devnet of one client: two aggregators on two subnets and one node that only validates. */
  private record Devnet(DevnetPlan plan, LaunchContext context, Path bundle, Path data) {

    ServiceSpec spec(String node) {
      return LeanLaunchers.spec(plan.leanNode(node).orElseThrow(), context);
    }

    ContainerPaths paths(String node) throws IOException {
      Path dir = Files.createDirectories(data.resolve(node));
      return new ContainerPaths(
          Map.of(
              LaunchContext.Container.GENESIS_DIR, bundle, LaunchContext.Container.DATA_DIR, dir));
    }

    /** Writes the spec's generated files where the backend would, and checks its command. */
    CheckedNode check(String node) throws IOException, StandinViolation {
      ServiceSpec spec = spec(node);
      ContainerPaths paths = paths(node);
      for (GeneratedFile f : spec.files()) {
        Files.writeString(paths.resolve(f.path()), f.content());
      }
      LeanClient client = plan.leanNode(node).orElseThrow().client();
      return new StandinCheck(ClientFlags.of(client, plan.network().devnet()), paths)
          .check(commandAfterBinary(spec));
    }
  }

  /** What the binary receives: lighthouse's command starts with the binary's name. */
  private static List<String> commandAfterBinary(ServiceSpec spec) {
    List<String> argv = spec.argv();
    if (!argv.isEmpty() && argv.get(0).equals("lighthouse")) {
      return argv.subList(1, argv.size());
    }
    return argv;
  }

  private Devnet devnet(LeanClient client, DevnetProfile profile, String extra) throws IOException {
    String yaml =
        "participants:\n"
            + ("  - {cl_type: " + client.key() + ", is_aggregator: true" + extra + "}\n").repeat(2)
            + "  - {cl_type: "
            + client.key()
            + extra
            + "}\n"
            + "lean_network_params: {attestation_committee_count: 2, devnet: "
            + profile.key()
            + "}\n";
    PlannedDevnet p = PlannedDevnet.write(yaml, tmp, HostArch.AMD64);
    return new Devnet(p.plan(), p.context(), p.bundle(), p.data());
  }

  static Stream<Arguments> everyClientAndProfile() {
    List<Arguments> all = new ArrayList<>();
    for (DevnetProfile p : DevnetProfile.values()) {
      for (LeanClient c : Standin.clients()) {
        all.add(Arguments.of(c, p));
      }
    }
    return all.stream();
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("everyClientAndProfile")
  void everyLaunchersCommandLinePassesItsClientsCheck(LeanClient client, DevnetProfile profile)
      throws Exception {
    Devnet d = devnet(client, profile, "");
    for (LeanNode node : d.plan().leanNodes()) {
      ServiceSpec spec = d.spec(node.name());
      CheckedNode checked = d.check(node.name());

      assertThat(checked.nodeId()).isEqualTo(node.name());
      assertThat(checked.line()).containsPattern(CheckedNode.linePattern(node, profile));
      for (PortRole role : PortRole.values()) {
        spec.port(role.portName())
            .ifPresent(
                p ->
                    assertThat(checked.ports().get(role))
                        .as("%s %s port", node.name(), role.portName())
                        .isEqualTo(p.number()));
      }
      assertThat(checked.ports().keySet())
          .containsAll(List.of(PortRole.QUIC, PortRole.API, PortRole.METRICS));
      assertThat(checked.nodeKey()).isEqualTo("/config/" + node.name() + ".key");
      assertThat(checked.dataDir())
          .isEqualTo(client == LeanClient.LEAN_GRANDINE ? StandinCheck.UNTOLD_DATA_DIR : "/data");
      assertThat(checked.genesisDir()).isEqualTo("/config");
      assertThat(checked.committees()).isEqualTo(2);
      if (ClientFlags.of(client, profile).flags().values().stream()
          .anyMatch(f -> f.kind() == FlagKind.AGGREGATOR)) {
        assertThat(checked.aggregator()).isEqualTo(node.aggregator());
      }
      List<String> builtin = checked.builtinCommand();
      assertThat(builtin.get(0)).isEqualTo("node");
      assertThat(builtin.get(builtin.indexOf("--node-id") + 1)).isEqualTo(node.name());
      assertThat(builtin.get(builtin.indexOf("--gossipsub-port") + 1))
          .isEqualTo(String.valueOf(spec.port("quic").orElseThrow().number()));
    }
  }

  /**
   * The node's command with {@code params} added through {@code cl_extra_params}: the check refuses
   * it naming the node, its client and what its client would refuse.
   */
  @ParameterizedTest(name = "{3} [{2}]")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # a flag the client's parser does not know
          ZEAM      | DEVNET4 | --no-such-flag               | zeam_0      | standin zeam_0 (zeam): --no-such-flag: not a flag zeam accepts after 'node' (zeam node @0009ea9)
          QLEAN     | DEVNET5 | --aggregate-subnet-ids, '0'  | qlean_0     | standin qlean_0 (qlean): --aggregate-subnet-ids: not a flag qlean accepts (qlean-mini configurator.cpp @a819154)
          # a global flag after the subcommand
          REAM      | DEVNET4 | --ephemeral                  | ream_0      | standin ream_0 (ream): --ephemeral: not a flag ream accepts after 'lean_node' (ream lean_node @5f3051c); it belongs before the subcommand
          # a flag given twice, where the last does not win
          ETHLAMBDA | DEVNET4 | --api-port, '6000'           | ethlambda_0 | standin ethlambda_0 (ethlambda): --api-port: given twice; ethlambda's parser rejects a repeated flag
          # a port other than the one the ServiceSpec publishes
          GEAN      | DEVNET4 | --api-port, '6000'           | gean_0      | standin gean_0 (gean): --api-port 6000: validator-config.yaml gives gean_0 api port 5052 (the port its ServiceSpec publishes)
          # a path outside the mounts
          GEAN      | DEVNET4 | --data-dir, /var/lib/gean    | gean_0      | standin gean_0 (gean): --data-dir /var/lib/gean: no such directory in the container
          # a file where gean wants the bundle's directory
          GEAN      | DEVNET4 | --custom-network-config-dir, /config/config.yaml | gean_2 | standin gean_2 (gean): --custom-network-config-dir /config/config.yaml: not the genesis bundle in the container (no config.yaml in it)
          """)
  void aCommandItsClientWouldRefuseIsNamed(
      LeanClient client, DevnetProfile profile, String params, String node, String message)
      throws Exception {
    Devnet d = devnet(client, profile, ", cl_extra_params: [" + params + "]");
    assertThatThrownBy(() -> d.check(node))
        .isInstanceOf(StandinViolation.class)
        .hasMessage(message);
  }

  @Test
  void aMissingBundleFileIsNamed() throws Exception {
    Devnet d = devnet(LeanClient.ETHLAMBDA, DevnetProfile.DEVNET4, "");
    Files.delete(BundleLayout.at(d.bundle()).nodesYaml());
    assertThatThrownBy(() -> d.check("ethlambda_1"))
        .hasMessage(
            "standin ethlambda_1 (ethlambda): --bootnodes /config/nodes.yaml: no such file in the"
                + " container");
  }

  @Test
  void theBinaryPathNamesTheClient() {
    for (DevnetProfile p : DevnetProfile.values()) {
      for (LeanClient c : Standin.clients()) {
        assertThat(Standin.byBinary(ClientFlags.of(c, p).binary(), p))
            .get()
            .extracting(ClientFlags::client)
            .isEqualTo(c);
      }
    }
  }
}
