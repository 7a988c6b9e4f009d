package io.leandevnet.node.metrics;

/** The values of {@code lean_node_sync_status}'s {@code status} label. */
public enum SyncStatus implements LabelValue {
  IDLE,
  SYNCING,
  SYNCED
}
