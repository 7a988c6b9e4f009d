package io.leandevnet.devnet.metrics;

import io.leandevnet.devnet.clients.Mount;
import io.leandevnet.devnet.clients.PortKind;
import io.leandevnet.devnet.clients.ServicePort;
import io.leandevnet.devnet.clients.ServiceSpec;
import io.leandevnet.devnet.plan.AuxService;

/**
 * The ServiceSpecs of the metrics services a devnet runs with {@code metrics_enabled}: Prometheus
 * and Grafana, as lean-quickstart runs them, with their configuration in each one's {@link
 * io.leandevnet.devnet.clients.Volume#CONFIG} directory (written by {@link PrometheusConfig} and
 * {@link GrafanaProvisioning}) and their data in its {@code DATA} directory.
 */
public final class MetricsServices {

  /** Where Prometheus reads {@code prometheus.yml}. */
  public static final String PROMETHEUS_CONFIG_DIR = "/etc/prometheus";

  /** The configuration file's name in Prometheus' CONFIG directory. */
  public static final String PROMETHEUS_CONFIG_FILE = "prometheus.yml";

  private MetricsServices() {}

  /**
   * Prometheus from the image's own entrypoint ({@code /bin/prometheus}), listening on {@code
   * service}'s http port, keeping a day of samples.
   */
  public static ServiceSpec prometheus(String devnet, AuxService service, String image) {
    int port = service.ports().get(0).number();
    return ServiceSpec.builder(service.serviceName(), image)
        .args(
            "--config.file=" + PROMETHEUS_CONFIG_DIR + "/" + PROMETHEUS_CONFIG_FILE,
            "--storage.tsdb.path=/prometheus",
            "--storage.tsdb.retention.time=1d",
            "--web.listen-address=0.0.0.0:" + port)
        .mount(Mount.config(PROMETHEUS_CONFIG_DIR))
        .mount(Mount.data("/prometheus"))
        .port(new ServicePort(AuxService.HTTP, port, PortKind.HTTP))
        .label(ServiceSpec.LABEL_DEVNET, devnet)
        .label(ServiceSpec.LABEL_NODE, service.serviceName())
        .label(ServiceSpec.LABEL_CLIENT, "prometheus")
        .label(ServiceSpec.LABEL_ROLE, ServiceSpec.Role.OBSERVABILITY.label())
        .build();
  }

  /**
   * Grafana with anonymous read-only access (Viewer), sign-up off, the admin password {@code
   * adminPassword}, and its provisioning from {@link GrafanaProvisioning}.
   */
  public static ServiceSpec grafana(
      String devnet, AuxService service, String image, String adminPassword) {
    int port = service.ports().get(0).number();
    return ServiceSpec.builder(service.serviceName(), image)
        .env("GF_SERVER_HTTP_PORT", Integer.toString(port))
        .env("GF_AUTH_ANONYMOUS_ENABLED", "true")
        .env("GF_AUTH_ANONYMOUS_ORG_ROLE", "Viewer")
        .env("GF_USERS_ALLOW_SIGN_UP", "false")
        .env("GF_SECURITY_ADMIN_USER", "admin")
        .env("GF_SECURITY_ADMIN_PASSWORD", adminPassword)
        .env(
            "GF_DASHBOARDS_DEFAULT_HOME_DASHBOARD_PATH",
            GrafanaProvisioning.MOUNT + "/dashboards/json/lean-devnet.json")
        .env("GF_ANALYTICS_REPORTING_ENABLED", "false")
        .env("GF_ANALYTICS_CHECK_FOR_UPDATES", "false")
        .mount(Mount.config(GrafanaProvisioning.MOUNT))
        .mount(Mount.data("/var/lib/grafana"))
        .port(new ServicePort(AuxService.HTTP, port, PortKind.HTTP))
        .label(ServiceSpec.LABEL_DEVNET, devnet)
        .label(ServiceSpec.LABEL_NODE, service.serviceName())
        .label(ServiceSpec.LABEL_CLIENT, "grafana")
        .label(ServiceSpec.LABEL_ROLE, ServiceSpec.Role.OBSERVABILITY.label())
        .build();
  }
}
