package io.leandevnet.devnet.backend;

import java.util.Locale;

/** Whether a recorded devnet runs, as its backend sees it ({@link Backend#state}). */
public enum RunState {
  /** Every service runs (or the process that runs them does). */
  RUNNING,
  /** Some services run and some have exited. */
  DEGRADED,
  /** Stopped on purpose ({@code down --keep}, Ctrl-C on {@code up}). */
  STOPPED,
  /** Nothing runs although it was never stopped: its process died, its containers are gone. */
  GONE,
  /** The backend cannot tell (its engine does not answer). */
  UNKNOWN;

  /** {@code running}, {@code stopped}, … as {@code ls} and {@code inspect} print it. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether something of the devnet still runs, so that {@code up} must not reuse its name. */
  public boolean live() {
    return this == RUNNING || this == DEGRADED || this == UNKNOWN;
  }
}
