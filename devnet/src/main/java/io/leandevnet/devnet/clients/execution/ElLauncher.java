package io.leandevnet.devnet.clients.execution;

import io.leandevnet.devnet.clients.LaunchContext;
import io.leandevnet.devnet.clients.ServiceSpec;
import io.leandevnet.devnet.config.ElClient;
import io.leandevnet.devnet.config.LogLevel;
import io.leandevnet.devnet.plan.ElNode;
import java.util.List;

/**
 * How one execution client is started next to the Lean node that drives it over the Engine API: its
 * command line, ports and quirks. One class per client, each with its launch contract in its doc
 * comment (as ethereum-package's {@code src/el/<client>/<client>_launcher.star}); {@link
 * ElLaunchers#of} is the exhaustive registry.
 *
 * <p>Every launcher gives its client (research/ecosystem.md A2):
 *
 * <ul>
 *   <li>the genesis bundle read-only at {@code /config}: the devnet's one geth-style {@code
 *       /config/execution/genesis.json} (every client boots from the same file) and the Engine API
 *       secret {@code /config/jwtsecret}, the same file its Lean node is given;
 *   <li>its own data directory at {@code /data};
 *   <li>the ports of {@code context.at(node)}: {@code rpc} (HTTP JSON-RPC, with {@code admin},
 *       {@code eth}, {@code net}), {@code ws}, {@code engine} (authenticated Engine API), {@code
 *       p2p}/{@code discovery} (devp2p, discv5) and {@code metrics} (Prometheus),
 *       ethereum-package's numbers 8545, 8546, 8551, 30303 and 9001 in containers;
 *   <li>{@code el_log_level} in the client's own spelling, {@code el_extra_params} appended last,
 *       {@code el_extra_env_vars}, {@code el_min_cpu} … as resources, and the
 *       devnet/node/client/role labels (node: the service name, role {@code execution}).
 * </ul>
 */
public sealed interface ElLauncher permits Geth, Ethrex, Nethermind, Erigon, Besu, Nimbus, Reth {

  /** The client this launcher starts. */
  ElClient client();

  /** The container of {@code node}. */
  ServiceSpec spec(ElNode node, LaunchContext context);

  /** {@code el_log_level} as this client's flag(s). */
  List<String> logLevel(LogLevel level);
}
