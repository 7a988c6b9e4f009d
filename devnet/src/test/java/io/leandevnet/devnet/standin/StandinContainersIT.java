package io.leandevnet.devnet.standin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.CreateContainerCmd;
import com.github.dockerjava.api.model.Bind;
import com.github.dockerjava.api.model.HostConfig;
import io.leandevnet.devnet.backend.docker.DockerEngine;
import io.leandevnet.devnet.backend.docker.TestEngine;
import io.leandevnet.devnet.clients.GeneratedFile;
import io.leandevnet.devnet.clients.HostArch;
import io.leandevnet.devnet.clients.LaunchContext;
import io.leandevnet.devnet.clients.Mount;
import io.leandevnet.devnet.clients.ServiceSpec;
import io.leandevnet.devnet.clients.lean.LeanLaunchers;
import io.leandevnet.devnet.config.DevnetProfile;
import io.leandevnet.devnet.config.LeanClient;
import io.leandevnet.devnet.plan.LeanNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every launcher's container, in both profiles, on the real engine with its stand-in image under
 * the client's real image name: the image's entrypoint at the real binary's path gets the
 * launcher's command line, checks it inside the container (the mounts, the paths in them) and
 * prints its check line ({@value Standin#CHECK_ONLY_ENV}: then exits instead of running a node). A
 * container whose command line carries a flag its client does not have exits 2 naming it.
 */
class StandinContainersIT {

  private static final String LABEL = "io.lean-devnet.test";
  private static final String LABEL_VALUE = "standins-containers";

  @TempDir static Path tmp;

  private static DockerEngine engine;
  private static DockerClient api;

  @BeforeAll
  static void images() throws Exception {
    engine = TestEngine.connect();
    api = engine.api();
    StandinImages.ensure(api, List.of(DevnetProfile.values()), System.out);
  }

  @AfterAll
  static void cleanUp() {
    if (api != null) {
      removeContainers();
      engine.close();
    }
  }

  /** One node of every client (the first an aggregator) on two subnets, in {@code profile}. */
  private static PlannedDevnet devnet(DevnetProfile profile, String zeamExtra) throws Exception {
    StringBuilder yaml = new StringBuilder("participants:\n");
    boolean first = true;
    for (LeanClient c : Standin.clients()) {
      yaml.append("  - {cl_type: ").append(c.key());
      if (first) {
        yaml.append(", is_aggregator: true");
        first = false;
      }
      if (c == LeanClient.ZEAM) {
        yaml.append(zeamExtra);
      }
      yaml.append("}\n");
    }
    yaml.append("lean_network_params: {attestation_committee_count: 2, devnet: ")
        .append(profile.key())
        .append("}\n");
    return PlannedDevnet.write(
        yaml.toString(), Files.createTempDirectory(tmp, profile.key()), HostArch.current());
  }

  /** Runs the containers of the nodes {@code which} picks at once; their exit codes and logs. */
  private static Map<String, Ran> run(PlannedDevnet d, Predicate<LeanNode> which) throws Exception {
    Map<String, String> ids = new LinkedHashMap<>();
    for (LeanNode node : d.plan().leanNodes().stream().filter(which).toList()) {
      ServiceSpec spec = LeanLaunchers.spec(node, d.context());
      assertThat(spec.image())
          .isEqualTo(StandinImages.image(node.client(), d.plan().network().devnet()));
      Path data = Files.createDirectories(d.data().resolve(node.name()));
      List<Bind> binds = new ArrayList<>();
      for (Mount m : spec.mounts()) {
        Path host =
            switch (m.source()) {
              case GENESIS -> d.bundle();
              case DATA -> data;
              case CONFIG -> Files.createDirectories(d.data().resolve(node.name() + "-config"));
            };
        binds.add(Bind.parse(host + ":" + m.target() + ":" + (m.readOnly() ? "ro" : "rw")));
      }
      for (GeneratedFile f : spec.files()) {
        assertThat(f.path()).startsWith(LaunchContext.Container.DATA_DIR + "/");
        Path target =
            data.resolve(f.path().substring(LaunchContext.Container.DATA_DIR.length() + 1));
        Files.createDirectories(target.getParent());
        Files.writeString(target, f.content());
      }
      List<String> env = new ArrayList<>(List.of(Standin.CHECK_ONLY_ENV + "=true"));
      spec.env().forEach((k, v) -> env.add(k + "=" + v));
      CreateContainerCmd cmd =
          api.createContainerCmd(spec.image())
              .withName(
                  "standins-containers-"
                      + d.plan().network().devnet().key()
                      + "-"
                      + node.name().replace('_', '-'))
              .withLabels(Map.of(LABEL, LABEL_VALUE))
              .withEnv(env)
              .withCmd(spec.command())
              .withHostConfig(
                  HostConfig.newHostConfig()
                      .withBinds(binds)
                      .withSecurityOpts(
                          spec.security().stream().map(s -> s.dockerValue()).toList()));
      if (!spec.entrypoint().isEmpty()) {
        cmd = cmd.withEntrypoint(spec.entrypoint());
      }
      String id = cmd.exec().getId();
      api.startContainerCmd(id).exec();
      ids.put(node.name(), id);
    }
    Map<String, Ran> ran = new ConcurrentHashMap<>();
    await()
        .atMost(Duration.ofMinutes(5))
        .pollInterval(Duration.ofSeconds(1))
        .until(
            () -> {
              for (Map.Entry<String, String> e : ids.entrySet()) {
                if (ran.containsKey(e.getKey())) {
                  continue;
                }
                var state = api.inspectContainerCmd(e.getValue()).exec().getState();
                if (!Boolean.TRUE.equals(state.getRunning())) {
                  ran.put(e.getKey(), new Ran(state.getExitCodeLong(), log(e.getValue())));
                }
              }
              return ran.size() == ids.size();
            });
    removeContainers();
    return ran;
  }

  private record Ran(Long exit, String log) {}

  @Test
  void everyLauncherInBothProfilesPassesItsClientsCheckInsideItsContainer() throws Exception {
    for (DevnetProfile profile : DevnetProfile.values()) {
      PlannedDevnet d = devnet(profile, "");
      Map<String, Ran> ran = run(d, n -> true);
      assertThat(ran).hasSize(Standin.clients().size());
      for (LeanNode node : d.plan().leanNodes()) {
        Ran r = ran.get(node.name());
        assertThat(r.exit()).as("%s %s: %s", profile.key(), node.name(), r.log()).isZero();
        assertThat(r.log())
            .as(node.name())
            .containsPattern(
                CheckedNode.linePattern(node, profile)
                    + "ports .* as validator-config.yaml gives them");
      }
    }
  }

  @Test
  void aFlagTheClientDoesNotHaveExitsTwoNamingIt() throws Exception {
    PlannedDevnet d = devnet(DevnetProfile.DEVNET4, ", cl_extra_params: [--no-such-flag]");
    Ran zeam = run(d, n -> n.client() == LeanClient.ZEAM).get("zeam_0");
    assertThat(zeam.exit()).isEqualTo(2);
    assertThat(zeam.log())
        .containsPattern("(?m)^standin zeam_0 \\(zeam\\): --no-such-flag: not a flag zeam accepts")
        .doesNotContain("flags ok");
  }

  private static String log(String id) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
    TestEngine.printLog(api, id, print);
    return out.toString(StandardCharsets.UTF_8);
  }

  private static void removeContainers() {
    api.listContainersCmd()
        .withShowAll(true)
        .withLabelFilter(Map.of(LABEL, LABEL_VALUE))
        .exec()
        .forEach(c -> api.removeContainerCmd(c.getId()).withForce(true).exec());
  }
}
