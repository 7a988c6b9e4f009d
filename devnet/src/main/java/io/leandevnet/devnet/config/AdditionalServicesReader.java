package io.leandevnet.devnet.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** Reads {@code additional_services:}: the known services, the refused ones with their reason. */
final class AdditionalServicesReader {

  private final FieldReader f;

  AdditionalServicesReader(FieldReader f) {
    this.f = f;
  }

  Set<AdditionalService> read(ObjectNode top, NetworkParams network) {
    String path = "additional_services";
    JsonNode node = FieldReader.present(top, path);
    Set<AdditionalService> result = EnumSet.noneOf(AdditionalService.class);
    if (node == null) {
      // ethereum-package's default: the metrics stack, when there are metrics to show.
      if (network == null || network.metricsEnabled()) {
        result.add(AdditionalService.PROMETHEUS);
        result.add(AdditionalService.GRAFANA);
      }
      return result;
    }
    if (!(node instanceof ArrayNode list)) {
      f.error(
          path,
          "expected a list of service names ("
              + String.join(", ", AdditionalService.keys())
              + "), got "
              + FieldReader.describe(node));
      return result;
    }
    for (int i = 0; i < list.size(); i++) {
      String where = path + "[" + i + "]";
      JsonNode item = list.get(i);
      if (!item.isTextual()) {
        f.error(where, "expected a service name, got " + FieldReader.describe(item));
        continue;
      }
      String name = item.asText();
      Optional<AdditionalService> service = AdditionalService.byKey(name);
      Optional<String> refused =
          AdditionalService.whyRefused(name.startsWith("mev") ? "mev" : name);
      if (service.isPresent()) {
        if (!result.add(service.get())) {
          f.warning(where, "'" + name + "' is listed twice");
        }
        boolean metricsService = service.get() != AdditionalService.DASHBOARD;
        if (metricsService && network != null && !network.metricsEnabled()) {
          f.error(
              where,
              name
                  + " needs metrics; remove it, or set"
                  + " lean_network_params.metrics_enabled: true");
        }
      } else if (name.equals("prometheus_grafana")) {
        result.add(AdditionalService.PROMETHEUS);
        result.add(AdditionalService.GRAFANA);
      } else if (refused.isPresent()) {
        f.error(
            where,
            "'"
                + name
                + "' cannot run on a Lean devnet: "
                + refused.get()
                + "; remove it (available: "
                + String.join(", ", AdditionalService.keys())
                + ")");
      } else {
        f.error(
            where,
            "unknown service '" + name + "'" + FieldReader.hint(name, AdditionalService.keys()));
      }
    }
    if (result.contains(AdditionalService.GRAFANA)
        && !result.contains(AdditionalService.PROMETHEUS)) {
      f.error(path, "grafana shows what prometheus collects; add prometheus to the list");
    }
    return result;
  }
}
