package io.leandevnet.devnet.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/** Turns a YAML parse failure into one {@link Problem} with line, column and a one-line reason. */
final class YamlSyntax {

  private YamlSyntax() {}

  static Problem problem(JsonProcessingException e) {
    int line = 0;
    int column = 0;
    String reason = e.getOriginalMessage();
    if (e.getCause() instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
      Mark mark = marked.getProblemMark();
      line = mark.getLine() + 1;
      column = mark.getColumn() + 1;
      reason = oneLine(marked.getProblem());
      Mark context = marked.getContextMark();
      if (marked.getContext() != null && context != null) {
        reason +=
            " ("
                + oneLine(marked.getContext())
                + " that starts at line "
                + (context.getLine() + 1)
                + ", column "
                + (context.getColumn() + 1)
                + ")";
      }
    } else {
      JsonLocation location = e.getLocation();
      if (location != null) {
        line = Math.max(0, location.getLineNr());
        column = Math.max(0, location.getColumnNr());
      }
      if (reason != null && reason.startsWith("Duplicate field ")) {
        column = 0; // Jackson points after the key, not at it
        reason =
            "duplicate key "
                + reason.substring("Duplicate field ".length())
                + " (a key may appear once per mapping)";
      }
    }
    String where =
        line == 0
            ? ""
            : column == 0
                ? "at line " + line + ": "
                : "at line " + line + ", column " + column + ": ";
    return new Problem(
        Problem.Severity.ERROR, "", line, "YAML syntax error " + where + oneLine(reason));
  }

  private static String oneLine(String s) {
    return s == null ? "unreadable YAML" : s.strip().replaceAll("\\s*\\n\\s*", " ");
  }
}
