package io.leandevnet.devnet.observe;

/** How a node answered the last poll. */
public enum Health {
  /** The REST API (health or fork choice) answered. */
  UP,
  /** Only the metrics endpoint answered: the client serves no API, or its API failed. */
  METRICS_ONLY,
  /** Nothing answered. */
  DOWN;

  public String label() {
    return switch (this) {
      case UP -> "up";
      case METRICS_ONLY -> "metrics-only";
      case DOWN -> "down";
    };
  }
}
