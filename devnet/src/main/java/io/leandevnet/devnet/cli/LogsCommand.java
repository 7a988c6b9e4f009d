package io.leandevnet.devnet.cli;

import io.leandevnet.devnet.backend.Backend;
import io.leandevnet.devnet.launch.Backends;
import io.leandevnet.devnet.registry.DevnetRecord;
import io.leandevnet.devnet.registry.DevnetRegistry;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "logs",
    mixinStandardHelpOptions = true,
    description = {
      "Prints (or follows) the log of one node or service of a devnet.",
      "",
      "SERVICE is a node name (zeam_0), a service name (lean-zeam-0), an execution client or",
      "a helper service, as `inspect` lists them. On Docker the log comes from the engine.",
      "",
      "Example:  lean-devnet logs quickstart builtin_0 -f"
    })
final class LogsCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "NAME", description = "The devnet (see `lean-devnet ls`).")
  String name;

  @Parameters(
      index = "1",
      paramLabel = "SERVICE",
      description = "The node or service (see `lean-devnet inspect NAME`).")
  String service;

  @Option(
      names = {"-f", "--follow"},
      description = "Keep printing new lines until Ctrl-C.")
  boolean follow;

  @Option(
      names = "--tail",
      paramLabel = "N",
      defaultValue = "-1",
      description = "Print only the last N lines first (default: all).")
  int tail;

  private final DevnetRegistry registry;

  LogsCommand(DevnetRegistry registry) {
    this.registry = registry;
  }

  /** The service name of {@code service} (a node name or a service name) in {@code r}. */
  static String serviceOf(DevnetRecord r, String service) {
    List<String> known = new ArrayList<>();
    for (DevnetRecord.LeanEndpoint l : r.lean()) {
      if (l.node().equals(service) || l.service().equals(service)) {
        return l.service();
      }
      known.add(l.node());
    }
    for (DevnetRecord.ElEndpoint e : r.el()) {
      if (e.service().equals(service)) {
        return e.service();
      }
      known.add(e.service());
    }
    for (DevnetRecord.ServiceEndpoint s : r.services()) {
      if (s.service().equals(service)) {
        return s.service();
      }
      known.add(s.service());
    }
    throw UserError.invalidInput(
        "devnet "
            + r.name()
            + " has no service '"
            + service
            + "' (known: "
            + String.join(", ", known)
            + ")");
  }

  @Override
  public Integer call() throws Exception {
    DevnetRecord r = Devnets.load(registry, name);
    String serviceName = serviceOf(r, service);
    Backend backend;
    try {
      backend = Backends.named(r.backend());
    } catch (IllegalArgumentException e) {
      throw UserError.failed(
          "devnet " + name + " runs on the " + r.backend() + " backend: " + e.getMessage());
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintStream stream = WriterStream.of(out);
    try {
      backend.logs(r, serviceName, follow, tail, stream);
    } catch (IllegalArgumentException e) {
      throw UserError.failed(service + ": " + e.getMessage());
    } finally {
      stream.flush();
      out.flush();
    }
    return 0;
  }
}
