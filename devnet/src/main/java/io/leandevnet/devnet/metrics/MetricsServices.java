package io.leandevnet.devnet.metrics;

import io.leandevnet.devnet.clients.Mount;
import io.leandevnet.devnet.clients.PortKind;
import io.leandevnet.devnet.clients.ServicePort;
import io.leandevnet.devnet.clients.ServiceSpec;
import io.leandevnet.devnet.config.AdditionalService;
import io.leandevnet.devnet.plan.Addresses;
import io.leandevnet.devnet.plan.AuxService;
import io.leandevnet.devnet.plan.DevnetPlan;
import io.leandevnet.devnet.plan.LeanNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * The ServiceSpecs of the metrics services a devnet runs with {@code metrics_enabled}: Prometheus
 * and Grafana, as lean-quickstart runs them, with their configuration in each one's {@link
 * io.leandevnet.devnet.clients.Volume#CONFIG} directory (written by {@link PrometheusConfig} and
 * {@link GrafanaProvisioning}) and their data in its {@code DATA} directory.
 *
 * <p>Every backend that runs them, and {@code up --dry-run}, takes the spec ({@link #spec}), the
 * configuration ({@link #writeConfig}) and the readiness path ({@link #readyPath}) from here.
 */
public final class MetricsServices {

  /** Where Prometheus reads {@code prometheus.yml}. */
  public static final String PROMETHEUS_CONFIG_DIR = "/etc/prometheus";

  /** The configuration file's name in Prometheus' CONFIG directory. */
  public static final String PROMETHEUS_CONFIG_FILE = "prometheus.yml";

  private MetricsServices() {}

  /**
   * The spec of {@code service}, one of the plan's {@link DevnetPlan#metricsServices()}.
   *
   * @param image the image to run (the plan's, or the user's override)
   * @param grafanaPassword Grafana's admin password (see {@link #adminPassword()})
   */
  public static ServiceSpec spec(
      String devnet, AuxService service, String image, String grafanaPassword) {
    return switch (service.kind()) {
      case PROMETHEUS -> prometheus(devnet, service, image);
      case GRAFANA -> grafana(devnet, service, image, grafanaPassword);
      case DASHBOARD -> throw notAContainer(service);
    };
  }

  /** The HTTP path on {@link AuxService#HTTP} that answers 200 once {@code service} is ready. */
  public static String readyPath(AuxService service) {
    return switch (service.kind()) {
      case PROMETHEUS -> "/-/ready";
      case GRAFANA -> "/api/health";
      case DASHBOARD -> throw notAContainer(service);
    };
  }

  /**
   * Writes {@code service}'s configuration into {@code configDir}, its CONFIG directory on the
   * host: Prometheus' {@code prometheus.yml} scraping every Lean node of {@code plan} at its
   * address in {@code addresses}, or Grafana's provisioning reading the plan's Prometheus.
   *
   * @param extraDashboards {@code --grafana-dashboards DIR}, if given
   * @throws IOException when a file cannot be written or an extra dashboard is not JSON
   */
  public static void writeConfig(
      Path configDir,
      AuxService service,
      String devnet,
      DevnetPlan plan,
      Addresses addresses,
      Optional<Path> extraDashboards)
      throws IOException {
    Files.createDirectories(configDir);
    switch (service.kind()) {
      case PROMETHEUS -> {
        List<ScrapeTarget> targets =
            plan.leanNodes().stream()
                .map(
                    n ->
                        new ScrapeTarget(
                            n.name(),
                            addresses.of(n).ip() + ":" + addresses.of(n).port(LeanNode.METRICS),
                            n.client().key()))
                .toList();
        Files.writeString(
            configDir.resolve(PROMETHEUS_CONFIG_FILE),
            PrometheusConfig.yaml(devnet, targets, service.ports().get(0).number()),
            StandardCharsets.UTF_8);
      }
      case GRAFANA -> {
        AuxService prometheus =
            plan.metricsServices().stream()
                .filter(a -> a.kind() == AdditionalService.PROMETHEUS)
                .findFirst()
                .orElseThrow(
                    () ->
                        new IllegalArgumentException(
                            "grafana needs prometheus in additional_services"));
        GrafanaProvisioning.write(
            configDir, addresses.of(prometheus).httpUrl(AuxService.HTTP), extraDashboards);
      }
      case DASHBOARD -> throw notAContainer(service);
    }
  }

  /** A fresh Grafana admin password: 12 random bytes, URL-safe base64. */
  public static String adminPassword() {
    byte[] b = new byte[12];
    new SecureRandom().nextBytes(b);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
  }

  private static IllegalArgumentException notAContainer(AuxService service) {
    return new IllegalArgumentException(
        service.serviceName() + " is served by lean-devnet itself, not from a container");
  }

  /**
   * Prometheus from the image's own entrypoint ({@code /bin/prometheus}), listening on {@code
   * service}'s http port, keeping a day of samples.
   */
  public static ServiceSpec prometheus(String devnet, AuxService service, String image) {
    int port = service.ports().get(0).number();
    return observability(devnet, service, image, "prometheus")
        .args(
            "--config.file=" + PROMETHEUS_CONFIG_DIR + "/" + PROMETHEUS_CONFIG_FILE,
            "--storage.tsdb.path=/prometheus",
            "--storage.tsdb.retention.time=1d",
            "--web.listen-address=0.0.0.0:" + port)
        .mount(Mount.config(PROMETHEUS_CONFIG_DIR))
        .mount(Mount.data("/prometheus"))
        .build();
  }

  /** The environment variable that holds Grafana's admin password. */
  public static final String GRAFANA_PASSWORD_ENV = "GF_SECURITY_ADMIN_PASSWORD";

  /**
   * Grafana with anonymous read-only access (Viewer), sign-up off, the admin password {@code
   * adminPassword}, and its provisioning from {@link GrafanaProvisioning}.
   */
  public static ServiceSpec grafana(
      String devnet, AuxService service, String image, String adminPassword) {
    int port = service.ports().get(0).number();
    return observability(devnet, service, image, "grafana")
        .env("GF_SERVER_HTTP_PORT", Integer.toString(port))
        .env("GF_AUTH_ANONYMOUS_ENABLED", "true")
        .env("GF_AUTH_ANONYMOUS_ORG_ROLE", "Viewer")
        .env("GF_USERS_ALLOW_SIGN_UP", "false")
        .env("GF_SECURITY_ADMIN_USER", "admin")
        .env(GRAFANA_PASSWORD_ENV, adminPassword)
        .env(
            "GF_DASHBOARDS_DEFAULT_HOME_DASHBOARD_PATH",
            GrafanaProvisioning.MOUNT + "/dashboards/json/lean-devnet.json")
        .env("GF_ANALYTICS_REPORTING_ENABLED", "false")
        .env("GF_ANALYTICS_CHECK_FOR_UPDATES", "false")
        .mount(Mount.config(GrafanaProvisioning.MOUNT))
        .mount(Mount.data("/var/lib/grafana"))
        .build();
  }

  /**
   * The spec of an observability service {@code client} of {@code devnet} on {@code image}: its
   * http port and its labels; the caller adds what the program needs.
   */
  private static ServiceSpec.Builder observability(
      String devnet, AuxService service, String image, String client) {
    return ServiceSpec.builder(service.serviceName(), image)
        .port(new ServicePort(AuxService.HTTP, service.ports().get(0).number(), PortKind.HTTP))
        .labels(devnet, service.serviceName(), client, ServiceSpec.Role.OBSERVABILITY);
  }
}
