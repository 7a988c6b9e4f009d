package io.leandevnet.devnet.cli;

import io.leandevnet.devnet.backend.Backend;
import io.leandevnet.devnet.backend.BackendKind;
import io.leandevnet.devnet.backend.Backends;
import io.leandevnet.devnet.files.DirectoryTree;
import io.leandevnet.devnet.registry.DevnetRegistry;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(
    name = "gc",
    mixinStandardHelpOptions = true,
    description = {
      "Removes what devnets left behind without a record that runs them.",
      "",
      "On the Docker engine: every container, network and volume labeled with a devnet that has",
      "no record (an `up` that was killed, a deleted record), unless its `up` is still starting",
      "it. In ~/.lean-devnet: devnet directories with no record (an embedded `up` killed before",
      "it recorded the devnet) and the hidden .partial directories of an interrupted genesis.",
      "Recorded devnets are left to `down`. Lists what it removes; a second run removes nothing.",
      "",
      "Example:  lean-devnet gc"
    })
final class GcCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  private final DevnetRegistry registry;

  GcCommand(DevnetRegistry registry) {
    this.registry = registry;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintStream progress = WriterStream.of(out);
    int removed = 0;
    Backend docker = Backends.of(BackendKind.DOCKER);
    try {
      removed += docker.gc(registry, progress);
    } catch (IOException e) {
      out.println("docker: skipped (" + e.getMessage().lines().findFirst().orElse("") + ")");
    }
    try {
      removed += Backends.of(BackendKind.EMBEDDED).gc(registry, progress);
      List<Path> leftovers = registry.leftovers();
      for (Path p : leftovers) {
        DirectoryTree.delete(p);
        out.println("removed directory " + p);
        removed++;
      }
    } catch (IOException e) {
      throw UserError.failed("cannot clean " + registry.home() + ": " + e.getMessage());
    }
    out.println(removed == 0 ? "nothing to remove" : "removed " + removed + " leftovers");
    out.flush();
    return 0;
  }
}
