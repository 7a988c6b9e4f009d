package io.leandevnet.devnet.cli;

import java.io.IOException;
import java.io.InputStream;
import io.leandevnet.devnet.registry.DevnetRegistry;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code lean-devnet} command: the root of every subcommand. */
@Command(
    name = "lean-devnet",
    mixinStandardHelpOptions = true,
    versionProvider = LeanDevnet.Version.class,
    description = "Launches multi-client Lean Ethereum consensus devnets.",
    subcommands = {CommandLine.HelpCommand.class})
public final class LeanDevnet implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Builds the command line with every subcommand and the shared error handlers. */
  public static CommandLine commandLine() {
    return commandLine(DevnetRegistry.fromEnvironment());
  }

  /** The command line over the devnets recorded in {@code registry}. */
  public static CommandLine commandLine(DevnetRegistry registry) {
    CommandLine cmd = new CommandLine(new LeanDevnet());
    cmd.addSubcommand(new LsCommand(registry));
    cmd.addSubcommand(new StatusCommand(registry));
    cmd.addSubcommand(new VerifyCommand(registry));
    cmd.addSubcommand(new InspectCommand(registry));
    cmd.addSubcommand(new LogsCommand(registry));
    cmd.addSubcommand(new DashboardCommand(registry));
    cmd.addSubcommand(new GenesisCommand());
    cmd.setExecutionExceptionHandler(LeanDevnet::handle);
    return cmd;
  }

  /** Expected failures print their message alone; anything else names itself, still without a trace. */
  private static int handle(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
    if (e instanceof UserError u) {
      cmd.getErr().println("error: " + u.getMessage());
      cmd.getErr().flush();
      return u.exitCode();
    }
    if (e instanceof InterruptedException) {
      Thread.currentThread().interrupt();
      return 130;
    }
    cmd.getErr().println("error: " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
    if (System.getenv("LEAN_DEVNET_DEBUG") != null) {
      e.printStackTrace(cmd.getErr());
    } else {
      cmd.getErr().println("(set LEAN_DEVNET_DEBUG=1 for the stack trace; this is a bug in lean-devnet if the message does not say what to fix)");
    }
    cmd.getErr().flush();
    return 1;
  }

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** Reads the version Maven wrote into version.properties at build time. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
      Properties p = new Properties();
      try (InputStream in = LeanDevnet.class.getResourceAsStream("/io/leandevnet/devnet/version.properties")) {
        if (in != null) {
          p.load(in);
        }
      }
      return new String[] {
        "lean-devnet " + p.getProperty("version", "unknown"),
        "Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ")"
      };
    }
  }
}
