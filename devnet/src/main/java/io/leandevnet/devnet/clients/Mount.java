package io.leandevnet.devnet.clients;

import java.util.Objects;

/**
 * A directory the backend provides inside a container.
 *
 * @param source what the directory holds
 * @param target the absolute path the container sees it at, e.g. {@code /config}
 * @param readOnly whether the container may only read it (the genesis bundle always is)
 */
public record Mount(Volume source, String target, boolean readOnly) {

  public Mount {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(target, "target");
  }

  /** The genesis bundle, read-only, at {@code target}. */
  public static Mount genesis(String target) {
    return new Mount(Volume.GENESIS, target, true);
  }

  /** The service's data directory, writable, at {@code target}. */
  public static Mount data(String target) {
    return new Mount(Volume.DATA, target, false);
  }

  /** The service's configuration directory, read-only, at {@code target}. */
  public static Mount config(String target) {
    return new Mount(Volume.CONFIG, target, true);
  }
}
