package io.leandevnet.devnet.config;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The names {@code additional_services:} accepts, and the ethereum-package names it recognizes but
 * refuses, each with the reason it cannot work on a Lean devnet.
 *
 * <p>Refused names are errors, not warnings: a devnet that silently runs without the tool the user
 * asked for looks like a broken tool later, so the user removes the name instead.
 */
public enum AdditionalService implements Keyed {
  /**
   * Prometheus scraping every node ({@code lean-prometheus}); with Grafana the default when the
   * args file has no {@code additional_services} and metrics are enabled.
   */
  PROMETHEUS("prometheus"),
  /** Grafana with the Lean clients dashboard ({@code lean-grafana}); see {@link #PROMETHEUS}. */
  GRAFANA("grafana"),
  /**
   * lean-devnet's own web dashboard of head / justified / finalized per node, served by {@code up}
   * from its own process on every backend (no container).
   */
  DASHBOARD("dashboard");

  private static final String BEACON_API =
      " needs the Beacon API (/eth/v1/...), which Lean clients do not serve (they serve /lean/v0)";
  private static final String EL_TOOL =
      " drives execution clients; lean-devnet does not launch it (execution clients are optional"
          + " here and only ethlambda pairs with one)";

  private static final Map<String, String> REFUSED =
      Map.ofEntries(
          Map.entry("dora", "dora is a beacon-chain explorer and" + BEACON_API),
          Map.entry("full_beaconchain_explorer", "the beaconcha.in explorer" + BEACON_API),
          Map.entry("beacon_metrics_gazer", "beacon_metrics_gazer" + BEACON_API),
          Map.entry("dugtrio", "dugtrio is a Beacon API load balancer and" + BEACON_API),
          Map.entry("forkmon", "forkmon" + BEACON_API),
          Map.entry("assertoor", "assertoor" + BEACON_API),
          Map.entry("tracoor", "tracoor" + BEACON_API),
          Map.entry("blobscan", "blobscan indexes blobs and" + BEACON_API),
          Map.entry("blockscout", "blockscout" + EL_TOOL),
          Map.entry("el_forkmon", "el_forkmon" + EL_TOOL),
          Map.entry("spamoor", "spamoor" + EL_TOOL),
          Map.entry("tx_fuzz", "tx_fuzz" + EL_TOOL),
          Map.entry("custom_flood", "custom_flood" + EL_TOOL),
          Map.entry(
              "mev",
              "MEV-boost and relays need the beacon-chain builder API, which Lean clients lack"));

  private final String key;

  AdditionalService(String key) {
    this.key = key;
  }

  @Override
  public String key() {
    return key;
  }

  public static Optional<AdditionalService> byKey(String key) {
    return Keyed.byKey(values(), key);
  }

  public static List<String> keys() {
    return Keyed.keys(values());
  }

  /** Why a recognized ethereum-package service cannot run here, or empty if the name is unknown. */
  public static Optional<String> whyRefused(String key) {
    return Optional.ofNullable(REFUSED.get(key));
  }
}
