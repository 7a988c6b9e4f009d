package io.leandevnet.devnet.standin;

import io.leandevnet.devnet.clients.lean.Ethlambda;
import io.leandevnet.devnet.plan.LeanNode;

/** A port a Lean node listens on, by the logical name its ServiceSpec gives it. */
enum PortRole {
  QUIC(LeanNode.QUIC),
  API(LeanNode.API),
  METRICS(LeanNode.METRICS),
  DISCOVERY(Ethlambda.DISCOVERY);

  private final String portName;

  PortRole(String portName) {
    this.portName = portName;
  }

  /** The ServiceSpec port name ({@code quic}, {@code api}, …). */
  String portName() {
    return portName;
  }
}
