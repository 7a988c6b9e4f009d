package io.leandevnet.devnet.plan;

import io.leandevnet.devnet.config.AdditionalService;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A service besides the nodes, one per entry of {@code additional_services}: the metrics stack
 * lean-quickstart and ethereum-package run, and lean-devnet's dashboard. How each one is started is
 * its launcher's business ({@code io.leandevnet.devnet.clients.tools.ToolLaunchers}).
 *
 * @param kind the {@code additional_services} entry it comes from
 * @param serviceName {@code lean-prometheus}, {@code lean-grafana} or {@code lean-dashboard}
 * @param image the image it runs on container backends
 */
public record AuxService(AdditionalService kind, String serviceName, String image, List<Port> ports)
    implements Service {

  public static final String HTTP = "http";

  /** Prometheus scraping every node's metrics port (lean-quickstart's image and port). */
  public static final AuxService PROMETHEUS =
      new AuxService(
          AdditionalService.PROMETHEUS,
          "lean-prometheus",
          "prom/prometheus:v3.8.0",
          List.of(new Port(HTTP, 9090, Protocol.TCP)));

  /** Grafana with the Lean clients dashboard (lean-quickstart's image and port). */
  public static final AuxService GRAFANA =
      new AuxService(
          AdditionalService.GRAFANA,
          "lean-grafana",
          "grafana/grafana:12.3.2",
          List.of(new Port(HTTP, 3000, Protocol.TCP)));

  public AuxService {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(serviceName, "serviceName");
    Objects.requireNonNull(image, "image");
    ports = List.copyOf(ports);
  }

  /**
   * The container of an {@code additional_services} entry, if it runs in one: the dashboard does
   * not, {@code up} serves it from its own process on every backend.
   */
  public static Optional<AuxService> of(AdditionalService kind) {
    return switch (kind) {
      case PROMETHEUS -> Optional.of(PROMETHEUS);
      case GRAFANA -> Optional.of(GRAFANA);
      case DASHBOARD -> Optional.empty();
    };
  }
}
