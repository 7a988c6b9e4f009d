package io.leandevnet.devnet.config;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A Kubernetes toleration as ethereum-package's {@code tolerations}, {@code cl_tolerations} and
 * {@code el_tolerations} entries spell it: {@code key}, {@code operator} ({@code Equal} or {@code
 * Exists}), {@code value}, {@code effect} ({@code NoSchedule}, {@code PreferNoSchedule}, {@code
 * NoExecute}, or empty for all) and {@code toleration_seconds}.
 */
public record Toleration(
    String key, String operator, String value, String effect, Optional<Long> seconds) {

  public static final Set<String> OPERATORS = Set.of("Equal", "Exists");
  public static final Set<String> EFFECTS =
      Set.of("", "NoSchedule", "PreferNoSchedule", "NoExecute");

  public Toleration {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(operator, "operator");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(effect, "effect");
    Objects.requireNonNull(seconds, "seconds");
  }
}
