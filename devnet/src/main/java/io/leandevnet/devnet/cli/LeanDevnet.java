package io.leandevnet.devnet.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code lean-devnet} command: the root of every subcommand. */
@Command(
    name = "lean-devnet",
    mixinStandardHelpOptions = true,
    versionProvider = LeanDevnet.Version.class,
    description = "Launches multi-client Lean Ethereum consensus devnets.",
    subcommands = {CommandLine.HelpCommand.class, KeysCommand.class})
public final class LeanDevnet implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Builds the command line with every subcommand and the shared error handlers. */
  public static CommandLine commandLine() {
    return new CommandLine(new LeanDevnet());
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
