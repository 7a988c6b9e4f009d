package io.leandevnet.devnet.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * Help texts that read well at 80 columns: the commands write their descriptions as short source
 * lines, and picocli wraps each array element on its own, so a source line that nearly fills the
 * width used to end in a stray one-word line. Consecutive prose lines are joined into one paragraph
 * before picocli wraps them; blank lines, lines that start with white space (commands, tables), and
 * lines that start with "Example" stay as written.
 */
final class HelpText {

  private HelpText() {}

  /** Joins the prose lines of {@code cmd}'s help and of every subcommand's, recursively. */
  static void reflow(CommandLine cmd) {
    UsageMessageSpec usage = cmd.getCommandSpec().usageMessage();
    usage.description(paragraphs(usage.description()));
    usage.footer(paragraphs(usage.footer()));
    cmd.getSubcommands().values().forEach(HelpText::reflow);
  }

  /** {@code lines} with each run of prose lines joined by one space. */
  static String[] paragraphs(String[] lines) {
    List<String> out = new ArrayList<>();
    for (String line : lines) {
      if (!out.isEmpty() && continues(out.getLast()) && prose(line)) {
        out.set(out.size() - 1, out.getLast() + " " + line);
      } else {
        out.add(line);
      }
    }
    return out.toArray(String[]::new);
  }

  private static boolean prose(String line) {
    return !line.isBlank()
        && !Character.isWhitespace(line.charAt(0))
        && !line.startsWith("Example")
        && !line.startsWith("%n");
  }

  private static boolean continues(String previous) {
    return prose(previous) && !previous.endsWith("%n");
  }
}
