package io.leandevnet.devnet.clients.execution;

import io.leandevnet.consensus.chain.ChainConfig;
import io.leandevnet.devnet.clients.LaunchContext;
import io.leandevnet.devnet.clients.ServiceSpec;
import io.leandevnet.devnet.config.ElClient;
import io.leandevnet.devnet.config.LogLevel;
import io.leandevnet.devnet.plan.ElNode;
import java.util.List;

/**
 * Nethermind (.NET). Image {@code ethpandaops/nethermind:master}; the image's ENTRYPOINT is the
 * {@code nethermind} binary.
 *
 * <pre>
 * --config=none --Init.ChainSpecPath=/config/execution/genesis.json --datadir=/data
 * --JsonRpc.Enabled=true --JsonRpc.EnabledModules=net,eth,consensus,subscribe,web3,admin
 * --JsonRpc.Host=0.0.0.0 --JsonRpc.Port=RPC --JsonRpc.WebSocketsPort=WS
 * --JsonRpc.EngineHost=0.0.0.0 --JsonRpc.EnginePort=ENGINE --JsonRpc.JwtSecretFile=/config/jwtsecret
 * --Network.P2PPort=P2P --Network.DiscoveryPort=P2P --Discovery.DiscoveryVersion=V5
 * --Metrics.Enabled=true --Metrics.ExposePort=METRICS --Blocks.SecondsPerSlot=4 --log=INFO
 * </pre>
 *
 * <p>Quirks: reads the geth-style genesis.json through {@code --Init.ChainSpecPath} (Nethermind
 * 1.31 and later detect the format); {@code --Blocks.SecondsPerSlot} is the Lean slot, 4 s, which
 * it uses to time payload building.
 */
public final class Nethermind implements ElLauncher {

  @Override
  public ElClient client() {
    return ElClient.NETHERMIND;
  }

  @Override
  public ServiceSpec spec(ElNode node, LaunchContext context) {
    ElNodeSpec s = ElNodeSpec.start(this, node, context);
    return s.args(
            "--config=none",
            "--Init.ChainSpecPath=" + s.genesisJson(),
            "--datadir=" + s.dataDir(),
            "--JsonRpc.Enabled=true",
            "--JsonRpc.EnabledModules=net,eth,consensus,subscribe,web3,admin",
            "--JsonRpc.Host=0.0.0.0",
            "--JsonRpc.Port=" + s.rpcPort(),
            "--JsonRpc.WebSocketsPort=" + s.wsPort(),
            "--JsonRpc.EngineHost=0.0.0.0",
            "--JsonRpc.EnginePort=" + s.enginePort(),
            "--JsonRpc.JwtSecretFile=" + s.jwtSecret(),
            "--Network.P2PPort=" + s.p2pPort(),
            "--Network.DiscoveryPort=" + s.p2pPort(),
            "--Discovery.DiscoveryVersion=V5",
            "--Metrics.Enabled=true",
            "--Metrics.ExposePort=" + s.metricsPort(),
            "--Blocks.SecondsPerSlot=" + ChainConfig.SECONDS_PER_SLOT)
        .finish();
  }

  @Override
  public List<String> logLevel(LogLevel level) {
    return List.of("--log=" + level.name());
  }
}
