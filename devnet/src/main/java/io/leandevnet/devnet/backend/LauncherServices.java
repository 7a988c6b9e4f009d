package io.leandevnet.devnet.backend;

import io.leandevnet.devnet.backend.kubernetes.ServiceSource;
import io.leandevnet.devnet.clients.LaunchContext;
import io.leandevnet.devnet.clients.ServiceSpec;
import io.leandevnet.devnet.clients.execution.ElLaunchers;
import io.leandevnet.devnet.clients.lean.LeanLaunchers;
import io.leandevnet.devnet.plan.Addresses;
import io.leandevnet.devnet.plan.AuxService;
import io.leandevnet.devnet.plan.DevnetPlan;
import io.leandevnet.devnet.plan.ElNode;
import io.leandevnet.devnet.plan.LeanNode;
import io.leandevnet.devnet.plan.Service;
import java.util.Map;

/**
 * The services of a devnet as the launchers describe them, for the Kubernetes backend: each Lean
 * node's and execution node's {@link ServiceSpec} from its client's launcher. Prometheus and
 * Grafana are not among them yet (their specs and configuration writers come with the Docker
 * backend), so a plan with metrics enabled is refused with a hint.
 */
final class LauncherServices implements ServiceSource {

  @Override
  public boolean has(Service service) {
    return !(service instanceof AuxService);
  }

  @Override
  public ServiceSpec spec(Service service, LaunchContext context) {
    return switch (service) {
      case LeanNode n -> LeanLaunchers.spec(n, context);
      case ElNode e -> ElLaunchers.spec(e, context);
      case AuxService a ->
          throw new IllegalArgumentException(a.serviceName() + " has no launcher here");
    };
  }

  @Override
  public Map<String, String> configFiles(AuxService helper, DevnetPlan plan, Addresses addresses) {
    throw new IllegalArgumentException(helper.serviceName() + " has no configuration writer here");
  }
}
