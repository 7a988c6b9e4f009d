package io.leandevnet.crypto.yaml;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A YAML document read into a tree whose scalars stay the text that was written and whose nodes
 * know their file, line and path. Nothing is converted behind the caller's back: an unquoted {@code
 * 0x00ab…} stays that string (a YAML 1.1 loader would turn it into an integer and lose its leading
 * zeros), and every typed getter reports {@code FILE:LINE: PATH: what was expected}.
 *
 * <p>It lives in the crypto module because that is the lowest module reading YAML files (the XMSS
 * key manifest); the devnet module reads validator-config.yaml with it too.
 */
public final class LocatedYaml {

  private static final YAMLFactory FACTORY = new YAMLFactory();

  private LocatedYaml() {}

  /** Where a node is: file name as shown to the user, 1-based line, dotted path. */
  public record Where(String file, int line, String path) {
    public String describe(String problem) {
      return file + ":" + line + ": " + (path.isEmpty() ? "" : path + ": ") + problem;
    }

    public YamlException error(String problem) {
      return new YamlException(describe(problem));
    }

    public Where child(String key, int childLine) {
      return new Where(file, childLine, path.isEmpty() ? key : path + "." + key);
    }

    public Where element(int index, int childLine) {
      return new Where(file, childLine, path + "[" + index + "]");
    }
  }

  /** A node of the tree. */
  public sealed interface Node permits Scalar, Mapping, Sequence {
    Where at();

    default String kind() {
      return switch (this) {
        case Scalar s -> s.isNull() ? "nothing" : "'" + s.text() + "'";
        case Mapping m -> "a mapping";
        case Sequence q -> "a list";
      };
    }
  }

  /** A scalar as written; {@code text} is null for an empty value, {@code ~} or {@code null}. */
  public record Scalar(String text, Where at) implements Node {
    public boolean isNull() {
      return text == null;
    }

    public String string() {
      if (text == null) {
        throw at.error("expected a value, got nothing");
      }
      return text;
    }

    public long integer(long min, long max) {
      String t = string().strip();
      long v;
      try {
        if (!t.matches("[+-]?[0-9]+")) {
          throw new NumberFormatException();
        }
        BigInteger big = new BigInteger(t.startsWith("+") ? t.substring(1) : t);
        if (big.compareTo(BigInteger.valueOf(min)) < 0
            || big.compareTo(BigInteger.valueOf(max)) > 0) {
          throw at.error("expected a whole number from " + min + " to " + max + ", got " + t);
        }
        v = big.longValue();
      } catch (NumberFormatException e) {
        throw at.error("expected a whole number, got '" + t + "'");
      }
      return v;
    }

    public boolean bool() {
      return switch (string().strip()) {
        case "true", "True", "TRUE" -> true;
        case "false", "False", "FALSE" -> false;
        default -> throw at.error("expected true or false, got '" + text + "'");
      };
    }
  }

  /** A mapping, keys in document order. */
  public record Mapping(Map<String, Node> entries, Where at) implements Node {
    public Mapping {
      entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    }

    public Optional<Node> get(String key) {
      return Optional.ofNullable(entries.get(key));
    }

    public Node required(String key) {
      Node n = entries.get(key);
      if (n == null || (n instanceof Scalar s && s.isNull())) {
        throw at.child(key, n == null ? at.line() : n.at().line()).error("is required");
      }
      return n;
    }

    public Scalar scalar(String key) {
      return asScalar(required(key));
    }

    public Optional<Scalar> optionalScalar(String key) {
      Node n = entries.get(key);
      if (n == null || (n instanceof Scalar s && s.isNull())) {
        return Optional.empty();
      }
      return Optional.of(asScalar(n));
    }

    public Mapping mapping(String key) {
      return asMapping(required(key));
    }

    public Sequence sequence(String key) {
      return asSequence(required(key));
    }
  }

  /** A list. */
  public record Sequence(List<Node> items, Where at) implements Node {
    public Sequence {
      items = List.copyOf(items);
    }
  }

  public static Scalar asScalar(Node n) {
    if (n instanceof Scalar s) {
      return s;
    }
    throw n.at().error("expected a single value, got " + n.kind());
  }

  public static Mapping asMapping(Node n) {
    if (n instanceof Mapping m) {
      return m;
    }
    throw n.at().error("expected a mapping (key: value lines), got " + n.kind());
  }

  public static Sequence asSequence(Node n) {
    if (n instanceof Sequence q) {
      return q;
    }
    throw n.at().error("expected a list ('- ' items), got " + n.kind());
  }

  /** Parses one YAML document. {@code file} is the name used in messages. */
  public static Node parse(String text, String file) {
    try (JsonParser p = FACTORY.createParser(text)) {
      JsonToken first = p.nextToken();
      if (first == null) {
        throw new YamlException(file + ":1: the file is empty");
      }
      return read(p, new Where(file, line(p), ""));
    } catch (JsonProcessingException e) {
      JsonLocation loc = e.getLocation();
      int line = loc == null ? 1 : Math.max(1, loc.getLineNr());
      throw new YamlException(
          file + ":" + line + ": not valid YAML: " + problem(e.getOriginalMessage()), e);
    } catch (IOException e) {
      throw new YamlException(file + ": cannot read: " + e.getMessage(), e);
    }
  }

  /**
   * The YAML parser's message without its source excerpts: its unindented lines ("while parsing a
   * flow sequence", "expected ',' or ']', but got <stream end>"), joined.
   */
  private static String problem(String message) {
    String joined =
        message
            .lines()
            .filter(l -> !l.isBlank() && !Character.isWhitespace(l.charAt(0)))
            .map(String::strip)
            .collect(Collectors.joining("; "));
    return joined.isEmpty() ? message.strip() : joined;
  }

  private static int line(JsonParser p) {
    return Math.max(1, p.currentTokenLocation().getLineNr());
  }

  private static Node read(JsonParser p, Where at) throws IOException {
    JsonToken t = p.currentToken();
    switch (t) {
      case START_OBJECT -> {
        Map<String, Node> entries = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String key = p.currentName();
          int keyLine = line(p);
          p.nextToken();
          Where childAt = at.child(key, keyLine);
          if (entries.containsKey(key)) {
            throw childAt.error("appears twice in the same mapping");
          }
          entries.put(key, read(p, childAt));
        }
        return new Mapping(entries, at);
      }
      case START_ARRAY -> {
        List<Node> items = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
          items.add(read(p, at.element(items.size(), line(p))));
        }
        return new Sequence(items, at);
      }
      case VALUE_NULL -> {
        return new Scalar(null, at);
      }
      default -> {
        return new Scalar(p.getText(), at);
      }
    }
  }
}
