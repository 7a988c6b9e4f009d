package io.leandevnet.devnet.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads an args file (YAML in the ethereum-package shape) into a {@link DevnetSpec}, or into the
 * list of every problem found in one pass.
 *
 * <pre>{@code
 * switch (ArgsFile.read(Path.of("examples/lean-devnet4.yaml"))) {
 *   case ArgsFile.Valid v -> launch(v.spec());        // v.warnings() may be non-empty
 *   case ArgsFile.Invalid i -> i.problems().forEach(System.err::println);
 * }
 * }</pre>
 *
 * The YAML is read by Jackson into a tree, then checked by hand: wrong types, unknown keys (with
 * the nearest known key), ranges, client pairing and the aggregator layout all become {@link
 * Problem}s naming their path and line, instead of stopping at the first one.
 */
public final class ArgsFile {

  private ArgsFile() {}

  /** What reading an args file gives. */
  public sealed interface Result permits Valid, Invalid {
    /** Every problem found: errors and warnings. */
    List<Problem> problems();
  }

  /** The file is usable; {@code warnings} holds what the user should still hear about. */
  public record Valid(DevnetSpec spec, List<Problem> warnings) implements Result {
    public Valid {
      warnings = List.copyOf(warnings);
    }

    @Override
    public List<Problem> problems() {
      return warnings;
    }
  }

  /** The file has at least one error; {@code problems} holds errors and warnings in file order. */
  public record Invalid(List<Problem> problems) implements Result {
    public Invalid {
      problems = List.copyOf(problems);
      if (problems.stream().noneMatch(Problem::isError)) {
        throw new IllegalArgumentException("an invalid args file needs at least one error");
      }
    }

    public List<Problem> errors() {
      return problems.stream().filter(Problem::isError).toList();
    }
  }

  /** Reads and validates the args file at {@code file}. */
  public static Result read(Path file) {
    if (Files.isDirectory(file)) {
      return fileError(file + " is a directory; give the path of a YAML args file");
    }
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      return fileError("no such file: " + file);
    } catch (MalformedInputException e) {
      return fileError(file + " is not UTF-8 text; an args file is YAML");
    } catch (IOException e) {
      return fileError("cannot read " + file + ": " + e.getMessage());
    }
    return parse(text);
  }

  /** Validates the args file text {@code yaml}. */
  public static Result parse(String yaml) {
    YAMLMapper mapper = new YAMLMapper();
    mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    JsonNode root;
    try {
      root = mapper.readTree(yaml);
    } catch (JsonProcessingException e) {
      return new Invalid(List.of(YamlSyntax.problem(e)));
    }
    YamlLocations locations = YamlLocations.of(mapper.getFactory(), yaml);
    return new ArgsValidator(locations).validate(root);
  }

  /**
   * {@code problems} found after validation (on the plan) with the line of each one's path in the
   * args file {@code yaml} filled in where it was 0.
   */
  public static List<Problem> located(String yaml, List<Problem> problems) {
    YAMLMapper mapper = new YAMLMapper();
    YamlLocations locations = YamlLocations.of(mapper.getFactory(), yaml);
    return problems.stream()
        .map(
            p ->
                p.line() > 0
                    ? p
                    : new Problem(p.severity(), p.path(), locations.lineOf(p.path()), p.message()))
        .toList();
  }

  private static Invalid fileError(String message) {
    return new Invalid(List.of(new Problem(Problem.Severity.ERROR, "", 0, message)));
  }
}
