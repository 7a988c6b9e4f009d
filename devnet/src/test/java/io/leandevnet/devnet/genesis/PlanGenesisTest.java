package io.leandevnet.devnet.genesis;

import static org.assertj.core.api.Assertions.assertThat;

import io.leandevnet.consensus.genesis.BundleLayout;
import io.leandevnet.crypto.libp2p.PeerId;
import io.leandevnet.devnet.config.ArgsFile;
import io.leandevnet.devnet.plan.Addresses;
import io.leandevnet.devnet.plan.DevnetPlan;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanGenesisTest {

  @TempDir Path tmp;

  private static DevnetPlan example(String name) {
    ArgsFile.Result r = ArgsFile.read(Path.of("..", "examples", name));
    assertThat(r).as("%s", r.problems()).isInstanceOf(ArgsFile.Valid.class);
    return DevnetPlan.of(((ArgsFile.Valid) r).spec());
  }

  @Test
  void dockerLayoutGivesEachNodeItsIpAndTheSharedPorts() {
    DevnetPlan plan = example("lean-devnet4.yaml");
    ValidatorConfig c =
        PlanGenesis.validatorConfig(
            plan, Addresses.docker(plan, "10.77.0.0/16"), "docker", tmp, new SecureRandom());
    assertThat(c.validators()).hasSize(14);
    ValidatorEntry first = c.validators().get(0);
    assertThat(first.name()).isEqualTo("ethlambda_0");
    assertThat(first.enrFields().ip()).isEqualTo("10.77.0.2");
    assertThat(first.enrFields().quic()).isEqualTo(9000);
    assertThat(first.apiPort()).isEqualTo(5052);
    assertThat(first.metricsPort()).isEqualTo(5054);
    assertThat(first.isAggregator()).isTrue();
    assertThat(c.config().logNumActiveEpochs()).isEqualTo(plan.network().logNumActiveEpochs());
    assertThat(c.validatorCount()).isEqualTo(plan.validatorCount());
  }

  @Test
  void localLayoutWritesABundleAndKeepsNodeKeysAcrossRuns() throws IOException {
    DevnetPlan plan = example("quickstart.yaml");
    Path bundle = tmp.resolve("genesis");
    Path keys =
        FakeHashSigKeys.write(
            tmp.resolve("keys"), plan.validatorCount(), plan.network().logNumActiveEpochs());
    ValidatorConfig c =
        PlanGenesis.validatorConfig(
            plan, Addresses.local(plan), "local", bundle, new SecureRandom());
    assertThat(c.validators())
        .extracting(v -> v.enrFields().quic())
        .containsExactly(9001, 9002, 9003, 9004);
    GenesisBundle b =
        new GenesisBundleWriter(
                new PregeneratedKeys(keys), Optional.empty(), new SecureRandom(), Clock.systemUTC())
            .write(
                new GenesisBundleWriter.Request(
                    c,
                    ValidatorConfigYaml.write(c),
                    PlanGenesis.genesisTime(plan.network(), Instant.ofEpochSecond(1_000)),
                    false,
                    false),
                bundle);
    assertThat(b.genesisTime()).isEqualTo(1_000 + plan.network().genesisDelay());
    assertThat(Files.readString(BundleLayout.at(bundle).validatorsYaml()))
        .isEqualTo(
            "builtin_0:\n    - 0\nbuiltin_1:\n    - 1\nbuiltin_2:\n    - 2\nbuiltin_3:\n    - 3\n");

    ValidatorConfig again =
        PlanGenesis.validatorConfig(
            plan, Addresses.local(plan), "local", bundle, new SecureRandom());
    assertThat(again).isEqualTo(c);
    assertThat(PeerId.of(again.validators().get(0).nodeKey().publicKey()).toString())
        .isEqualTo(b.nodes().get(0).peerId());
  }
}
