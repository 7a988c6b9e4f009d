package io.leandevnet.devnet.clients;

/**
 * What a {@link Mount} brings into a container. A launcher names the source; the backend decides
 * where it lives on the host (a directory under the devnet's directory, a Kubernetes volume).
 */
public enum Volume {
  /**
   * The devnet's genesis bundle directory ({@code io.leandevnet.consensus.genesis.BundleLayout}:
   * config.yaml, nodes.yaml, {@code <node>.key}, hash-sig-keys/, …). Shared by every node, mounted
   * read-only. Docker: {@code ~/.lean-devnet/<devnet>/genesis}.
   */
  GENESIS,

  /**
   * The service's own writable data directory, one per service, empty at the first start. Docker:
   * {@code ~/.lean-devnet/<devnet>/data/<node>} (node name, e.g. {@code zeam_0}; the service name
   * for services that are not nodes).
   */
  DATA,

  /**
   * The service's own configuration directory, written by the backend before the service starts:
   * Prometheus's scrape configuration, Grafana's provisioning. The launcher documents which files
   * the service expects in it. Docker: {@code ~/.lean-devnet/<devnet>/config/<service>}.
   */
  CONFIG
}
