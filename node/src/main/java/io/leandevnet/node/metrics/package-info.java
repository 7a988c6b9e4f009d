/**
 * The leanMetrics of one node, in a Prometheus registry of its own: {@link
 * io.leandevnet.node.metrics.LeanMetrics}.
 */
package io.leandevnet.node.metrics;
