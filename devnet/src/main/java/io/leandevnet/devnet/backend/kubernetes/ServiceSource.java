package io.leandevnet.devnet.backend.kubernetes;

import io.leandevnet.devnet.backend.Readiness;
import io.leandevnet.devnet.clients.LaunchContext;
import io.leandevnet.devnet.clients.ServiceSpec;
import io.leandevnet.devnet.plan.AuxService;
import io.leandevnet.devnet.plan.Service;
import java.util.Map;
import java.util.Set;

/**
 * What the Kubernetes backend is told about the services it runs, so that it knows nothing about
 * clients: each planned service's {@link ServiceSpec} (from its launcher), when it counts as ready
 * (which the backend turns into a readiness probe), and the files of a helper's configuration
 * directory (Prometheus' scrape configuration, Grafana's provisioning).
 */
public interface ServiceSource {

  /** Whether this source has a container for {@code service} at all. */
  default boolean has(Service service) {
    return true;
  }

  /** The container of {@code service}, given where everything lives. */
  ServiceSpec spec(Service service, LaunchContext context);

  /** When {@code service}'s container counts as ready. */
  Readiness readiness(Service service);

  /**
   * The files of {@code helper}'s configuration directory, by path relative to it ({@code
   * prometheus.yml}, {@code dashboards/json/lean-devnet.json}), with their text.
   */
  Map<String, String> configFiles(AuxService helper, LaunchContext context);

  /**
   * The environment variables of {@code service}'s container whose values are secrets (Grafana's
   * admin password): the backend keeps them in a Secret and has the container read them from it.
   */
  default Set<String> secretEnv(Service service) {
    return Set.of();
  }

  /**
   * A line for the user once {@code helper} runs (e.g. Grafana's admin password, shown only then),
   * or empty.
   */
  default String started(AuxService helper) {
    return "";
  }
}
