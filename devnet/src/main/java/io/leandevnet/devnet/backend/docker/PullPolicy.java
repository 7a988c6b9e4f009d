package io.leandevnet.devnet.backend.docker;

import java.util.Locale;

/** When {@code up} pulls an image ({@code --pull}). */
public enum PullPolicy {
  /** Pull only images the engine does not have (the default). */
  MISSING,
  /** Pull every image, for the newest of a moving tag. */
  ALWAYS,
  /** Never pull: an image the engine does not have is an error. */
  NEVER;

  /** {@code missing}, {@code always} or {@code never}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
