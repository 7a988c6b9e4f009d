package io.leandevnet.node.metrics;

/** The values of {@code lean_node_sync_status}'s {@code status} label. */
public enum SyncStatus {
  IDLE("idle"),
  SYNCING("syncing"),
  SYNCED("synced");

  private final String label;

  SyncStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
