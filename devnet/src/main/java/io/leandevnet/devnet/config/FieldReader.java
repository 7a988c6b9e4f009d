package io.leandevnet.devnet.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The typed field readers of an args file: each reads one key of a YAML mapping as a number, a
 * boolean, a string, an image, a list or an environment map, reports its own problem (naming the
 * key's path and line) and returns a usable default, so that one pass finds every problem. One
 * instance collects the problems of one document.
 */
final class FieldReader {

  private static final Pattern ENV_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  private static final Pattern IMAGE = Pattern.compile("[^\\s]+");

  private final YamlLocations locations;
  private final List<Problem> problems = new ArrayList<>();

  FieldReader(YamlLocations locations) {
    this.locations = locations;
  }

  /** Where each path is in the document. */
  YamlLocations locations() {
    return locations;
  }

  /** Every problem reported so far, in the order reported. */
  List<Problem> problems() {
    return problems;
  }

  /** The value of {@code key}, or null when it is absent or YAML null (both mean "default"). */
  static JsonNode present(ObjectNode obj, String key) {
    JsonNode n = obj.get(key);
    return n == null || n.isNull() ? null : n;
  }

  long number(
      ObjectNode obj, String path, String key, long min, long max, String meaning, long fallback) {
    JsonNode n = present(obj, key);
    if (n == null) {
      return fallback;
    }
    String where = path.isEmpty() ? key : path + "." + key;
    if (!n.isIntegralNumber() || !n.canConvertToLong()) {
      String quoted =
          n.isTextual() && n.asText().strip().matches("-?\\d+") ? " (remove the quotes)" : "";
      error(where, "expected a whole number (" + meaning + "), got " + describe(n) + quoted);
      return fallback;
    }
    long v = n.asLong();
    if (v < min) {
      error(where, "must be at least " + min + ", got " + v + " (" + meaning + ")");
      return fallback;
    }
    if (v > max) {
      error(where, "must be at most " + max + ", got " + v + " (" + meaning + ")");
      return fallback;
    }
    return v;
  }

  boolean bool(ObjectNode obj, String path, String key, boolean fallback) {
    return scalar(
        obj, path, key, JsonNode::isBoolean, "true or false", JsonNode::asBoolean, fallback);
  }

  String string(ObjectNode obj, String path, String key, String fallback) {
    return scalar(
        obj, path, key, JsonNode::isTextual, "a string", n -> n.asText().strip(), fallback);
  }

  /**
   * The value of {@code key} read by {@code value} when it is of the kind {@code is} accepts;
   * {@code fallback} when it is absent, or after reporting "expected {@code expected}" when it is
   * of another kind.
   */
  private <T> T scalar(
      ObjectNode obj,
      String path,
      String key,
      Predicate<JsonNode> is,
      String expected,
      Function<JsonNode, T> value,
      T fallback) {
    JsonNode n = present(obj, key);
    if (n == null) {
      return fallback;
    }
    if (!is.test(n)) {
      error(path + "." + key, "expected " + expected + ", got " + describe(n));
      return fallback;
    }
    return value.apply(n);
  }

  String image(ObjectNode obj, String path, String key, String fallback) {
    String image = string(obj, path, key, "");
    if (image.isEmpty()) {
      return fallback;
    }
    if (!IMAGE.matcher(image).matches() || image.startsWith("-")) {
      error(
          path + "." + key,
          "'" + image + "' is not an image reference such as" + " ghcr.io/owner/name:tag");
      return fallback;
    }
    return image;
  }

  List<String> stringList(ObjectNode obj, String path, String key) {
    JsonNode n = present(obj, key);
    if (n == null) {
      return List.of();
    }
    String where = path + "." + key;
    if (!(n instanceof ArrayNode list)) {
      error(where, "expected a list of strings such as [\"--flag=value\"], got " + describe(n));
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      JsonNode item = list.get(i);
      if (!item.isValueNode() || item.isNull()) {
        error(where + "[" + i + "]", "expected a string, got " + describe(item));
      } else {
        out.add(item.asText());
      }
    }
    return out;
  }

  Map<String, String> env(ObjectNode obj, String path, String key) {
    JsonNode n = present(obj, key);
    if (n == null) {
      return Map.of();
    }
    String where = path + "." + key;
    if (!(n instanceof ObjectNode map)) {
      error(
          where,
          "expected a mapping of variable names to values such as {RUST_LOG: debug},"
              + " got "
              + describe(n));
      return Map.of();
    }
    Map<String, String> out = new LinkedHashMap<>();
    for (var e : map.properties()) {
      String var = where + "." + e.getKey();
      if (!ENV_NAME.matcher(e.getKey()).matches()) {
        error(
            var,
            "'"
                + e.getKey()
                + "' is not an environment variable name (letters, digits"
                + " and _, not starting with a digit)");
      } else if (!e.getValue().isValueNode() || e.getValue().isNull()) {
        error(var, "expected a string value, got " + describe(e.getValue()));
      } else {
        out.put(e.getKey(), e.getValue().asText());
      }
    }
    return out;
  }

  void checkKeys(ObjectNode obj, String path, List<String> known, List<String> ignored) {
    for (var property : obj.properties()) {
      String key = property.getKey();
      if (known.contains(key)) {
        continue;
      }
      String where = path.isEmpty() ? key : path + "." + key;
      if (ignored.contains(key)) {
        warning(where, "ignored: lean-devnet does not use this ethereum-package key");
      } else if (key.equals("lean_participants")) {
        error(
            where,
            "unknown key 'lean_participants': lean-devnet reads participants with cl_type"
                + " and cl_image (rename lean_participants to participants, lean_type to cl_type)");
      } else if (key.startsWith("lean_") && known.contains("cl_" + key.substring(5))) {
        error(where, "unknown key '" + key + "' (did you mean 'cl_" + key.substring(5) + "'?)");
      } else {
        error(where, "unknown key '" + key + "'" + hint(key, known));
      }
    }
  }

  static String hint(String input, Collection<String> known) {
    return NearestName.among(input, known)
        .map(s -> " (did you mean '" + s + "'?)")
        .orElse(" (known: " + String.join(", ", known) + ")");
  }

  static String describe(JsonNode n) {
    Function<String, String> cut = s -> s.length() > 40 ? s.substring(0, 37) + "..." : s;
    if (n.isTextual()) {
      return "a string (\"" + cut.apply(n.asText()) + "\")";
    }
    if (n.isBoolean()) {
      return "a boolean (" + n.asText() + ")";
    }
    if (n.isIntegralNumber()) {
      return (n.canConvertToLong() ? "a number (" : "a number too large (")
          + cut.apply(n.asText())
          + ")";
    }
    if (n.isNumber()) {
      return "a decimal number (" + n.asText() + ")";
    }
    if (n.isArray()) {
      return "a list";
    }
    if (n.isObject()) {
      return "a mapping";
    }
    return n.getNodeType().toString().toLowerCase(Locale.ROOT);
  }

  long errorCount() {
    return problems.stream().filter(Problem::isError).count();
  }

  void error(String path, String message) {
    problems.add(new Problem(Problem.Severity.ERROR, path, locations.lineOf(path), message));
  }

  void warning(String path, String message) {
    problems.add(new Problem(Problem.Severity.WARNING, path, locations.lineOf(path), message));
  }
}
