package io.leandevnet.devnet.backend;

import io.leandevnet.devnet.registry.DevnetRecord;
import java.util.List;

/** The backends lean-devnet has, by the name {@code --backend} takes. */
public final class Backends {

  /** Every backend name, the first the default. */
  public static final List<String> NAMES = List.of("embedded", "docker", "kubernetes");

  private Backends() {}

  /**
   * The backend called {@code name}, with default options.
   *
   * @throws IllegalArgumentException naming the backends there are, when there is none such or it
   *     is not part of this version
   */
  public static Backend named(String name) {
    return switch (name) {
      case "embedded" -> new EmbeddedBackend();
      case "docker", "kubernetes" ->
          throw new IllegalArgumentException(
              "--backend "
                  + name
                  + ": the "
                  + name
                  + " backend is not part of this version of lean-devnet yet; the embedded backend"
                  + " (the default) runs devnets of built-in nodes");
      default ->
          throw new IllegalArgumentException(
              "--backend " + name + ": unknown backend (known: " + String.join(", ", NAMES) + ")");
    };
  }

  /**
   * Whether {@code record}'s devnet runs, as its backend tells; {@link RunState#UNKNOWN} when this
   * version has no such backend.
   */
  public static RunState stateOf(DevnetRecord record) {
    Backend backend;
    try {
      backend = named(record.backend());
    } catch (IllegalArgumentException e) {
      return RunState.UNKNOWN;
    }
    return backend.state(record);
  }
}
