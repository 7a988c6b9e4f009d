package io.leandevnet.devnet.clients;

import io.leandevnet.devnet.plan.Port;
import io.leandevnet.devnet.plan.Protocol;
import java.util.Objects;

/**
 * A port a service listens on.
 *
 * @param name the logical name, unique within the service: {@code quic}, {@code api}, {@code
 *     metrics} for Lean nodes (the names of {@code io.leandevnet.devnet.plan.LeanNode}), {@code
 *     discovery} for ethlambda, {@code http} for Prometheus and Grafana
 * @param number the number the service binds inside its own network namespace (on the embedded
 *     backend, on the host)
 * @param kind what speaks on it, which decides TCP or UDP
 */
public record ServicePort(String name, int number, PortKind kind) {

  public ServicePort {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    Port.requireInRange(name, number);
  }

  public Protocol protocol() {
    return kind.protocol();
  }
}
