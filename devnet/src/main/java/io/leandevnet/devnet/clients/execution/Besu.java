package io.leandevnet.devnet.clients.execution;

import io.leandevnet.devnet.clients.LaunchContext;
import io.leandevnet.devnet.clients.ServiceSpec;
import io.leandevnet.devnet.config.ElClient;
import io.leandevnet.devnet.config.LogLevel;
import io.leandevnet.devnet.plan.ElNode;
import java.util.List;

/**
 * Hyperledger Besu (Java). Image {@code ethpandaops/besu:main}; the image's ENTRYPOINT is {@code
 * besu}.
 *
 * <pre>
 * --genesis-file=/config/execution/genesis.json --data-path=/data
 * --rpc-http-enabled=true --rpc-http-host=0.0.0.0 --rpc-http-port=RPC
 * --rpc-http-api=ADMIN,ETH,NET,WEB3,DEBUG,TXPOOL --rpc-http-cors-origins=*
 * --rpc-ws-enabled=true --rpc-ws-host=0.0.0.0 --rpc-ws-port=WS
 * --engine-rpc-enabled=true --engine-rpc-port=ENGINE --engine-jwt-secret=/config/jwtsecret
 * --engine-host-allowlist=* --host-allowlist=*
 * --p2p-port=P2P --discovery-mode=V5 --sync-mode=FULL
 * --metrics-enabled=true --metrics-host=0.0.0.0 --metrics-port=METRICS --logging=INFO
 * </pre>
 *
 * <p>Quirks: reads the geth-style genesis.json (before ethereum-package #1466 it was given its own
 * besu.json); {@code JAVA_OPTS} from {@code el_extra_env_vars} reaches its JVM.
 *
 * <p>Runs as root ({@code --user 0:0}): {@code ethpandaops/besu:main} is built by besu's {@code
 * gradlew distDocker} from its {@code docker/Dockerfile}, which ends in {@code USER besu} (uid
 * 1000), and that user could not read the devnet's {@code jwtsecret} (mode 0600); see {@code
 * ElNodeSpec.runAsRoot}.
 */
public final class Besu implements ElLauncher {

  @Override
  public ElClient client() {
    return ElClient.BESU;
  }

  @Override
  public ServiceSpec spec(ElNode node, LaunchContext context) {
    ElNodeSpec s = ElNodeSpec.start(this, node, context).runAsRoot();
    return s.args(
            "--genesis-file=" + s.genesisJson(),
            "--data-path=" + s.dataDir(),
            "--rpc-http-enabled=true",
            "--rpc-http-host=0.0.0.0",
            "--rpc-http-port=" + s.rpcPort(),
            "--rpc-http-api=ADMIN,ETH,NET,WEB3,DEBUG,TXPOOL",
            "--rpc-http-cors-origins=*",
            "--rpc-ws-enabled=true",
            "--rpc-ws-host=0.0.0.0",
            "--rpc-ws-port=" + s.wsPort(),
            "--engine-rpc-enabled=true",
            "--engine-rpc-port=" + s.enginePort(),
            "--engine-jwt-secret=" + s.jwtSecret(),
            "--engine-host-allowlist=*",
            "--host-allowlist=*",
            "--p2p-port=" + s.p2pPort(),
            "--discovery-mode=V5",
            "--sync-mode=FULL",
            "--metrics-enabled=true",
            "--metrics-host=0.0.0.0",
            "--metrics-port=" + s.metricsPort())
        .finish();
  }

  @Override
  public List<String> logLevel(LogLevel level) {
    return List.of("--logging=" + level.name());
  }
}
