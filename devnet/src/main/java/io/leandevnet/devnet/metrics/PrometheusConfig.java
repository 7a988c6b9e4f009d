package io.leandevnet.devnet.metrics;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code prometheus.yml} for a devnet: one scrape job per Lean node (job = node name, labels {@code
 * client} and {@code devnet}, path {@code /metrics}) and Prometheus itself, every 5 s.
 */
public final class PrometheusConfig {

  /** How often every target is scraped: a slot is 4 s. */
  public static final String SCRAPE_INTERVAL = "5s";

  private PrometheusConfig() {}

  /**
   * The configuration file's text.
   *
   * @param selfPort the port Prometheus listens on inside its container
   */
  public static String yaml(String devnet, List<ScrapeTarget> targets, int selfPort) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put(
        "global",
        ordered("scrape_interval", SCRAPE_INTERVAL, "evaluation_interval", SCRAPE_INTERVAL));
    List<Object> jobs = new ArrayList<>();
    jobs.add(
        job(
            "prometheus",
            "localhost:" + selfPort,
            ordered("devnet", devnet, "client", "prometheus")));
    for (ScrapeTarget t : targets) {
      Map<String, String> labels = new LinkedHashMap<>();
      labels.put("client", t.client());
      labels.put("devnet", devnet);
      jobs.add(job(t.job(), t.address(), labels));
    }
    root.put("scrape_configs", jobs);
    try {
      return new ObjectMapper(
              YAMLFactory.builder()
                  .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                  .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                  .build())
          .writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A map of two entries in this order (the file reads the same every time). */
  private static Map<String, Object> ordered(String k1, Object v1, String k2, Object v2) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put(k1, v1);
    m.put(k2, v2);
    return m;
  }

  private static Map<String, Object> job(String name, String target, Map<String, ?> labels) {
    Map<String, Object> job = new LinkedHashMap<>();
    job.put("job_name", name);
    job.put("metrics_path", "/metrics");
    job.put("static_configs", List.of(ordered("targets", List.of(target), "labels", labels)));
    return job;
  }
}
