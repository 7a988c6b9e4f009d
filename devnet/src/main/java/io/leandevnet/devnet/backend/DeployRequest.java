package io.leandevnet.devnet.backend;

import io.leandevnet.devnet.genesis.GenesisBundle;
import io.leandevnet.devnet.plan.Addresses;
import io.leandevnet.devnet.plan.DevnetPlan;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Objects;

/**
 * What {@link Backend#deploy} starts: devnet {@code name}'s {@code plan} at {@code addresses} (as
 * {@link Backend#addresses} gave them) on the written {@code bundle}.
 *
 * @param devnetDir the devnet's directory on the host: node data and logs go below it
 * @param progress where the backend reports what it does, one line per step
 */
public record DeployRequest(
    String name,
    DevnetPlan plan,
    Addresses addresses,
    GenesisBundle bundle,
    Path devnetDir,
    PrintStream progress) {
  public DeployRequest {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(addresses, "addresses");
    Objects.requireNonNull(bundle, "bundle");
    Objects.requireNonNull(devnetDir, "devnetDir");
    Objects.requireNonNull(progress, "progress");
  }
}
