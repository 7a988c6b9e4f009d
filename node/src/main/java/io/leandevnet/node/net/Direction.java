package io.leandevnet.node.net;

/** Who opened a connection; the leanMetrics label values. */
public enum Direction {
  INBOUND("inbound"),
  OUTBOUND("outbound");

  private final String label;

  Direction(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
