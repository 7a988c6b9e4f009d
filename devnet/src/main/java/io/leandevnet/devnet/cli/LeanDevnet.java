package io.leandevnet.devnet.cli;

import io.leandevnet.devnet.backend.Backend;
import io.leandevnet.devnet.backend.kubernetes.ClusterTarget;
import io.leandevnet.devnet.config.ProjectVersion;
import io.leandevnet.devnet.launch.Backends;
import io.leandevnet.devnet.registry.DevnetRegistry;
import io.leandevnet.node.NodeCommand;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code lean-devnet} command: the root of every subcommand. */
@Command(
    name = "lean-devnet",
    mixinStandardHelpOptions = true,
    versionProvider = LeanDevnet.Version.class,
    description = "Launches multi-client Lean Ethereum consensus devnets.",
    subcommands = {CommandLine.HelpCommand.class, PlanCommand.class, KeysCommand.class},
    footerHeading = "%nExamples:%n",
    footer = {
      "  lean-devnet plan -f examples/lean-devnet4.yaml",
      "  lean-devnet plan -f examples/quickstart.yaml --json",
      "  lean-devnet help plan"
    })
public final class LeanDevnet implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /**
   * Builds the command line with every subcommand and the shared error handler: a {@link UserError}
   * prints its message and exits with its code; anything else is a bug and prints its name and
   * message (the stack trace with {@code LEAN_DEVNET_DEBUG=1}).
   */
  public static CommandLine commandLine() {
    return commandLine(DevnetRegistry.fromEnvironment());
  }

  /** The command line over the devnets recorded in {@code registry}. */
  public static CommandLine commandLine(DevnetRegistry registry) {
    return commandLine(registry, target -> Backends.kubernetes(target, registry.home()));
  }

  /**
   * The command line over {@code registry}, with {@code kubernetes} making the kubernetes backend
   * {@code gc} cleans (tests give one on a mock API server).
   */
  static CommandLine commandLine(
      DevnetRegistry registry, Function<ClusterTarget, Backend> kubernetes) {
    CommandLine cmd = new CommandLine(new LeanDevnet());
    cmd.addSubcommand(new UpCommand(registry));
    cmd.addSubcommand(new DownCommand(registry));
    cmd.addSubcommand(new LsCommand(registry));
    cmd.addSubcommand(new StatusCommand(registry));
    cmd.addSubcommand(new VerifyCommand(registry));
    cmd.addSubcommand(new InspectCommand(registry));
    cmd.addSubcommand(new LogsCommand(registry));
    cmd.addSubcommand(new DashboardCommand(registry));
    cmd.addSubcommand(new GenesisCommand(registry));
    cmd.addSubcommand(new NodeCommand());
    cmd.addSubcommand(new ImageCommand());
    cmd.addSubcommand(new GcCommand(registry, kubernetes));
    cmd.setExecutionExceptionHandler(LeanDevnet::handle);
    HelpText.reflow(cmd);
    return cmd;
  }

  /**
   * Expected failures print their message alone; anything else names itself, still without a trace.
   */
  private static int handle(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
    if (e instanceof UserError u) {
      cmd.getErr().println(u.getMessage());
      cmd.getErr().flush();
      return u.exitCode();
    }
    if (e instanceof InterruptedException) {
      Thread.currentThread().interrupt();
      return 130;
    }
    cmd.getErr().println("lean-devnet: internal error (please report it): " + e);
    if (System.getenv("LEAN_DEVNET_DEBUG") != null) {
      e.printStackTrace(cmd.getErr());
    } else {
      cmd.getErr().println("(run with LEAN_DEVNET_DEBUG=1 to see the stack trace)");
    }
    cmd.getErr().flush();
    return 1;
  }

  public static void main(String[] args) {
    CommandLine cmd = commandLine();
    // One writer per stream for every subcommand, flushed before exit: print() does not flush.
    PrintWriter out =
        new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err =
        new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    cmd.setOut(out);
    cmd.setErr(err);
    int exit = cmd.execute(args);
    out.flush();
    err.flush();
    System.exit(exit);
  }

  /** The version Maven wrote into the jar at build time. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {
        "lean-devnet " + ProjectVersion.current(),
        "Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ")"
      };
    }
  }
}
