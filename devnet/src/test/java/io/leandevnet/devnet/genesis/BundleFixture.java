package io.leandevnet.devnet.genesis;

import io.leandevnet.devnet.plan.Addresses;
import io.leandevnet.devnet.plan.DevnetPlan;
import java.io.IOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Optional;

/**
 * A genesis bundle for tests outside this package, written as {@code up} writes one (genesis state
 * included) but from fake hash-sig keys, so it takes milliseconds.
 */
public final class BundleFixture {

  private BundleFixture() {}

  /** Writes the bundle of {@code plan} placed at {@code addresses} into {@code dir}. */
  public static GenesisBundle write(
      DevnetPlan plan, Addresses addresses, String backend, long genesisTime, Path dir)
      throws IOException {
    Path keys =
        FakeHashSigKeys.write(
            dir.resolveSibling(dir.getFileName() + "-keys"),
            plan.validatorCount(),
            plan.network().logNumActiveEpochs());
    SecureRandom random = new SecureRandom();
    ValidatorConfig config = PlanGenesis.validatorConfig(plan, addresses, backend, dir, random);
    return new GenesisBundleWriter(
            new PregeneratedKeys(keys),
            Optional.of(new ConsensusGenesisState()),
            random,
            Clock.systemUTC())
        .write(
            new GenesisBundleWriter.Request(
                config, ValidatorConfigYaml.write(config), genesisTime, false, false),
            dir);
  }
}
