package io.leandevnet.devnet.clients;

import io.leandevnet.devnet.clients.lean.LeanLaunchers;
import io.leandevnet.devnet.config.ArgsFile;
import io.leandevnet.devnet.plan.Addresses;
import io.leandevnet.devnet.plan.DevnetPlan;
import io.leandevnet.devnet.plan.LeanNode;

/**
 * A plan from args-file text, placed in the Docker layout (10.77.0.0/16, amd64), and the spec of
 * any of its Lean nodes: the launcher tests' devnet.
 */
public record LaunchFixture(DevnetPlan plan, LaunchContext context) {

  public static final long GENESIS_TIME = 1_767_225_600L;

  public static LaunchFixture of(String yaml) {
    ArgsFile.Result result = ArgsFile.parse(yaml);
    if (!(result instanceof ArgsFile.Valid valid)) {
      throw new IllegalArgumentException("invalid args: " + result.problems());
    }
    DevnetPlan plan = DevnetPlan.of(valid.spec());
    return new LaunchFixture(
        plan,
        new LaunchContext(
            "test",
            plan,
            Addresses.docker(plan, "10.77.0.0/16"),
            new LaunchContext.Container(),
            GENESIS_TIME,
            HostArch.AMD64));
  }

  public LeanNode node(String name) {
    return plan.leanNode(name).orElseThrow();
  }

  /** The spec of Lean node {@code name}. */
  public ServiceSpec spec(String name) {
    return LeanLaunchers.spec(node(name), context);
  }
}
