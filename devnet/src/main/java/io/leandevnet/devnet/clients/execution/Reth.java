package io.leandevnet.devnet.clients.execution;

import io.leandevnet.devnet.clients.LaunchContext;
import io.leandevnet.devnet.clients.ServiceSpec;
import io.leandevnet.devnet.config.ElClient;
import io.leandevnet.devnet.config.LogLevel;
import io.leandevnet.devnet.plan.ElNode;
import java.util.List;

/**
 * reth (Paradigm, Rust). Image {@code ethpandaops/reth:main}; the image's ENTRYPOINT is {@code
 * reth}, so the command starts with the {@code node} subcommand.
 *
 * <pre>
 * node --chain=/config/execution/genesis.json --datadir=/data
 * --http --http.addr=0.0.0.0 --http.port=RPC --http.api=admin,net,eth,web3,debug,txpool,trace
 * --http.corsdomain=* --ws --ws.addr=0.0.0.0 --ws.port=WS --ws.api=net,eth --ws.origins=*
 * --authrpc.addr=0.0.0.0 --authrpc.port=ENGINE --authrpc.jwtsecret=/config/jwtsecret
 * --metrics=0.0.0.0:METRICS --port=P2P --discovery.port=P2P --discovery.v5.port=P2P
 * --disable-discv4-discovery --full -vvv
 * </pre>
 *
 * <p>Quirks: metrics take one {@code address:port} value; the log level is a count of {@code -v}
 * (error {@code -v} … trace {@code -vvvvv}).
 */
public final class Reth implements ElLauncher {

  @Override
  public ElClient client() {
    return ElClient.RETH;
  }

  @Override
  public ServiceSpec spec(ElNode node, LaunchContext context) {
    ElNodeSpec s = ElNodeSpec.start(this, node, context);
    return s.args(
            "node",
            "--chain=" + s.genesisJson(),
            "--datadir=" + s.dataDir(),
            "--http",
            "--http.addr=0.0.0.0",
            "--http.port=" + s.rpcPort(),
            "--http.api=admin,net,eth,web3,debug,txpool,trace",
            "--http.corsdomain=*",
            "--ws",
            "--ws.addr=0.0.0.0",
            "--ws.port=" + s.wsPort(),
            "--ws.api=net,eth",
            "--ws.origins=*",
            "--authrpc.addr=0.0.0.0",
            "--authrpc.port=" + s.enginePort(),
            "--authrpc.jwtsecret=" + s.jwtSecret(),
            "--metrics=0.0.0.0:" + s.metricsPort(),
            "--port=" + s.p2pPort(),
            "--discovery.port=" + s.p2pPort(),
            "--discovery.v5.port=" + s.p2pPort(),
            "--disable-discv4-discovery",
            "--full")
        .finish();
  }

  @Override
  public List<String> logLevel(LogLevel level) {
    return List.of("-" + "v".repeat(level.ordinal() + 1));
  }
}
