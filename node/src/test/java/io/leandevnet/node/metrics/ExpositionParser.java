package io.leandevnet.node.metrics;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A strict parser of the Prometheus text exposition format 0.0.4, for tests: every sample must
 * belong to a family declared by a {@code # TYPE} line, with the suffixes its type allows.
 */
public final class ExpositionParser {

  public record Sample(String name, Map<String, String> labels, double value) {}

  public record Family(String name, String type, String help, List<Sample> samples) {

    /** The value of the sample with exactly these labels. */
    public double value(String sampleName, Map<String, String> labels) {
      return find(samples.stream(), sampleName, labels);
    }

    /** The {@code le} bounds of a histogram's buckets, without +Inf. */
    public List<Double> bucketBounds() {
      return samples.stream()
          .filter(s -> s.name().equals(name + "_bucket"))
          .map(s -> s.labels().get("le"))
          .filter(le -> !le.equals("+Inf"))
          .map(Double::parseDouble)
          .distinct()
          .toList();
    }
  }

  private ExpositionParser() {}

  /** What {@code metrics} exposes now, parsed: its families by name. */
  public static Map<String, Family> scrape(LeanMetrics metrics) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      metrics.writeText(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return parse(out.toString(StandardCharsets.UTF_8));
  }

  /** The value of a sample of {@code metrics} now, by sample name and exact labels. */
  public static double value(LeanMetrics metrics, String sampleName, Map<String, String> labels) {
    return value(scrape(metrics), sampleName, labels);
  }

  /** The value of the sample with this name and exactly these labels, in whichever family. */
  public static double value(
      Map<String, Family> families, String sampleName, Map<String, String> labels) {
    return find(families.values().stream().flatMap(f -> f.samples().stream()), sampleName, labels);
  }

  private static double find(Stream<Sample> samples, String name, Map<String, String> labels) {
    return samples
        .filter(s -> s.name().equals(name) && s.labels().equals(labels))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no sample " + name + labels))
        .value();
  }

  public static Map<String, Family> parse(String text) {
    Map<String, String> types = new LinkedHashMap<>();
    Map<String, String> helps = new LinkedHashMap<>();
    Map<String, List<Sample>> samples = new LinkedHashMap<>();
    int lineNumber = 0;
    for (String line : text.split("\n", -1)) {
      lineNumber++;
      if (line.isBlank()) {
        continue;
      }
      if (line.startsWith("# TYPE ")) {
        String[] parts = line.substring(7).split(" ");
        require(
            parts.length == 2
                && List.of("counter", "gauge", "histogram", "summary", "untyped")
                    .contains(parts[1]),
            lineNumber,
            line);
        require(types.put(parts[0], parts[1]) == null, lineNumber, "duplicate TYPE: " + line);
        samples.put(parts[0], new ArrayList<>());
      } else if (line.startsWith("# HELP ")) {
        String rest = line.substring(7);
        int space = rest.indexOf(' ');
        helps.put(
            space < 0 ? rest : rest.substring(0, space),
            space < 0 ? "" : rest.substring(space + 1));
      } else if (line.startsWith("#")) {
        continue;
      } else {
        Sample sample = sample(line, lineNumber);
        String family = familyOf(sample.name(), types);
        require(family != null, lineNumber, "sample without a TYPE: " + line);
        samples.get(family).add(sample);
      }
    }
    Map<String, Family> families = new LinkedHashMap<>();
    types.forEach(
        (name, type) ->
            families.put(
                name,
                new Family(
                    name, type, helps.getOrDefault(name, ""), List.copyOf(samples.get(name)))));
    return families;
  }

  private static String familyOf(String sampleName, Map<String, String> types) {
    if ("counter".equals(types.get(sampleName))
        || "gauge".equals(types.get(sampleName))
        || "untyped".equals(types.get(sampleName))) {
      return sampleName;
    }
    for (String suffix : List.of("_bucket", "_sum", "_count")) {
      if (sampleName.endsWith(suffix)) {
        String base = sampleName.substring(0, sampleName.length() - suffix.length());
        if ("histogram".equals(types.get(base)) || "summary".equals(types.get(base))) {
          return base;
        }
      }
    }
    return null;
  }

  private static Sample sample(String line, int lineNumber) {
    int i = 0;
    while (i < line.length()
        && (Character.isLetterOrDigit(line.charAt(i))
            || line.charAt(i) == '_'
            || line.charAt(i) == ':')) {
      i++;
    }
    String name = line.substring(0, i);
    require(name.matches("[a-zA-Z_:][a-zA-Z0-9_:]*"), lineNumber, "bad metric name: " + line);
    Map<String, String> labels = new LinkedHashMap<>();
    if (i < line.length() && line.charAt(i) == '{') {
      i++;
      while (line.charAt(i) != '}') {
        int eq = line.indexOf('=', i);
        String label = line.substring(i, eq);
        require(label.matches("[a-zA-Z_][a-zA-Z0-9_]*"), lineNumber, "bad label name: " + line);
        require(line.charAt(eq + 1) == '"', lineNumber, "label value not quoted: " + line);
        StringBuilder value = new StringBuilder();
        int j = eq + 2;
        for (; line.charAt(j) != '"'; j++) {
          char ch = line.charAt(j);
          if (ch == '\\') {
            char next = line.charAt(++j);
            value.append(next == 'n' ? '\n' : next);
          } else {
            value.append(ch);
          }
        }
        labels.put(label, value.toString());
        i = j + 1;
        if (line.charAt(i) == ',') {
          i++;
        }
      }
      i++;
    }
    require(i < line.length() && line.charAt(i) == ' ', lineNumber, "no value: " + line);
    String[] rest = line.substring(i + 1).trim().split(" ");
    require(rest.length <= 2, lineNumber, "trailing text: " + line);
    double value =
        switch (rest[0]) {
          case "+Inf" -> Double.POSITIVE_INFINITY;
          case "-Inf" -> Double.NEGATIVE_INFINITY;
          case "NaN" -> Double.NaN;
          default -> Double.parseDouble(rest[0]);
        };
    return new Sample(name, Map.copyOf(labels), value);
  }

  private static void require(boolean condition, int lineNumber, String message) {
    if (!condition) {
      throw new IllegalArgumentException("line " + lineNumber + ": " + message);
    }
  }
}
