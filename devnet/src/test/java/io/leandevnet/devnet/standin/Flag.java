package io.leandevnet.devnet.standin;

import java.util.Objects;

/**
 * One flag a client's own argument parser accepts.
 *
 * @param name the flag as written, e.g. {@code --node-key}; for {@link FlagKind#ATTACHED_TEXT} the
 *     prefix, e.g. {@code -l}
 * @param kind what it takes and what the stand-in checks
 */
record Flag(String name, FlagKind kind) {

  Flag {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
  }

  boolean takesValue() {
    return kind != FlagKind.SWITCH && kind != FlagKind.AGGREGATOR;
  }
}
