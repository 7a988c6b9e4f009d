package io.leandevnet.devnet.backend.docker;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.InspectContainerResponse;
import io.leandevnet.consensus.genesis.BundleLayout;
import io.leandevnet.devnet.cli.CliRun;
import io.leandevnet.devnet.cli.LeanDevnet;
import io.leandevnet.devnet.registry.DevnetRegistry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ethlambda ⇄ ethrex pairs on the real Docker engine, with stand-ins for both clients (no registry
 * is reachable here): the real launchers' containers, the execution clients started and ready
 * first, each ethlambda reaching its own client at that client's fixed IP with the bundle's JWT,
 * {@code up}'s block-0 cross-check passing (and stopping {@code up} on a client booted from another
 * genesis), a command line ethrex would refuse stopping {@code up} with the client's own words, and
 * {@code down} leaving nothing.
 */
class ElPairDockerIT {

  @TempDir static Path home;

  private static DockerEngine engine;
  private static DockerClient api;
  private static final List<String> DEVNETS = List.of("el-it-pair", "el-it-wrong", "el-it-flag");

  @BeforeAll
  static void images() throws Exception {
    engine = TestEngine.withNodeImage();
    api = engine.api();
    ElStandinImages.build(api, TestEngine.quiet());
  }

  @AfterAll
  static void cleanUp() throws Exception {
    if (api != null) {
      TestEngine.cleanUp(api, DEVNETS);
      ElStandinImages.remove(api);
      engine.close();
    }
  }

  private static CliRun run(String... args) {
    return CliRun.of(LeanDevnet.commandLine(new DevnetRegistry(home)), args);
  }

  /** {@code count} ethrex + ethlambda pairs of stand-ins, the first aggregating. */
  private static Path pairs(String name, int count, String elExtra) throws Exception {
    StringBuilder yaml = new StringBuilder("participants:\n");
    for (int i = 0; i < count; i++) {
      yaml.append(
          """
            - el_type: ethrex
              el_image: %s
              cl_type: ethlambda
              cl_image: %s
              validator_count: 1
              is_aggregator: %s
          %s"""
              .formatted(
                  ElStandinImages.ETHREX, ElStandinImages.ETHLAMBDA, i == 0, elExtra.indent(4)));
    }
    yaml.append(
        """
        lean_network_params:
          genesis_delay: 30
          active_epoch: 6
        additional_services: []
        """);
    Path f = home.resolve(name + ".yaml");
    Files.writeString(f, yaml.toString());
    return f;
  }

  private static CliRun up(String name, Path args) {
    return run(TestEngine.up(name, args, "150s"));
  }

  @Test
  void twoPairsComeUpEachLambdaOnItsOwnClientAndDownLeavesNothing() throws Exception {
    CliRun up = up("el-it-pair", pairs("el-it-pair", 2, ""));
    assertThat(up.exit()).as(up.out() + up.err()).isZero();
    Path genesis = home.resolve("el-it-pair").resolve("genesis");
    String hash =
        Files.readString(genesis.resolve("execution/genesis-hash.txt"), StandardCharsets.UTF_8)
            .strip();
    assertThat(up.out())
        .contains("ready el-1-ethrex-ethlambda (port rpc open)")
        .contains("ready el-2-ethrex-ethlambda (port rpc open)")
        .contains("execution: el-1-ethrex-ethlambda ready, block 0 " + hash)
        .contains("execution: el-2-ethrex-ethlambda ready, block 0 " + hash)
        .contains("execution: el-1-ethrex-ethlambda peered with 1 other (admin_addPeer)")
        .contains("execution: el-2-ethrex-ethlambda peered with 1 other (admin_addPeer)");
    // the execution clients were ready before any Lean node started
    assertThat(up.out().indexOf("ready el-2-ethrex-ethlambda"))
        .isLessThan(up.out().indexOf("started lean-ethlambda-0"));
    assertThat(up.out().indexOf("ready el-1-ethrex-ethlambda"))
        .isLessThan(up.out().indexOf("started lean-ethlambda-0"));

    List<String> elIps = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      elIps.add(
          api.inspectContainerCmd("el-it-pair_el-" + (i + 1) + "-ethrex-ethlambda")
              .exec()
              .getNetworkSettings()
              .getNetworks()
              .get("lean-devnet-el-it-pair")
              .getIpAddress());
    }
    for (int i = 0; i < 2; i++) {
      InspectContainerResponse el =
          api.inspectContainerCmd("el-it-pair_el-" + (i + 1) + "-ethrex-ethlambda").exec();
      InspectContainerResponse cl =
          api.inspectContainerCmd("el-it-pair_lean-ethlambda-" + i).exec();
      String elIp =
          el.getNetworkSettings().getNetworks().get("lean-devnet-el-it-pair").getIpAddress();
      assertThat(List.of(cl.getArgs()))
          .containsSubsequence("--execution-endpoint", "http://" + elIp + ":8551")
          .containsSubsequence("--execution-jwt-secret", "/config/jwtsecret")
          .containsSubsequence("--execution-genesis-block-hash", hash);
      assertThat(List.of(el.getArgs()))
          .contains(
              "--authrpc.jwtsecret=/config/jwtsecret", "--network=/config/execution/genesis.json");
      assertThat(String.join("\n", ContainerLogs.lastLines(api, cl.getId(), 20)))
          .contains(
              "ethlambda stand-in: http://" + elIp + ":8551 answered engine_exchangeCapabilities")
          .contains("genesis block hash " + hash);
      assertThat(String.join("\n", ContainerLogs.lastLines(api, el.getId(), 20)))
          .contains("ethrex stand-in: chain 3151908, block 0 " + hash + ", rpc")
          .contains("(JWT /config/jwtsecret)")
          // peered at the other client's devnet IP, not the 127.0.0.1 of its own enode
          .contains("added peer " + elIps.get(1 - i) + ":30303, connected");
    }
    // the secret is mounted from the bundle, not loosened on the host
    assertThat(Files.getPosixFilePermissions(BundleLayout.at(genesis).jwtSecret()))
        .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);

    CliRun inspect = run("inspect", "el-it-pair");
    assertThat(inspect.exit()).as(inspect.err()).isZero();
    assertThat(inspect.out()).contains("el-1-ethrex-ethlambda").contains("ethlambda_0");

    // the observer reads each client's latest block through its published rpc port
    CliRun status = run("status", "el-it-pair");
    assertThat(status.out())
        .as(status.out() + status.err())
        .contains("EL SERVICE")
        .containsPattern("el-1-ethrex-ethlambda +ethlambda_0 +0 ")
        .containsPattern("el-2-ethrex-ethlambda +ethlambda_1 +0 ");

    CliRun down = run("down", "el-it-pair");
    assertThat(down.exit()).as(down.err()).isZero();
    assertThat(TestEngine.labeled(api, "el-it-pair")).isEmpty();
  }

  @Test
  void aClientOnAnotherGenesisStopsUpNamingItAndBothHashes() throws Exception {
    String wrong = "0x" + "11".repeat(32);
    CliRun up =
        up(
            "el-it-wrong",
            pairs(
                "el-it-wrong", 1, "el_extra_env_vars:\n  STANDIN_BLOCK0_HASH: \"" + wrong + "\""));
    assertThat(up.exit()).as(up.out() + up.err()).isNotZero();
    String hash =
        Files.readString(
                home.resolve("el-it-wrong").resolve("genesis/execution/genesis-hash.txt"),
                StandardCharsets.UTF_8)
            .strip();
    assertThat(up.out() + up.err())
        .contains(
            "el-1-ethrex-ethlambda: block 0 is "
                + wrong
                + " but the devnet's execution genesis (genesis/execution/genesis.json) is "
                + hash);
    assertThat(TestEngine.labeled(api, "el-it-wrong")).isEmpty();
    assertThat(new DevnetRegistry(home).find("el-it-wrong")).isEmpty();
  }

  @Test
  void aFlagEthrexRefusesStopsUpWithItsLog() throws Exception {
    CliRun up = up("el-it-flag", pairs("el-it-flag", 1, "el_extra_params: [\"--no-such-flag=1\"]"));
    assertThat(up.exit()).as(up.out() + up.err()).isNotZero();
    assertThat(up.out() + up.err())
        .contains(
            "el-1-ethrex-ethlambda ("
                + ElStandinImages.ETHREX
                + "): it exited before it was ready, exit code 2")
        .contains("| ethrex does not accept --no-such-flag");
    assertThat(up.out()).doesNotContain("started lean-ethlambda-0");
    assertThat(TestEngine.labeled(api, "el-it-flag")).isEmpty();
  }
}
