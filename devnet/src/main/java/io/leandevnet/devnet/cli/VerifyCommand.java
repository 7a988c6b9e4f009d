package io.leandevnet.devnet.cli;

import io.leandevnet.devnet.observe.Condition;
import io.leandevnet.devnet.observe.DevnetStatus;
import io.leandevnet.devnet.registry.DevnetRecord;
import io.leandevnet.devnet.registry.DevnetRegistry;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "verify",
    mixinStandardHelpOptions = true,
    description = {
      "Waits until the chain does what you ask (finalizes, agrees), for CI scripts.",
      "",
      "Exits 0 as soon as every condition holds. At the timeout it exits 1 and prints the",
      "failing conditions with every node's figures.",
      "With no condition flags it checks --heads-agree and --advancing.",
      "",
      "Example:  lean-devnet verify quickstart --finalized 4 --heads-agree --timeout 3m"
    })
final class VerifyCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "NAME", description = "The devnet (see `lean-devnet ls`).")
  String name;

  @Option(
      names = "--finalized",
      paramLabel = "SLOT",
      description = "Every node is up and every node that reports one has finalized SLOT or later.")
  Long finalized;

  @Option(
      names = "--heads-agree",
      description = "Every node is up and all report the same head block.")
  boolean headsAgree;

  @Option(
      names = "--justified-within",
      paramLabel = "SLOTS",
      description =
          "Every node is up and its justified slot is at most SLOTS behind its head"
              + " (the seed's `justified = head - 1` is 1; built-in nodes justify head - 2).")
  Long justifiedWithin;

  @Option(
      names = "--el-tips-agree",
      description = "Every execution client answers with the same latest block hash.")
  boolean elTipsAgree;

  @Option(
      names = "--advancing",
      description =
          "Head, justified and finalized slots of every node move past where they were at the first poll.")
  boolean advancing;

  @Option(
      names = "--timeout",
      paramLabel = "DURATION",
      defaultValue = "3m",
      converter = DurationConverter.class,
      description = "Give up after this long (default: ${DEFAULT-VALUE}).")
  Duration timeout;

  @Mixin PollInterval poll;

  private final DevnetRegistry registry;

  VerifyCommand(DevnetRegistry registry) {
    this.registry = registry;
  }

  List<Condition> conditions() {
    List<Condition> c = new ArrayList<>();
    if (finalized != null) {
      if (finalized < 0) {
        throw UserError.invalidInput("--finalized: a slot is 0 or more, not " + finalized);
      }
      c.add(new Condition.FinalizedAtLeast(finalized));
    }
    if (headsAgree) {
      c.add(new Condition.HeadsAgree());
    }
    if (justifiedWithin != null) {
      if (justifiedWithin < 0) {
        throw UserError.invalidInput(
            "--justified-within: a number of slots is 0 or more, not " + justifiedWithin);
      }
      c.add(new Condition.JustifiedWithin(justifiedWithin));
    }
    if (elTipsAgree) {
      c.add(new Condition.ElTipsAgree());
    }
    if (advancing) {
      c.add(new Condition.Advancing());
    }
    if (c.isEmpty()) {
      c.add(new Condition.HeadsAgree());
      c.add(new Condition.Advancing());
    }
    return c;
  }

  @Override
  public Integer call() throws Exception {
    DevnetRecord record = Devnets.load(registry, name);
    List<Condition> conditions = conditions();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    long deadline = System.nanoTime() + timeout.toNanos();
    out.println(
        "verifying "
            + record.name()
            + ": "
            + String.join(", ", conditions.stream().map(Condition::describe).toList())
            + " (timeout "
            + timeout.toSeconds()
            + " s)");
    out.flush();
    Duration interval = poll.interval;
    try (ReachedDevnet devnet =
        new ReachedDevnet(
            record, Duration.ofMillis(Math.min(2000, Math.max(200, interval.toMillis()))))) {
      DevnetStatus first = devnet.poll();
      DevnetStatus latest = first;
      while (true) {
        List<String> failing = new ArrayList<>();
        for (Condition c : conditions) {
          Condition.Verdict v = c.check(first, latest);
          if (!v.holds()) {
            failing.add(c.describe() + ": " + v.detail());
          }
        }
        if (failing.isEmpty()) {
          for (Condition c : conditions) {
            out.println("ok  " + c.describe() + ": " + c.check(first, latest).detail());
          }
          return 0;
        }
        if (System.nanoTime() > deadline) {
          err.println("verify failed after " + timeout.toSeconds() + " s:");
          failing.forEach(f -> err.println("  " + f));
          err.println();
          err.print(StatusTable.render(latest, first));
          err.flush();
          return 1;
        }
        Thread.sleep(interval.toMillis());
        latest = devnet.poll();
      }
    }
  }
}
