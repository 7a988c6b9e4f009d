package io.leandevnet.devnet.standin;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.dockerjava.api.DockerClient;
import io.leandevnet.devnet.backend.Readiness;
import io.leandevnet.devnet.backend.docker.DockerBackend;
import io.leandevnet.devnet.backend.docker.DockerCliHome;
import io.leandevnet.devnet.backend.docker.DockerEngine;
import io.leandevnet.devnet.backend.docker.DockerOptions;
import io.leandevnet.devnet.backend.docker.PullPolicy;
import io.leandevnet.devnet.backend.docker.TestEngine;
import io.leandevnet.devnet.cli.CliRun;
import io.leandevnet.devnet.clients.LaunchContext;
import io.leandevnet.devnet.clients.Mount;
import io.leandevnet.devnet.clients.ServiceSpec;
import io.leandevnet.devnet.clients.Volume;
import io.leandevnet.devnet.config.ArgsFile;
import io.leandevnet.devnet.config.DevnetProfile;
import io.leandevnet.devnet.config.LeanClient;
import io.leandevnet.devnet.genesis.PregeneratedKeys;
import io.leandevnet.devnet.launch.Launch;
import io.leandevnet.devnet.launch.LauncherServices;
import io.leandevnet.devnet.metrics.MetricsOptions;
import io.leandevnet.devnet.plan.DevnetPlan;
import io.leandevnet.devnet.plan.LeanNode;
import io.leandevnet.devnet.plan.Service;
import io.leandevnet.devnet.registry.DevnetRecord;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seed's 14-node devnet4 network, and a devnet5 network of all ten clients, on the real Docker
 * engine through {@code up --backend docker} with stand-in images under the clients' real image
 * names: every launcher's container as it is, the stand-ins peering and finalizing as built-in
 * nodes. Small XMSS keys ({@code keys generate --xmss-scheme small}, then {@code up --keys-dir}: an
 * args file may not ask real clients for small keys) and a shorter genesis delay keep it within
 * CI's budget. A launcher that gives a client a flag it lacks, or a mount where its paths are not,
 * makes {@code up} fail naming the client and the flag or path, and leaves nothing behind.
 */
class StandinDevnetIT {

  private static final String D4 = "standins-d4";
  private static final String D5 = "standins-d5";
  private static final String BAD_FLAG = "standins-bad-flag";
  private static final String BAD_MOUNT = "standins-bad-mount";

  @TempDir static Path home;

  private static DockerEngine engine;
  private static DockerClient api;
  private static DockerCliHome cli;
  private static Path keys;

  @BeforeAll
  static void imagesAndKeys() throws Exception {
    engine = TestEngine.connect();
    api = engine.api();
    cli = new DockerCliHome(home, api);
    StandinImages.ensure(api, List.of(DevnetProfile.values()), System.out);
    keys = home.resolve("keys");
    CliRun gen =
        cli.run(
            "keys",
            "generate",
            "--xmss-scheme",
            "small",
            "--num-validators",
            "14",
            "--log-num-active-epochs",
            "8",
            "--output-dir",
            keys.toString());
    assertThat(gen.exit()).as(gen.out() + gen.err()).isZero();
  }

  @AfterAll
  static void cleanUp() throws Exception {
    if (api != null) {
      for (String d : List.of(D4, D5, BAD_FLAG, BAD_MOUNT)) {
        TestEngine.cleanUp(api, d);
      }
      engine.close();
    }
  }

  /** The seed's args file with a shorter genesis delay and keys for 256 slots. */
  private static Path seed(String name) throws Exception {
    String text = Files.readString(Path.of("..", "examples", "lean-devnet4.yaml"));
    assertThat(text).contains("genesis_delay: 180").contains("active_epoch: 18");
    return cli.argsFile(
        name,
        text.replace("genesis_delay: 180", "genesis_delay: 75")
            .replace("active_epoch: 18", "active_epoch: 8"));
  }

  private static CliRun up(String name, Path args) {
    return cli.run(
        TestEngine.up(name, args, "240s", "--keys-dir", keys.toString(), "--no-dashboard"));
  }

  @Test
  void theSeedsFourteenNodesFinalizeOnStandins() throws Exception {
    Path args = seed(D4);
    CliRun up = up(D4, args);
    assertThat(up.exit()).as(up.out() + up.err()).isZero();
    DevnetRecord record = cli.registry().find(D4).orElseThrow();
    assertThat(record.lean()).hasSize(14);
    for (DevnetRecord.LeanEndpoint l : record.lean()) {
      assertThat(up.out()).contains("ready " + l.service() + " (HTTP 200 on api /lean/v0/health)");
    }
    finalizesAndIsRemoved(D4, plan(args));
  }

  @Test
  void allTenClientsOnTheDevnet5ProfileFinalizeOnStandins() throws Exception {
    StringBuilder yaml = new StringBuilder("participants:\n");
    for (LeanClient c : Standin.clients()) {
      yaml.append("  - {el_type: none, cl_type: ")
          .append(c.key())
          .append(c == LeanClient.ETHLAMBDA ? ", is_aggregator: true" : "")
          .append("}\n");
    }
    yaml.append(
        """
        lean_network_params:
          genesis_delay: 60
          active_epoch: 8
          attestation_committee_count: 1
          devnet: devnet5
        additional_services: []
        """);
    Path args = cli.argsFile(D5, yaml.toString());
    CliRun up = up(D5, args);
    assertThat(up.exit()).as(up.out() + up.err()).isZero();
    for (LeanClient c : Standin.clients()) {
      assertThat(up.out()).contains("(" + StandinImages.image(c, DevnetProfile.DEVNET5) + ", ");
    }
    finalizesAndIsRemoved(D5, plan(args));
  }

  private static DevnetPlan plan(Path args) throws Exception {
    ArgsFile.Result r = ArgsFile.parse(Files.readString(args));
    assertThat(r).as("%s", r.problems()).isInstanceOf(ArgsFile.Valid.class);
    return DevnetPlan.of(((ArgsFile.Valid) r).spec());
  }

  private void finalizesAndIsRemoved(String name, DevnetPlan plan) throws Exception {
    int nodes = plan.leanNodes().size();
    CliRun verify =
        cli.run(
            "verify",
            name,
            "--finalized",
            "2",
            "--heads-agree",
            "--timeout",
            "360s",
            "--interval",
            "3s");
    assertThat(verify.exit()).as(verify.out() + verify.err()).isZero();

    CliRun status = cli.run("status", name);
    assertThat(status.exit()).as(status.err()).isZero();
    DevnetProfile profile = plan.network().devnet();
    for (LeanNode n : plan.leanNodes()) {
      assertThat(status.out())
          .containsPattern("(?m)^" + n.name() + "\\s+" + n.client().key() + "\\s+\\d+");
    }
    assertThat(status.out()).contains(nodes + "/" + nodes + " nodes up");

    for (LeanNode n : plan.leanNodes()) {
      CliRun logs = cli.run("logs", name, n.name());
      assertThat(logs.exit()).as(logs.err()).isZero();
      assertThat(logs.out()).as(n.name()).containsPattern(CheckedNode.linePattern(n, profile));
    }

    cli.assertDownLeavesNothing(name);
  }

  @Test
  void aFlagTheClientLacksFailsUpNamingClientAndFlagAndLeavesNothing() throws Exception {
    Path args =
        cli.argsFile(
            BAD_FLAG,
            """
            participants:
              - {el_type: none, cl_type: ethlambda, is_aggregator: true}
              - {el_type: none, cl_type: zeam, cl_extra_params: [--no-such-flag]}
            lean_network_params: {genesis_delay: 60, active_epoch: 8}
            additional_services: []
            """);
    CliRun up = up(BAD_FLAG, args);
    assertThat(up.exit()).as(up.out() + up.err()).isEqualTo(1);
    assertThat(up.err())
        .contains("1 of 2 services of " + BAD_FLAG + " did not become ready")
        .contains(
            "lean-zeam-0 (blockblaz/zeam:devnet4): it exited before it was ready, exit code 2")
        .containsPattern("\\| standin zeam_0 \\(zeam\\): --no-such-flag: not a flag zeam accepts");
    cli.assertNothingLeftOf(BAD_FLAG);
  }

  /**
   * Test-only fault injection on {@code up}'s own start path ({@link Launch}): the launcher's spec
   * of zeam_0 mounts the genesis bundle at {@code /genesis} while its flags name {@code /config}.
   */
  @Test
  void aMountWhereTheClientsPathsAreNotFailsUpNamingTheClientAndPath() throws Exception {
    DevnetPlan plan =
        plan(
            cli.argsFile(
                BAD_MOUNT,
                """
                participants:
                  - {el_type: none, cl_type: ethlambda, is_aggregator: true}
                  - {el_type: none, cl_type: zeam}
                lean_network_params: {genesis_delay: 60, active_epoch: 8}
                additional_services: []
                """));
    DockerBackend backend =
        new DockerBackend(
            new DockerOptions(
                PullPolicy.NEVER,
                DockerOptions.LOOPBACK,
                false,
                Optional.empty(),
                Duration.ofSeconds(120),
                Optional.empty(),
                Optional.empty(),
                Optional.empty()),
            new DockerBackend.SpecSource() {
              private final LauncherServices launchers =
                  new LauncherServices(MetricsOptions.DEFAULTS);

              @Override
              public ServiceSpec spec(Service service, LaunchContext context) {
                ServiceSpec s = launchers.spec(service, context);
                return service instanceof LeanNode n && n.name().equals("zeam_0")
                    ? genesisMountedAt("/genesis", s)
                    : s;
              }

              @Override
              public String image(Service service, DevnetPlan p) {
                return launchers.image(service, p);
              }

              @Override
              public Readiness readiness(Service service) {
                return launchers.readiness(service);
              }
            });
    ByteArrayOutputStream progress = new ByteArrayOutputStream();
    Launch.LaunchException failed = null;
    try {
      Launch.start(
              new Launch.Request(
                  BAD_MOUNT,
                  plan,
                  backend,
                  cli.registry(),
                  "standin-bad-mount.yaml",
                  new PregeneratedKeys(keys),
                  false,
                  -1,
                  new PrintStream(progress, true, StandardCharsets.UTF_8)))
          .close();
    } catch (Launch.LaunchException e) {
      failed = e;
    }
    assertThat(failed).as(progress.toString(StandardCharsets.UTF_8)).isNotNull();
    assertThat(failed.getMessage())
        .contains(
            "lean-zeam-0 (blockblaz/zeam:devnet4): it exited before it was ready, exit code 2")
        .containsPattern("\\| standin zeam_0 \\(zeam\\): [^\\n]*/config");
    cli.assertNothingLeftOf(BAD_MOUNT);
  }

  private static ServiceSpec genesisMountedAt(String target, ServiceSpec s) {
    List<Mount> mounts = new ArrayList<>();
    for (Mount m : s.mounts()) {
      mounts.add(m.source() == Volume.GENESIS ? new Mount(m.source(), target, m.readOnly()) : m);
    }
    return new ServiceSpec(
        s.name(),
        s.image(),
        s.entrypoint(),
        s.command(),
        s.env(),
        mounts,
        s.files(),
        s.ports(),
        s.security(),
        s.user(),
        s.resources(),
        s.labels());
  }
}
