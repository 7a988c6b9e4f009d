package io.leandevnet.devnet.clients.execution;

import io.leandevnet.devnet.clients.LaunchContext;
import io.leandevnet.devnet.clients.ServiceSpec;
import io.leandevnet.devnet.config.ElClient;
import io.leandevnet.devnet.config.LogLevel;
import io.leandevnet.devnet.plan.ElNode;
import java.util.List;

/**
 * ethrex (lambdaclass, Rust): the execution client ethlambda's Engine API build was verified
 * against (ethrex v15, research/devnet5.md §4.1). Image {@code ethpandaops/ethrex:main}; the
 * image's ENTRYPOINT is {@code ethrex}.
 *
 * <pre>
 * --network=/config/execution/genesis.json --datadir=/data
 * --http.addr=0.0.0.0 --http.port=RPC
 * --authrpc.addr=0.0.0.0 --authrpc.port=ENGINE --authrpc.jwtsecret=/config/jwtsecret
 * --p2p.port=P2P --discovery.port=P2P --p2p.discv5=true
 * --metrics --metrics.port=METRICS --syncmode=full --log.level=info
 * </pre>
 *
 * <p>Quirks: {@code --network} takes a genesis file as well as a network name; no websocket port.
 */
public final class Ethrex implements ElLauncher {

  @Override
  public ElClient client() {
    return ElClient.ETHREX;
  }

  @Override
  public ServiceSpec spec(ElNode node, LaunchContext context) {
    ElNodeSpec s = ElNodeSpec.start(this, node, context);
    return s.args(
            "--network=" + s.genesisJson(),
            "--datadir=" + s.dataDir(),
            "--http.addr=0.0.0.0",
            "--http.port=" + s.rpcPort(),
            "--authrpc.addr=0.0.0.0",
            "--authrpc.port=" + s.enginePort(),
            "--authrpc.jwtsecret=" + s.jwtSecret(),
            "--p2p.port=" + s.p2pPort(),
            "--discovery.port=" + s.p2pPort(),
            "--p2p.discv5=true",
            "--metrics",
            "--metrics.port=" + s.metricsPort(),
            "--syncmode=full")
        .finish();
  }

  @Override
  public List<String> logLevel(LogLevel level) {
    return List.of("--log.level=" + level.key());
  }
}
