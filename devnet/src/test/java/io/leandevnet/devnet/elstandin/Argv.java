package io.leandevnet.devnet.elstandin;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A client's command line as its own parser would read it: {@code --flag=value}, {@code --flag
 * value}, and switches that take no value. Any flag the client does not know is an error, as it is
 * for the real client (clap, picocli and Go's flag package all refuse unknown flags).
 *
 * @param client the client's name, for messages
 * @param values every flag given, with its value ({@code ""} for a switch)
 */
record Argv(String client, Map<String, String> values) {

  /** A command line violates what the real client accepts. */
  static final class Violation extends Exception {
    private static final long serialVersionUID = 1L;

    Violation(String message) {
      super(message);
    }
  }

  /**
   * Reads {@code args} against the client's flags.
   *
   * @param valued flags that take a value (without {@code --})
   * @param switches flags that take none
   * @throws Violation on an unknown flag, a value-less valued flag, a switch with a value, a
   *     repeated flag or a bare word
   */
  static Argv parse(String client, List<String> args, Set<String> valued, Set<String> switches)
      throws Violation {
    Map<String, String> out = new LinkedHashMap<>();
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      if (!a.startsWith("--")) {
        throw new Violation(client + " takes no bare argument here: '" + a + "'");
      }
      int eq = a.indexOf('=');
      String name = eq < 0 ? a.substring(2) : a.substring(2, eq);
      String value;
      if (switches.contains(name)) {
        if (eq >= 0) {
          throw new Violation(client + ": --" + name + " takes no value: " + a);
        }
        value = "";
      } else if (valued.contains(name)) {
        if (eq >= 0) {
          value = a.substring(eq + 1);
        } else if (i + 1 < args.size() && !args.get(i + 1).startsWith("--")) {
          value = args.get(++i);
        } else {
          throw new Violation(client + ": --" + name + " needs a value");
        }
      } else {
        throw new Violation(client + " does not accept --" + name);
      }
      if (out.put(name, value) != null) {
        throw new Violation(client + ": --" + name + " is given twice");
      }
    }
    return new Argv(client, out);
  }

  Optional<String> value(String flag) {
    return Optional.ofNullable(values.get(flag));
  }

  /** The value of a flag the stand-in cannot work without. */
  String required(String flag) throws Violation {
    return value(flag).orElseThrow(() -> new Violation(client + ": --" + flag + " is missing"));
  }

  boolean has(String flag) {
    return values.containsKey(flag);
  }
}
