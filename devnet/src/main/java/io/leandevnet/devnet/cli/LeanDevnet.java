package io.leandevnet.devnet.cli;

import io.leandevnet.devnet.config.ProjectVersion;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code lean-devnet} command: the root of every subcommand. */
@Command(
    name = "lean-devnet",
    mixinStandardHelpOptions = true,
    versionProvider = LeanDevnet.Version.class,
    description = "Launches multi-client Lean Ethereum consensus devnets.",
    subcommands = {CommandLine.HelpCommand.class, PlanCommand.class},
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
   * Builds the command line with every subcommand and the shared error handler: a {@link
   * UserError} prints its message and exits with its code; anything else is a bug and prints its
   * stack trace under an "internal error" line.
   */
  public static CommandLine commandLine() {
    CommandLine cmd = new CommandLine(new LeanDevnet());
    cmd.setExecutionExceptionHandler(
        (ex, commandLine, parseResult) -> {
          PrintWriter err = commandLine.getErr();
          if (ex instanceof UserError user) {
            err.println(user.getMessage());
            err.flush();
            return user.exitCode();
          }
          err.println("lean-devnet: internal error (please report it): " + ex);
          ex.printStackTrace(err);
          err.flush();
          return 1;
        });
    return cmd;
  }

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** Reads the version Maven wrote into version.properties at build time. */
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
