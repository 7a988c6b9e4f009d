package io.leandevnet.devnet.config;

import java.util.Objects;

/** The execution client a participant's Lean nodes drive over the Engine API. */
public record Execution(ElClient type, ClientSettings settings) {
  public Execution {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(settings, "settings");
  }
}
