package io.leandevnet.devnet.cli;

import io.leandevnet.devnet.backend.Backend;
import io.leandevnet.devnet.launch.Backends;
import io.leandevnet.devnet.registry.DevnetRecord;
import io.leandevnet.devnet.registry.DevnetRegistry;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "down",
    mixinStandardHelpOptions = true,
    description = {
      "Stops a devnet and removes its files.",
      "",
      "Stops every service of the devnet (on the embedded backend: the `up` process that runs",
      "it), then deletes ~/.lean-devnet/NAME (genesis, node data, logs) unless --keep. The XMSS",
      "key cache is kept.",
      "",
      "Example:  lean-devnet down quickstart"
    })
final class DownCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "NAME", description = "The devnet (see `lean-devnet ls`).")
  String name;

  @Option(
      names = "--keep",
      description = "Keep the devnet's files (genesis, data, logs) and its record.")
  boolean keep;

  private final DevnetRegistry registry;

  DownCommand(DevnetRegistry registry) {
    this.registry = registry;
  }

  @Override
  public Integer call() throws Exception {
    DevnetRecord record = Devnets.load(registry, name);
    PrintWriter out = spec.commandLine().getOut();
    Backend backend;
    try {
      backend = Backends.named(record.backend());
    } catch (IllegalArgumentException e) {
      throw UserError.failed(
          "devnet "
              + name
              + " ran on the "
              + record.backend()
              + " backend, which this version"
              + " cannot stop: "
              + e.getMessage());
    }
    PrintStream progress = WriterStream.of(out);
    backend.destroy(record, progress);
    progress.flush();
    if (keep) {
      out.println("stopped " + name + "; files kept in " + registry.dir(name));
    } else {
      registry.delete(name);
      out.println("stopped " + name + " and removed " + registry.dir(name));
    }
    out.flush();
    return 0;
  }
}
