package io.leandevnet.devnet.metrics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Grafana's provisioning directory for a devnet, mounted at {@link #MOUNT}: the Prometheus
 * datasource ({@code datasources/prometheus.yaml}, uid {@link #DATASOURCE_UID}), a dashboard
 * provider ({@code dashboards/lean-devnet.yaml}) reading {@code dashboards/json/}, and in it our
 * own Lean dashboard on the leanMetrics names plus every {@code *.json} of {@code
 * --grafana-dashboards DIR}.
 */
public final class GrafanaProvisioning {

  /** Where Grafana's image reads provisioning from ({@code GF_PATHS_PROVISIONING}). */
  public static final String MOUNT = "/etc/grafana/provisioning";

  /** The uid of the Prometheus datasource; our dashboard's panels name it. */
  public static final String DATASOURCE_UID = "lean-devnet-prometheus";

  /** Our dashboard, as a class-path resource. */
  static final String DASHBOARD_RESOURCE = "/grafana/lean-devnet.json";

  private GrafanaProvisioning() {}

  /**
   * Writes the provisioning files into {@code dir}.
   *
   * @param prometheusUrl where Grafana (inside the devnet's network) reaches Prometheus
   * @param extraDashboards a directory of dashboard JSON files to add, if any
   * @throws IOException naming a file of {@code extraDashboards} that is not a JSON object
   */
  public static void write(Path dir, String prometheusUrl, Optional<Path> extraDashboards)
      throws IOException {
    Path datasources = Files.createDirectories(dir.resolve("datasources"));
    Files.writeString(
        datasources.resolve("prometheus.yaml"),
        """
        apiVersion: 1
        datasources:
          - name: Prometheus
            uid: %s
            type: prometheus
            access: proxy
            url: %s
            isDefault: true
            editable: false
        """
            .formatted(DATASOURCE_UID, prometheusUrl));
    Path dashboards = Files.createDirectories(dir.resolve("dashboards"));
    Files.writeString(
        dashboards.resolve("lean-devnet.yaml"),
        """
        apiVersion: 1
        providers:
          - name: lean-devnet
            folder: Lean
            type: file
            disableDeletion: true
            allowUiUpdates: false
            options:
              path: %s/dashboards/json
        """
            .formatted(MOUNT));
    Path json = Files.createDirectories(dashboards.resolve("json"));
    Files.writeString(json.resolve("lean-devnet.json"), leanDashboard());
    if (extraDashboards.isPresent()) {
      ObjectMapper mapper = new ObjectMapper();
      try (Stream<Path> files = Files.list(extraDashboards.get())) {
        for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
          JsonNode node;
          try {
            node = mapper.readTree(f.toFile());
          } catch (IOException e) {
            throw new IOException(
                f + " (--grafana-dashboards) is not a Grafana dashboard: not valid JSON", e);
          }
          if (node == null || !node.isObject()) {
            throw new IOException(
                f + " (--grafana-dashboards) is not a Grafana dashboard: expected a JSON object");
          }
          Files.copy(f, json.resolve(f.getFileName()));
        }
      }
    }
  }

  /** Our Lean dashboard's JSON. */
  public static String leanDashboard() {
    try (InputStream in = GrafanaProvisioning.class.getResourceAsStream(DASHBOARD_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(DASHBOARD_RESOURCE + " is missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every PromQL expression of a dashboard's panels, in panel order. */
  public static List<String> expressions(String dashboardJson) {
    try {
      List<String> out = new ArrayList<>();
      for (JsonNode panel : new ObjectMapper().readTree(dashboardJson).path("panels")) {
        for (JsonNode target : panel.path("targets")) {
          if (target.hasNonNull("expr")) {
            out.add(target.get("expr").asText());
          }
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
