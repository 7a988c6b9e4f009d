package io.leandevnet.devnet.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads ethereum-package's Kubernetes placement keys wherever they stand: a mapping of node labels
 * ({@code node_selectors}, {@code global_node_selectors}) and a list of tolerations ({@code
 * tolerations}, {@code cl_tolerations}, {@code el_tolerations}, {@code global_tolerations}), every
 * problem named by its path.
 */
final class SchedulingReader {

  static final List<String> TOLERATION_KEYS =
      List.of("key", "operator", "value", "effect", "toleration_seconds");

  private final FieldReader f;

  SchedulingReader(FieldReader f) {
    this.f = f;
  }

  /** The node labels under {@code key} of {@code obj} ({@code path}); empty when absent. */
  Map<String, String> selectors(ObjectNode obj, String path, String key) {
    Map<String, String> selectors = new LinkedHashMap<>();
    JsonNode n = FieldReader.present(obj, key);
    if (n == null) {
      return selectors;
    }
    String where = at(path, key);
    if (!(n instanceof ObjectNode map)) {
      f.error(
          where,
          "expected a mapping of node labels to values such as {disktype: ssd}, got "
              + FieldReader.describe(n));
      return selectors;
    }
    for (var e : map.properties()) {
      if (!e.getValue().isValueNode() || e.getValue().isNull()) {
        f.error(
            where + "." + e.getKey(),
            "expected a string value, got " + FieldReader.describe(e.getValue()));
      } else {
        selectors.put(e.getKey(), e.getValue().asText());
      }
    }
    return selectors;
  }

  /** The tolerations under {@code key} of {@code obj} ({@code path}); empty when absent. */
  List<Toleration> tolerations(ObjectNode obj, String path, String key) {
    JsonNode n = FieldReader.present(obj, key);
    if (n == null) {
      return List.of();
    }
    String where = at(path, key);
    if (!n.isArray()) {
      f.error(
          where,
          "expected a list such as [{key: dedicated, operator: Equal, value: lean, effect:"
              + " NoSchedule}], got "
              + FieldReader.describe(n));
      return List.of();
    }
    List<Toleration> out = new ArrayList<>();
    for (int i = 0; i < n.size(); i++) {
      String at = where + "[" + i + "]";
      if (!(n.get(i) instanceof ObjectNode t)) {
        f.error(
            at,
            "expected a mapping with key, operator, value, effect, got "
                + FieldReader.describe(n.get(i)));
        continue;
      }
      f.checkKeys(t, at, TOLERATION_KEYS, List.of());
      String operator = f.string(t, at, "operator", "Equal");
      if (!Toleration.OPERATORS.contains(operator)) {
        f.error(at + ".operator", "'" + operator + "': expected Equal or Exists");
      }
      String effect = f.string(t, at, "effect", "");
      if (!Toleration.EFFECTS.contains(effect)) {
        f.error(
            at + ".effect",
            "'" + effect + "': expected NoSchedule, PreferNoSchedule or NoExecute (or none)");
      }
      JsonNode seconds = FieldReader.present(t, "toleration_seconds");
      Optional<Long> secs = Optional.empty();
      if (seconds != null) {
        if (!seconds.canConvertToLong() || !seconds.isIntegralNumber()) {
          f.error(
              at + ".toleration_seconds",
              "expected a whole number of seconds, got " + FieldReader.describe(seconds));
        } else {
          secs = Optional.of(seconds.asLong());
        }
      }
      out.add(
          new Toleration(
              f.string(t, at, "key", ""), operator, f.string(t, at, "value", ""), effect, secs));
    }
    return out;
  }

  /** The top-level {@code global_node_selectors} and {@code global_tolerations}. */
  Scheduling global(ObjectNode top) {
    return new Scheduling(
        selectors(top, "", "global_node_selectors"), tolerations(top, "", "global_tolerations"));
  }

  private static String at(String path, String key) {
    return path.isEmpty() ? key : path + "." + key;
  }
}
