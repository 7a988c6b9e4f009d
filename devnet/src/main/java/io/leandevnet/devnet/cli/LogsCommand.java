package io.leandevnet.devnet.cli;

import io.leandevnet.devnet.registry.DevnetRecord;
import io.leandevnet.devnet.registry.DevnetRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
      "a helper service, as `inspect` lists them.",
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

  static Path logOf(DevnetRecord r, String service) {
    List<String> known = new ArrayList<>();
    for (DevnetRecord.LeanEndpoint l : r.lean()) {
      if (l.node().equals(service) || l.service().equals(service)) {
        return l.log();
      }
      known.add(l.node());
    }
    for (DevnetRecord.ElEndpoint e : r.el()) {
      if (e.service().equals(service)) {
        return e.log();
      }
      known.add(e.service());
    }
    for (DevnetRecord.ServiceEndpoint s : r.services()) {
      if (s.service().equals(service)) {
        return s.log();
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
    Path log = logOf(r, service);
    if (log == null || !Files.isRegularFile(log)) {
      throw UserError.failed("no log file for " + service + (log == null ? "" : " at " + log));
    }
    PrintWriter out = spec.commandLine().getOut();
    long offset = 0;
    if (tail >= 0) {
      List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
      lines.subList(Math.max(0, lines.size() - tail), lines.size()).forEach(out::println);
      offset = Files.size(log);
    } else {
      try (InputStream in = Files.newInputStream(log)) {
        byte[] all = in.readAllBytes();
        out.print(new String(all, StandardCharsets.UTF_8));
        offset = all.length;
      }
    }
    out.flush();
    while (follow) {
      Thread.sleep(250);
      offset = printFrom(log, offset, out);
    }
    return 0;
  }

  private static long printFrom(Path log, long offset, PrintWriter out) throws IOException {
    if (!Files.exists(log)) {
      return offset;
    }
    long size = Files.size(log);
    if (size < offset) {
      offset = 0; // truncated or replaced: start again
    }
    if (size == offset) {
      return offset;
    }
    try (RandomAccessFile f = new RandomAccessFile(log.toFile(), "r")) {
      f.seek(offset);
      byte[] b = new byte[(int) Math.min(size - offset, 1 << 20)];
      f.readFully(b);
      out.print(new String(b, StandardCharsets.UTF_8));
      out.flush();
      return offset + b.length;
    }
  }
}
