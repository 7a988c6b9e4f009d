package io.leandevnet.devnet.observe;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The samples of one Prometheus text exposition (format 0.0.4), as a node's {@code /metrics} serves
 * it. Comment and blank lines are skipped; a line that cannot be read is skipped too and counted,
 * so that one client's odd line never hides the rest.
 */
public record PrometheusText(List<Sample> samples, int unreadableLines) {

  /** One sample line: {@code name{label="value",...} value}. */
  public record Sample(String name, Map<String, String> labels, double value) {}

  public static PrometheusText parse(String text) {
    List<Sample> samples = new ArrayList<>();
    int unreadable = 0;
    for (String raw : text.split("\n")) {
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      Sample s = parseLine(line);
      if (s == null) {
        unreadable++;
      } else {
        samples.add(s);
      }
    }
    return new PrometheusText(List.copyOf(samples), unreadable);
  }

  /** The value of the first sample named {@code name}, whatever its labels. */
  public Optional<Double> first(String name) {
    return samples.stream().filter(s -> s.name().equals(name)).map(Sample::value).findFirst();
  }

  /** The sum over all samples named {@code name} (for gauges split by a label), if any exist. */
  public Optional<Double> sum(String name) {
    double total = 0;
    boolean any = false;
    for (Sample s : samples) {
      if (s.name().equals(name)) {
        total += s.value();
        any = true;
      }
    }
    return any ? Optional.of(total) : Optional.empty();
  }

  public boolean has(String name) {
    return samples.stream().anyMatch(s -> s.name().equals(name));
  }

  private static Sample parseLine(String line) {
    int i = 0;
    int n = line.length();
    while (i < n && isNameChar(line.charAt(i), i == 0)) {
      i++;
    }
    if (i == 0) {
      return null;
    }
    String name = line.substring(0, i);
    Map<String, String> labels = new LinkedHashMap<>();
    if (i < n && line.charAt(i) == '{') {
      i++;
      while (true) {
        while (i < n && (line.charAt(i) == ' ' || line.charAt(i) == ',')) {
          i++;
        }
        if (i >= n) {
          return null;
        }
        if (line.charAt(i) == '}') {
          i++;
          break;
        }
        int keyStart = i;
        while (i < n && isNameChar(line.charAt(i), i == keyStart)) {
          i++;
        }
        String key = line.substring(keyStart, i);
        if (key.isEmpty() || i + 1 >= n || line.charAt(i) != '=' || line.charAt(i + 1) != '"') {
          return null;
        }
        i += 2;
        StringBuilder value = new StringBuilder();
        while (i < n && line.charAt(i) != '"') {
          char c = line.charAt(i);
          if (c == '\\' && i + 1 < n) {
            char e = line.charAt(++i);
            value.append(e == 'n' ? '\n' : e);
          } else {
            value.append(c);
          }
          i++;
        }
        if (i >= n) {
          return null;
        }
        i++; // closing quote
        labels.put(key, value.toString());
      }
    }
    String[] rest = line.substring(i).strip().split("\\s+");
    if (rest.length == 0 || rest[0].isEmpty()) {
      return null;
    }
    double value;
    try {
      value =
          switch (rest[0]) {
            case "+Inf" -> Double.POSITIVE_INFINITY;
            case "-Inf" -> Double.NEGATIVE_INFINITY;
            case "NaN" -> Double.NaN;
            default -> Double.parseDouble(rest[0]);
          };
    } catch (NumberFormatException e) {
      return null;
    }
    return new Sample(name, Map.copyOf(labels), value);
  }

  private static boolean isNameChar(char c, boolean first) {
    return c == '_'
        || c == ':'
        || (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (!first && c >= '0' && c <= '9');
  }
}
