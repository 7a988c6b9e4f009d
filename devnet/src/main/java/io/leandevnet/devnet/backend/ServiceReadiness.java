package io.leandevnet.devnet.backend;

import io.leandevnet.devnet.clients.lean.LeanLauncher;
import io.leandevnet.devnet.clients.lean.LeanLaunchers;
import io.leandevnet.devnet.metrics.MetricsServices;
import io.leandevnet.devnet.plan.AuxService;
import io.leandevnet.devnet.plan.ElNode;
import io.leandevnet.devnet.plan.LeanNode;
import io.leandevnet.devnet.plan.Service;

/**
 * When a planned service counts as ready, by its kind in the plan and what its launcher says, never
 * by a client's name: a Lean node when its {@code /lean/v0/health} answers 200 on its API port, or,
 * when its launcher tells it no API port ({@link LeanLauncher#servesApi()}: lean_lighthouse), when
 * {@code /metrics} answers 200 on its metrics port, a port it is told to open; Prometheus and
 * Grafana on {@link MetricsServices#readyPath}, an execution node when its JSON-RPC port accepts
 * connections ({@code up} then checks its chain id and genesis block through that port). The
 * Kubernetes backend turns these into readiness probes; the Docker backend polls the same
 * strategies.
 */
public final class ServiceReadiness {

  /** The path every Lean client answers 200 on once its API runs. */
  public static final String LEAN_HEALTH = "/lean/v0/health";

  private ServiceReadiness() {}

  /** The readiness of {@code service}. */
  public static Readiness of(Service service) {
    return switch (service) {
      case LeanNode n ->
          LeanLaunchers.of(n.client()).servesApi()
              ? Readiness.http(LeanNode.API, LEAN_HEALTH)
              : Readiness.http(LeanNode.METRICS, "/metrics");
      case ElNode e -> Readiness.portOpen(ElNode.RPC);
      case AuxService a -> Readiness.http(AuxService.HTTP, MetricsServices.readyPath(a));
    };
  }
}
