package io.leandevnet.devnet.config;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The line on which each key and list item of a YAML document starts, so that a problem found in
 * the parsed tree can name its line. Paths use the args-file notation: {@code
 * participants[3].cl_type}.
 */
final class YamlLocations {

  /** A YAML alias ({@code *name}) at {@code path}; Jackson's tree holds its name, not its value. */
  record Alias(String path, String name) {}

  private final Map<String, Integer> lines;
  private final List<Alias> aliases;

  private YamlLocations(Map<String, Integer> lines, List<Alias> aliases) {
    this.lines = lines;
    this.aliases = List.copyOf(aliases);
  }

  static YamlLocations none() {
    return new YamlLocations(Map.of(), List.of());
  }

  /** Every alias in the document, in order. */
  List<Alias> aliases() {
    return aliases;
  }

  /** Indexes a document that already parsed once; a failure here only costs the line numbers. */
  static YamlLocations of(JsonFactory factory, String yaml) {
    Map<String, Integer> lines = new HashMap<>();
    List<Alias> aliases = new ArrayList<>();
    try (JsonParser p = factory.createParser(yaml)) {
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        String path = toPath(p.getParsingContext().pathAsPointer().toString());
        lines.putIfAbsent(path, p.currentTokenLocation().getLineNr());
        if (p instanceof YAMLParser yamlParser && yamlParser.isCurrentAlias()) {
          aliases.add(new Alias(path, p.getText()));
        }
      }
    } catch (IOException e) {
      return none();
    }
    return new YamlLocations(lines, aliases);
  }

  /** The line of {@code path}, else of its nearest enclosing key or item, else 0. */
  int lineOf(String path) {
    String p = path;
    while (true) {
      Integer line = lines.get(p);
      if (line != null) {
        return line;
      }
      int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
      if (cut <= 0) {
        return 0;
      }
      p = p.substring(0, cut);
    }
  }

  /** {@code /participants/3/cl_type} becomes {@code participants[3].cl_type}. */
  private static String toPath(String pointer) {
    StringBuilder out = new StringBuilder();
    for (String segment : pointer.split("/")) {
      if (segment.isEmpty()) {
        continue;
      }
      String s = segment.replace("~1", "/").replace("~0", "~");
      if (s.chars().allMatch(Character::isDigit)) {
        out.append('[').append(s).append(']');
      } else {
        if (!out.isEmpty()) {
          out.append('.');
        }
        out.append(s);
      }
    }
    return out.toString();
  }
}
