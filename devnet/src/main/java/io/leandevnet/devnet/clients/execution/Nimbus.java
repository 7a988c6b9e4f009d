package io.leandevnet.devnet.clients.execution;

import io.leandevnet.devnet.clients.LaunchContext;
import io.leandevnet.devnet.clients.ServiceSpec;
import io.leandevnet.devnet.config.ElClient;
import io.leandevnet.devnet.config.LogLevel;
import io.leandevnet.devnet.plan.ElNode;
import java.util.List;

/**
 * nimbus-eth1 (Status, Nim). Image {@code statusim/nimbus-eth1:master}; the image's ENTRYPOINT is
 * the {@code nimbus_execution_client} binary.
 *
 * <pre>
 * --network=/config/execution/genesis.json --data-dir=/data
 * --http-address=0.0.0.0 --http-port=RPC --rpc --ws
 * --engine-api --engine-api-address=0.0.0.0 --engine-api-port=ENGINE --jwt-secret=/config/jwtsecret
 * --metrics --metrics-address=0.0.0.0 --metrics-port=METRICS
 * --tcp-port=P2P --udp-port=P2P --net-key=/data/nodekey --log-level=INFO
 * </pre>
 *
 * <p>Quirks: JSON-RPC and websockets share the HTTP port (the {@code ws} port stays unused); the
 * devp2p key lives in the data directory so the node keeps its identity across restarts.
 *
 * <p>Runs as root ({@code --user 0:0}): nimbus-eth1's image Dockerfile ({@code
 * docker/dist/binaries}) ends in {@code USER user} (uid 1000), and that user could not read the
 * devnet's {@code jwtsecret} (mode 0600); see {@code ElNodeSpec.runAsRoot}.
 */
public final class Nimbus implements ElLauncher {

  @Override
  public ElClient client() {
    return ElClient.NIMBUS;
  }

  @Override
  public ServiceSpec spec(ElNode node, LaunchContext context) {
    ElNodeSpec s = ElNodeSpec.start(this, node, context).runAsRoot();
    return s.args(
            "--network=" + s.genesisJson(),
            "--data-dir=" + s.dataDir(),
            "--http-address=0.0.0.0",
            "--http-port=" + s.rpcPort(),
            "--rpc",
            "--ws",
            "--engine-api",
            "--engine-api-address=0.0.0.0",
            "--engine-api-port=" + s.enginePort(),
            "--jwt-secret=" + s.jwtSecret(),
            "--metrics",
            "--metrics-address=0.0.0.0",
            "--metrics-port=" + s.metricsPort(),
            "--tcp-port=" + s.p2pPort(),
            "--udp-port=" + s.p2pPort(),
            "--net-key=" + s.dataDir() + "/nodekey")
        .finish();
  }

  @Override
  public List<String> logLevel(LogLevel level) {
    return List.of("--log-level=" + level.name());
  }
}
