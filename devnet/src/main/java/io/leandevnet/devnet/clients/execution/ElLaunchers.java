package io.leandevnet.devnet.clients.execution;

import io.leandevnet.devnet.clients.LaunchContext;
import io.leandevnet.devnet.clients.ServiceSpec;
import io.leandevnet.devnet.config.ElClient;
import io.leandevnet.devnet.plan.ElNode;

/** The registry of execution launchers: one per {@link ElClient}, checked by the compiler. */
public final class ElLaunchers {

  private ElLaunchers() {}

  /** The launcher of {@code client}. */
  public static ElLauncher of(ElClient client) {
    return switch (client) {
      case GETH -> new Geth();
      case ETHREX -> new Ethrex();
      case NETHERMIND -> new Nethermind();
      case ERIGON -> new Erigon();
      case BESU -> new Besu();
      case NIMBUS -> new Nimbus();
      case RETH -> new Reth();
    };
  }

  /** The spec of {@code node}, by its client's launcher. */
  public static ServiceSpec spec(ElNode node, LaunchContext context) {
    return of(node.client()).spec(node, context);
  }
}
