package io.leandevnet.devnet.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.leandevnet.devnet.clients.Mount;
import io.leandevnet.devnet.clients.PortKind;
import io.leandevnet.devnet.clients.ServicePort;
import io.leandevnet.devnet.clients.ServiceSpec;
import io.leandevnet.devnet.plan.AuxService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Golden tests of what Grafana and Prometheus are started with (Grafana's image cannot be pulled on
 * this project's machines, so its ServiceSpec and provisioning files are checked here as they are).
 */
class MetricsServicesTest {

  @TempDir Path dir;

  @Test
  void grafanaServiceSpec() {
    ServiceSpec g =
        MetricsServices.grafana("demo", AuxService.GRAFANA, "grafana/grafana:12.3.2", "pw");
    assertThat(g.name()).isEqualTo("lean-grafana");
    assertThat(g.image()).isEqualTo("grafana/grafana:12.3.2");
    assertThat(g.entrypoint()).isEmpty();
    assertThat(g.command()).isEmpty();
    assertThat(g.env())
        .containsExactly(
            Map.entry("GF_SERVER_HTTP_PORT", "3000"),
            Map.entry("GF_AUTH_ANONYMOUS_ENABLED", "true"),
            Map.entry("GF_AUTH_ANONYMOUS_ORG_ROLE", "Viewer"),
            Map.entry("GF_USERS_ALLOW_SIGN_UP", "false"),
            Map.entry("GF_SECURITY_ADMIN_USER", "admin"),
            Map.entry("GF_SECURITY_ADMIN_PASSWORD", "pw"),
            Map.entry(
                "GF_DASHBOARDS_DEFAULT_HOME_DASHBOARD_PATH",
                "/etc/grafana/provisioning/dashboards/json/lean-devnet.json"),
            Map.entry("GF_ANALYTICS_REPORTING_ENABLED", "false"),
            Map.entry("GF_ANALYTICS_CHECK_FOR_UPDATES", "false"));
    assertThat(g.mounts())
        .containsExactly(Mount.config("/etc/grafana/provisioning"), Mount.data("/var/lib/grafana"));
    assertThat(g.ports()).containsExactly(new ServicePort("http", 3000, PortKind.HTTP));
    assertThat(g.labels())
        .containsExactly(
            Map.entry(ServiceSpec.LABEL_DEVNET, "demo"),
            Map.entry(ServiceSpec.LABEL_NODE, "lean-grafana"),
            Map.entry(ServiceSpec.LABEL_CLIENT, "grafana"),
            Map.entry(ServiceSpec.LABEL_ROLE, "observability"));
  }

  @Test
  void prometheusServiceSpecAndConfig() {
    ServiceSpec p =
        MetricsServices.prometheus("demo", AuxService.PROMETHEUS, "prom/prometheus:v3.8.0");
    assertThat(p.command())
        .containsExactly(
            "--config.file=/etc/prometheus/prometheus.yml",
            "--storage.tsdb.path=/prometheus",
            "--storage.tsdb.retention.time=1d",
            "--web.listen-address=0.0.0.0:9090");
    assertThat(p.mounts())
        .containsExactly(Mount.config("/etc/prometheus"), Mount.data("/prometheus"));
    assertThat(
            PrometheusConfig.yaml(
                "demo",
                List.of(
                    new ScrapeTarget("builtin_0", "10.77.0.2:5054", "builtin"),
                    new ScrapeTarget("zeam_0", "10.77.0.3:5054", "zeam")),
                9090))
        .isEqualTo(
            """
            global:
              scrape_interval: 5s
              evaluation_interval: 5s
            scrape_configs:
            - job_name: prometheus
              metrics_path: /metrics
              static_configs:
              - targets:
                - localhost:9090
                labels:
                  devnet: demo
                  client: prometheus
            - job_name: builtin_0
              metrics_path: /metrics
              static_configs:
              - targets:
                - 10.77.0.2:5054
                labels:
                  client: builtin
                  devnet: demo
            - job_name: zeam_0
              metrics_path: /metrics
              static_configs:
              - targets:
                - 10.77.0.3:5054
                labels:
                  client: zeam
                  devnet: demo
            """);
  }

  @Test
  void grafanaProvisioningFiles() throws Exception {
    Path extra = Files.createDirectories(dir.resolve("extra"));
    Files.writeString(extra.resolve("quickstart.json"), "{\"title\": \"lean-quickstart\"}");
    Files.writeString(extra.resolve("notes.txt"), "not a dashboard");
    Path out = dir.resolve("out");
    GrafanaProvisioning.write(out, "http://10.77.0.7:9090", Optional.of(extra));
    assertThat(out.resolve("datasources/prometheus.yaml"))
        .hasContent(
            """
            apiVersion: 1
            datasources:
              - name: Prometheus
                uid: lean-devnet-prometheus
                type: prometheus
                access: proxy
                url: http://10.77.0.7:9090
                isDefault: true
                editable: false
            """);
    assertThat(out.resolve("dashboards/lean-devnet.yaml"))
        .hasContent(
            """
            apiVersion: 1
            providers:
              - name: lean-devnet
                folder: Lean
                type: file
                disableDeletion: true
                allowUiUpdates: false
                options:
                  path: /etc/grafana/provisioning/dashboards/json
            """);
    assertThat(out.resolve("dashboards/json/lean-devnet.json"))
        .hasContent(GrafanaProvisioning.leanDashboard());
    assertThat(out.resolve("dashboards/json/quickstart.json")).exists();
    assertThat(out.resolve("dashboards/json/notes.txt")).doesNotExist();

    Files.writeString(extra.resolve("broken.json"), "[1, 2]");
    assertThatThrownBy(
            () -> GrafanaProvisioning.write(dir.resolve("out2"), "http://x", Optional.of(extra)))
        .hasMessageContaining("broken.json (--grafana-dashboards) is not a Grafana dashboard");
  }

  @Test
  void ourDashboardQueriesTheLeanMetricsByName() {
    List<String> exprs = GrafanaProvisioning.expressions(GrafanaProvisioning.leanDashboard());
    assertThat(String.join("\n", exprs))
        .contains("lean_head_slot")
        .contains("lean_latest_justified_slot")
        .contains("lean_latest_finalized_slot")
        .contains("lean_current_slot")
        .contains("lean_connected_peers")
        .contains("lean_node_sync_status")
        .contains("lean_finalizations_total")
        .contains("lean_is_aggregator")
        .contains("lean_pq_sig_attestation_signing_time_seconds_bucket")
        .contains("lean_pq_sig_attestation_verification_time_seconds_bucket");
    assertThat(GrafanaProvisioning.leanDashboard())
        .doesNotContain("${")
        .contains("lean-devnet-prometheus");
  }
}
