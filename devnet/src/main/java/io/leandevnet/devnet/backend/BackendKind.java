package io.leandevnet.devnet.backend;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The kinds of backend lean-devnet knows, by the name {@code --backend} takes. */
public enum BackendKind {
  /** Built-in nodes inside the JVM, on loopback. */
  EMBEDDED,
  /** Containers on one Docker network, a fixed IP each. */
  DOCKER,
  /** Pods on a Kubernetes cluster. */
  KUBERNETES;

  /** The name {@code --backend} takes: {@code embedded}, {@code docker}, {@code kubernetes}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<BackendKind> byKey(String key) {
    return Arrays.stream(values()).filter(k -> k.key().equals(key)).findFirst();
  }

  /** Every name, the default first. */
  public static List<String> keys() {
    return Arrays.stream(values()).map(BackendKind::key).toList();
  }
}
