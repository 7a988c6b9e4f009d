package io.leandevnet.devnet.metrics;

import io.leandevnet.devnet.plan.AuxService;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * The user's choices for Prometheus and Grafana ({@code --prometheus-image}, {@code
 * --grafana-image}, {@code --grafana-dashboards}); empty keeps the plan's images and our dashboard
 * alone.
 */
public record MetricsOptions(
    Optional<String> prometheusImage,
    Optional<String> grafanaImage,
    Optional<Path> grafanaDashboards) {

  public MetricsOptions {
    Objects.requireNonNull(prometheusImage, "prometheusImage");
    Objects.requireNonNull(grafanaImage, "grafanaImage");
    Objects.requireNonNull(grafanaDashboards, "grafanaDashboards");
  }

  /** The plan's images, our dashboard only. */
  public static final MetricsOptions DEFAULTS =
      new MetricsOptions(Optional.empty(), Optional.empty(), Optional.empty());

  /** The image {@code service} runs: the plan's, unless an option replaces it. */
  public String image(AuxService service) {
    return switch (service.kind()) {
      case PROMETHEUS -> prometheusImage.orElse(service.image());
      case GRAFANA -> grafanaImage.orElse(service.image());
      case DASHBOARD -> service.image();
    };
  }
}
