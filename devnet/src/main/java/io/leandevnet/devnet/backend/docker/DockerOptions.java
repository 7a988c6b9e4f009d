package io.leandevnet.devnet.backend.docker;

import io.leandevnet.devnet.metrics.MetricsOptions;
import io.leandevnet.devnet.plan.AuxService;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How {@code up --backend docker} runs a devnet.
 *
 * @param pull when images are pulled ({@code --pull})
 * @param publishAddress the host address ports are published on ({@code --publish-address}, default
 *     127.0.0.1)
 * @param keepOnFailure leave what was started when a service does not become ready, for inspection
 *     ({@code --keep-on-failure})
 * @param grafanaDashboards more dashboard JSON files for Grafana ({@code --grafana-dashboards})
 * @param readyTimeout how long each service may take to become ready
 * @param nodeJar the lean-devnet jar to build the built-in node's image from when it is missing
 * @param prometheusImage replaces the plan's Prometheus image ({@code --prometheus-image})
 * @param grafanaImage replaces the plan's Grafana image ({@code --grafana-image})
 */
public record DockerOptions(
    PullPolicy pull,
    String publishAddress,
    boolean keepOnFailure,
    Optional<Path> grafanaDashboards,
    Duration readyTimeout,
    Optional<Path> nodeJar,
    Optional<String> prometheusImage,
    Optional<String> grafanaImage) {

  /** Where ports are published unless {@code --publish-address} says otherwise. */
  public static final String LOOPBACK = "127.0.0.1";

  public DockerOptions {
    Objects.requireNonNull(pull, "pull");
    Objects.requireNonNull(publishAddress, "publishAddress");
    Objects.requireNonNull(grafanaDashboards, "grafanaDashboards");
    Objects.requireNonNull(readyTimeout, "readyTimeout");
    Objects.requireNonNull(nodeJar, "nodeJar");
    Objects.requireNonNull(prometheusImage, "prometheusImage");
    Objects.requireNonNull(grafanaImage, "grafanaImage");
  }

  /** The defaults: pull missing images, publish on 127.0.0.1, 3 minutes to become ready. */
  public static DockerOptions defaults() {
    return new DockerOptions(
        PullPolicy.MISSING,
        LOOPBACK,
        false,
        Optional.empty(),
        Duration.ofMinutes(3),
        NodeImage.runningJar(),
        Optional.empty(),
        Optional.empty());
  }

  /** The Prometheus and Grafana choices among these options. */
  public MetricsOptions metrics() {
    return new MetricsOptions(prometheusImage, grafanaImage, grafanaDashboards);
  }

  /** The image {@code service} runs: the plan's, unless an option replaces it. */
  public String image(AuxService service) {
    return metrics().image(service);
  }

  /** The address lean-devnet itself uses for published ports (0.0.0.0 is reached at 127.0.0.1). */
  String reachAddress() {
    return publishAddress.equals("0.0.0.0") ? LOOPBACK : publishAddress;
  }
}
