package io.leandevnet.devnet.clients.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.leandevnet.devnet.clients.LaunchContext;
import io.leandevnet.devnet.clients.LaunchFixture;
import io.leandevnet.devnet.clients.Mount;
import io.leandevnet.devnet.clients.ServicePort;
import io.leandevnet.devnet.clients.ServiceSpec;
import io.leandevnet.devnet.clients.Volume;
import io.leandevnet.devnet.clients.lean.LeanLaunchers;
import io.leandevnet.devnet.config.ElClient;
import io.leandevnet.devnet.config.Problem;
import io.leandevnet.devnet.genesis.execution.DevnetExecutionGenesis;
import io.leandevnet.devnet.plan.DevnetPlan;
import io.leandevnet.devnet.plan.ElNode;
import io.leandevnet.devnet.plan.LeanNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every execution client's container, golden-tested against {@code el-command-lines.txt} (the
 * command lines of research/ecosystem.md A2 with lean-devnet's paths), and the three Engine API
 * flags its ethlambda gets.
 */
class ElLauncherGoldenTest {

  /** One ethlambda + EL pair per execution client, in {@link ElClient} order, on Docker. */
  static LaunchContext sevenPairs() {
    StringBuilder yaml = new StringBuilder("participants:\n");
    for (ElClient el : ElClient.values()) {
      yaml.append("  - {cl_type: ethlambda, cl_image: ethlambda:engine-api, el_type: ")
          .append(el.key())
          .append(el == ElClient.GETH ? ", is_aggregator: true}\n" : "}\n");
    }
    return LaunchFixture.of(yaml.toString()).context();
  }

  static String render(ServiceSpec spec) {
    StringBuilder out = new StringBuilder("## ").append(spec.name()).append('\n');
    out.append("image ").append(spec.image()).append('\n');
    if (!spec.entrypoint().isEmpty()) {
      out.append("entrypoint ").append(String.join(" ", spec.entrypoint())).append('\n');
    }
    spec.user().ifPresent(u -> out.append("user ").append(u).append('\n'));
    for (String arg : spec.command()) {
      out.append("  ").append(arg).append('\n');
    }
    return out.toString();
  }

  @Test
  void everyExecutionClientsCommandLine() throws IOException {
    LaunchContext context = sevenPairs();
    StringBuilder actual = new StringBuilder();
    for (ElNode el : context.plan().elNodes()) {
      actual.append(render(ElLaunchers.spec(el, context)));
    }
    assertThat(actual.toString()).isEqualTo(golden("el-command-lines.txt"));
  }

  /**
   * The images whose Dockerfile ends in a user of their own (uid 1000) run as root, so that they
   * can read the 0600 jwtsecret; the others keep their image's user (root already).
   */
  @Test
  void nonRootImagesRunAsRootToReadTheJwtSecret() {
    LaunchContext context = sevenPairs();
    List<String> asRoot = new ArrayList<>();
    for (ElNode el : context.plan().elNodes()) {
      ServiceSpec spec = ElLaunchers.spec(el, context);
      spec.user().ifPresent(u -> asRoot.add(el.client().key() + " " + u));
    }
    assertThat(asRoot).containsExactly("erigon 0:0", "besu 0:0", "nimbus 0:0");
  }

  @Test
  void everyExecutionClientGetsTheBundleJwtDataPortsAndLabels() {
    LaunchContext context = sevenPairs();
    for (ElNode el : context.plan().elNodes()) {
      ServiceSpec spec = ElLaunchers.spec(el, context);
      assertThat(spec.mounts())
          .containsExactly(
              new Mount(Volume.GENESIS, "/config", true), new Mount(Volume.DATA, "/data", false));
      String line = String.join(" ", spec.argv());
      assertThat(line)
          .as(el.serviceName())
          .contains("/config/execution/genesis.json")
          .contains("/config/jwtsecret")
          .contains("8551");
      assertThat(spec.ports())
          .extracting(ServicePort::name, ServicePort::number)
          .containsExactly(
              tuple("rpc", 8545),
              tuple("ws", 8546),
              tuple("engine", 8551),
              tuple("p2p", 30303),
              tuple("discovery", 30303),
              tuple("metrics", 9001));
      assertThat(spec.labels())
          .containsEntry(ServiceSpec.LABEL_ROLE, "execution")
          .containsEntry(ServiceSpec.LABEL_CLIENT, el.client().key())
          .containsEntry(ServiceSpec.LABEL_NODE, el.serviceName());
    }
  }

  @Test
  void eachEthlambdaIsToldItsOwnEnginePortTheSecretAndTheGenesisHash() {
    LaunchContext context = sevenPairs();
    String hash = DevnetExecutionGenesis.blockHash(LaunchFixture.GENESIS_TIME).toHex();
    List<String> endpoints = new ArrayList<>();
    for (LeanNode node : context.plan().leanNodes()) {
      ElNode el = context.plan().elOf(node).orElseThrow();
      String ip = context.at(el).ip();
      List<String> argv = LeanLaunchers.spec(node, context).command();
      int at = argv.indexOf("--execution-endpoint");
      assertThat(argv.subList(at, at + 6))
          .containsExactly(
              "--execution-endpoint",
              "http://" + ip + ":8551",
              "--execution-jwt-secret",
              "/config/jwtsecret",
              "--execution-genesis-block-hash",
              hash);
      endpoints.add(argv.get(at + 1));
    }
    assertThat(endpoints).doesNotHaveDuplicates().hasSize(7);
  }

  @Test
  void extraParamsComeLastAndTheLogLevelInEachClientsSpelling() {
    String yaml =
        "participants:\n"
            + "  - {cl_type: ethlambda, el_type: reth, el_log_level: debug,"
            + " el_extra_params: [--engine.persistence-threshold=0], is_aggregator: true}\n"
            + "  - {cl_type: ethlambda, el_type: erigon, el_log_level: warn,"
            + " el_extra_params: [--maxpeers=0]}\n";
    LaunchFixture fixture = LaunchFixture.of(yaml);
    DevnetPlan plan = fixture.plan();
    LaunchContext context = fixture.context();
    List<String> reth = ElLaunchers.spec(plan.elNodes().get(0), context).command();
    assertThat(reth.subList(reth.size() - 2, reth.size()))
        .containsExactly("-vvvv", "--engine.persistence-threshold=0");
    ServiceSpec erigon = ElLaunchers.spec(plan.elNodes().get(1), context);
    assertThat(erigon.entrypoint()).containsExactly("sh", "-c");
    assertThat(erigon.command().getFirst())
        .startsWith("erigon init --datadir=/data /config/execution/genesis.json && exec erigon ")
        .contains("'--http.vhosts=*'")
        .endsWith("--log.console.verbosity=2 --maxpeers=0");
  }

  @Test
  void aPairedEthlambdaOnAPublishedDevnetTagIsWarnedAbout() {
    String yaml =
        "participants:\n"
            + "  - {cl_type: ethlambda, el_type: ethrex, is_aggregator: true}\n"
            + "  - {cl_type: ethlambda, cl_image: 'ghcr.io/lambdaclass/ethlambda:devnet5',"
            + " el_type: geth}\n"
            + "  - {cl_type: ethlambda, cl_image: 'ghcr.io/lambdaclass/ethlambda:engine-api-integration',"
            + " el_type: reth}\n"
            + "  - {cl_type: ethlambda}\n";
    DevnetPlan plan = LaunchFixture.of(yaml).plan();
    assertThat(
            plan.leanNodes().stream()
                .flatMap(n -> LeanLaunchers.of(n.client()).check(n, plan).stream())
                .map(Problem::toString))
        .containsExactly(
            "participants[0].el_type: ghcr.io/lambdaclass/ethlambda:devnet4 has no Engine API flags"
                + " on its node command (--execution-endpoint, --execution-jwt-secret,"
                + " --execution-genesis-block-hash), so it cannot drive el-1-ethrex-ethlambda; set"
                + " cl_image to a build of lambdaclass/ethlambda#367 (engine-api-integration)",
            "participants[1].cl_image: ghcr.io/lambdaclass/ethlambda:devnet5 has no Engine API"
                + " flags on its node command (--execution-endpoint, --execution-jwt-secret,"
                + " --execution-genesis-block-hash), so it cannot drive el-2-geth-ethlambda; set"
                + " cl_image to a build of lambdaclass/ethlambda#367 (engine-api-integration)");
  }

  private static String golden(String name) throws IOException {
    try (InputStream in = ElLauncherGoldenTest.class.getResourceAsStream(name)) {
      return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
