package io.leandevnet.devnet.clients.execution;

import io.leandevnet.devnet.clients.LaunchContext;
import io.leandevnet.devnet.clients.ServiceSpec;
import io.leandevnet.devnet.config.ElClient;
import io.leandevnet.devnet.config.LogLevel;
import io.leandevnet.devnet.plan.ElNode;
import java.util.List;

/**
 * go-ethereum. Image {@code ethereum/client-go:latest}; the image's ENTRYPOINT is {@code geth}.
 *
 * <pre>
 * --override.genesis=/config/execution/genesis.json --datadir=/data
 * --http --http.addr=0.0.0.0 --http.port=RPC --http.vhosts=* --http.corsdomain=*
 * --http.api=admin,engine,net,eth,web3,debug,txpool
 * --ws --ws.addr=0.0.0.0 --ws.port=WS --ws.api=admin,engine,net,eth,web3,debug,txpool --ws.origins=*
 * --authrpc.addr=0.0.0.0 --authrpc.port=ENGINE --authrpc.vhosts=* --authrpc.jwtsecret=/config/jwtsecret
 * --syncmode=full --metrics --metrics.addr=0.0.0.0 --metrics.port=METRICS
 * --port=P2P --discovery.port=P2P --discovery.v4=false --discovery.v5=true --verbosity=3
 * </pre>
 *
 * <p>Quirk: no separate {@code geth init}; {@code --override.genesis} takes the genesis file at
 * start (ethereum-package since #1229). Log level as {@code --verbosity} 1 (error) … 5 (trace).
 */
public final class Geth implements ElLauncher {

  @Override
  public ElClient client() {
    return ElClient.GETH;
  }

  @Override
  public ServiceSpec spec(ElNode node, LaunchContext context) {
    ElNodeSpec s = ElNodeSpec.start(this, node, context);
    String apis = "admin,engine,net,eth,web3,debug,txpool";
    return s.args(
            "--override.genesis=" + s.genesisJson(),
            "--datadir=" + s.dataDir(),
            "--http",
            "--http.addr=0.0.0.0",
            "--http.port=" + s.rpcPort(),
            "--http.vhosts=*",
            "--http.corsdomain=*",
            "--http.api=" + apis,
            "--ws",
            "--ws.addr=0.0.0.0",
            "--ws.port=" + s.wsPort(),
            "--ws.api=" + apis,
            "--ws.origins=*",
            "--authrpc.addr=0.0.0.0",
            "--authrpc.port=" + s.enginePort(),
            "--authrpc.vhosts=*",
            "--authrpc.jwtsecret=" + s.jwtSecret(),
            "--syncmode=full",
            "--metrics",
            "--metrics.addr=0.0.0.0",
            "--metrics.port=" + s.metricsPort(),
            "--port=" + s.p2pPort(),
            "--discovery.port=" + s.p2pPort(),
            "--discovery.v4=false",
            "--discovery.v5=true")
        .finish();
  }

  @Override
  public List<String> logLevel(LogLevel level) {
    return List.of("--verbosity=" + (level.ordinal() + 1));
  }
}
