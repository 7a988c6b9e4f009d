package io.leandevnet.devnet.cli;

import io.leandevnet.devnet.launch.Backends;
import io.leandevnet.devnet.registry.DevnetRecord;
import io.leandevnet.devnet.registry.DevnetRegistry;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(
    name = "ls",
    mixinStandardHelpOptions = true,
    description = {
      "Lists the devnets lean-devnet has started and whether they still run.",
      "",
      "Example:  lean-devnet ls"
    })
final class LsCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  private final DevnetRegistry registry;

  LsCommand(DevnetRegistry registry) {
    this.registry = registry;
  }

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    List<DevnetRecord> all = registry.list();
    if (all.isEmpty()) {
      out.println(
          "no devnets in " + registry.home() + " (start one with `lean-devnet up -f ARGS`)");
      return 0;
    }
    TextTable t = TextTable.of("NAME", "BACKEND", "NODES", "EL", "STATE", "CREATED", "ARGS FILE");
    for (DevnetRecord r : all) {
      t.row(
          r.name(),
          r.backend(),
          r.lean().size(),
          r.el().size(),
          Backends.stateOf(r).label(),
          r.createdAt().truncatedTo(ChronoUnit.SECONDS),
          r.argsFile());
    }
    out.print(t.render());
    return 0;
  }
}
