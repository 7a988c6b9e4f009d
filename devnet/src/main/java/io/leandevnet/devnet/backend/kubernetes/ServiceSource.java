package io.leandevnet.devnet.backend.kubernetes;

import io.leandevnet.devnet.clients.LaunchContext;
import io.leandevnet.devnet.clients.ServiceSpec;
import io.leandevnet.devnet.plan.Addresses;
import io.leandevnet.devnet.plan.AuxService;
import io.leandevnet.devnet.plan.DevnetPlan;
import io.leandevnet.devnet.plan.Service;
import java.util.Map;

/**
 * What the Kubernetes backend is told about the services it runs, so that it knows nothing about
 * clients: each planned service's {@link ServiceSpec} (from its launcher), and the files of a
 * helper's configuration directory (Prometheus' scrape configuration, Grafana's provisioning).
 */
public interface ServiceSource {

  /** Whether this source has a container for {@code service} at all. */
  default boolean has(Service service) {
    return true;
  }

  /** The container of {@code service}, given where everything lives. */
  ServiceSpec spec(Service service, LaunchContext context);

  /** The files of {@code helper}'s configuration directory, by file name, with their text. */
  Map<String, String> configFiles(AuxService helper, DevnetPlan plan, Addresses addresses);
}
