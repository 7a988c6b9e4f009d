package io.leandevnet.devnet.cli;

import io.leandevnet.devnet.clients.lean.LaunchChecks;
import io.leandevnet.devnet.config.ArgsFile;
import io.leandevnet.devnet.config.Problem;
import io.leandevnet.devnet.plan.AggregatorLayout;
import io.leandevnet.devnet.plan.DevnetPlan;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * The {@code -f/--file ARGS} option every command that reads an args file mixes in, with the one
 * way of reporting its problems.
 */
public final class ArgsFileOption {

  @Option(
      names = {"-f", "--file"},
      paramLabel = "ARGS",
      required = true,
      description = "Args file (YAML, ethereum-package shape), e.g. examples/quickstart.yaml.")
  Path file;

  /** The option as if given {@code -f file}, for commands where it is optional. */
  public static ArgsFileOption of(Path file) {
    ArgsFileOption o = new ArgsFileOption();
    o.file = file;
    return o;
  }

  public Path file() {
    return file;
  }

  /**
   * Reads and validates the args file, then checks the plan it makes: its aggregators ({@link
   * AggregatorLayout}) and what every client's launcher says of it ({@link LaunchChecks}: clients
   * that cannot be mixed, discontinued clients, image tags of another devnet).
   *
   * @return the spec and its warnings, the launchers' included
   * @throws UserError (exit code 2) listing every problem, when the file or the plan has an error
   */
  public ArgsFile.Valid load() {
    ArgsFile.Valid valid =
        switch (ArgsFile.read(file)) {
          case ArgsFile.Valid v -> v;
          case ArgsFile.Invalid invalid -> throw UserError.invalidInput(report(invalid.problems()));
        };
    DevnetPlan plan = DevnetPlan.of(valid.spec());
    List<Problem> launch = new ArrayList<>(AggregatorLayout.check(plan));
    launch.addAll(LaunchChecks.of(plan));
    if (launch.isEmpty()) {
      return valid;
    }
    List<Problem> all = new ArrayList<>(valid.warnings());
    all.addAll(located(launch));
    if (launch.stream().anyMatch(Problem::isError)) {
      throw UserError.invalidInput(report(all));
    }
    return new ArgsFile.Valid(valid.spec(), all);
  }

  private List<Problem> located(List<Problem> problems) {
    try {
      return ArgsFile.located(Files.readString(file, StandardCharsets.UTF_8), problems);
    } catch (IOException e) {
      return problems; // it was read a moment ago; without lines the problems still stand
    }
  }

  /** One line per problem, then a count: what a user sees for an invalid args file. */
  public String report(List<Problem> problems) {
    StringBuilder out = new StringBuilder();
    problems.forEach(p -> out.append(format(p)).append('\n'));
    long errors = problems.stream().filter(Problem::isError).count();
    out.append(file)
        .append(": ")
        .append(errors)
        .append(errors == 1 ? " error" : " errors")
        .append("; fix them and run again");
    return out.toString();
  }

  /** {@code examples/x.yaml:14: error: participants[3].cl_type: unknown client 'zeem' (...)}. */
  public String format(Problem p) {
    String where = p.line() > 0 ? file + ":" + p.line() : file.toString();
    String kind = p.isError() ? "error" : "warning";
    return where + ": " + kind + ": " + p;
  }
}
