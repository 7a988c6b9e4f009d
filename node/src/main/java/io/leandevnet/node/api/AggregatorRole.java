package io.leandevnet.node.api;

/**
 * The node's aggregator role, switchable at runtime through {@code /lean/v0/admin/aggregator}. The
 * implementation also keeps {@code lean_is_aggregator} in step.
 */
public interface AggregatorRole {

  boolean isAggregator();

  /** Sets the role and returns the previous one. */
  boolean setAggregator(boolean enabled);
}
