package io.leandevnet.devnet.standin;

import static org.assertj.core.api.Assertions.assertThat;

import io.leandevnet.devnet.clients.HostArch;
import io.leandevnet.devnet.clients.LaunchContext;
import io.leandevnet.devnet.config.ArgsFile;
import io.leandevnet.devnet.genesis.BundleFixture;
import io.leandevnet.devnet.plan.Addresses;
import io.leandevnet.devnet.plan.DevnetPlan;
import java.io.IOException;
import java.nio.file.Path;

/**
 * A devnet planned from an args file's text, its genesis bundle written as {@code up} writes it for
 * Docker, and the launch context its containers get: what the stand-in tests run the launchers
 * against.
 *
 * @param bundle the genesis bundle ({@code /config} in a container)
 * @param data where each node's data directory goes ({@code /data})
 */
record PlannedDevnet(DevnetPlan plan, LaunchContext context, Path bundle, Path data) {

  static final long GENESIS_TIME = 1_767_225_600L;

  /** Plans {@code yaml} and writes its bundle under {@code dir}, for images of {@code arch}. */
  static PlannedDevnet write(String yaml, Path dir, HostArch arch) throws IOException {
    ArgsFile.Result r = ArgsFile.parse(yaml);
    assertThat(r).as("%s", r.problems()).isInstanceOf(ArgsFile.Valid.class);
    DevnetPlan plan = DevnetPlan.of(((ArgsFile.Valid) r).spec());
    Addresses addresses = Addresses.docker(plan, "10.77.0.0/16");
    Path bundle = dir.resolve("genesis");
    BundleFixture.write(plan, addresses, "docker", GENESIS_TIME, bundle);
    LaunchContext context =
        new LaunchContext(
            "standin", plan, addresses, new LaunchContext.Container(), GENESIS_TIME, arch);
    return new PlannedDevnet(plan, context, bundle, dir.resolve("data"));
  }
}
