package io.leandevnet.devnet.plan;

import java.util.List;
import java.util.Objects;

/**
 * A service besides the nodes: the metrics stack lean-quickstart and ethereum-package run.
 *
 * @param serviceName {@code lean-prometheus} or {@code lean-grafana}
 */
public record AuxService(String serviceName, String image, List<Port> ports) implements Service {

  public static final String HTTP = "http";

  /** Prometheus scraping every node's metrics port (lean-quickstart's image and port). */
  public static final AuxService PROMETHEUS =
      new AuxService(
          "lean-prometheus", "prom/prometheus:v3.8.0", List.of(new Port(HTTP, 9090, Protocol.TCP)));

  /** Grafana with the Lean clients dashboard (lean-quickstart's image and port). */
  public static final AuxService GRAFANA =
      new AuxService(
          "lean-grafana", "grafana/grafana:12.3.2", List.of(new Port(HTTP, 3000, Protocol.TCP)));

  public AuxService {
    Objects.requireNonNull(serviceName, "serviceName");
    Objects.requireNonNull(image, "image");
    ports = List.copyOf(ports);
  }
}
