package io.leandevnet.devnet.config;

import java.util.List;
import java.util.Map;

/**
 * Where a client's pod may run on Kubernetes: ethereum-package's participant {@code node_selectors}
 * (node labels it must have) and tolerations (taints it accepts). Other backends ignore it.
 */
public record Scheduling(Map<String, String> nodeSelectors, List<Toleration> tolerations) {

  /** Anywhere. */
  public static final Scheduling ANYWHERE = new Scheduling(Map.of(), List.of());

  public Scheduling {
    nodeSelectors = Map.copyOf(nodeSelectors);
    tolerations = List.copyOf(tolerations);
  }
}
