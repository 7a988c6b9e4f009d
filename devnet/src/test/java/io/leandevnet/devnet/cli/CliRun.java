package io.leandevnet.devnet.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** One run of the CLI as a user would start it, with what it printed and its exit code. */
public record CliRun(int exit, String out, String err) {

  public static CliRun of(String... args) {
    return of(LeanDevnet.commandLine(), args);
  }

  public static CliRun of(CommandLine cmd, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cmd.setOut(new PrintWriter(out));
    cmd.setErr(new PrintWriter(err));
    int exit = cmd.execute(args);
    return new CliRun(exit, out.toString(), err.toString());
  }
}
