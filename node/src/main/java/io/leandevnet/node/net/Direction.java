package io.leandevnet.node.net;

import io.leandevnet.node.metrics.LabelValue;

/** Who opened a connection; the leanMetrics label values. */
public enum Direction implements LabelValue {
  INBOUND,
  OUTBOUND
}
