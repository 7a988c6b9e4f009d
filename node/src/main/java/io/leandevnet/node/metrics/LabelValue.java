package io.leandevnet.node.metrics;

import java.util.Locale;

/**
 * A closed set of leanMetrics label values, each the lower-cased name of its enum constant ({@code
 * REMOTE_CLOSE} is {@code remote_close}). Enums implement it; {@link #name()} is theirs.
 */
public interface LabelValue {

  /** The enum constant's name. */
  String name();

  /** The label value: {@link #name()} in lower case. */
  default String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
