package io.leandevnet.devnet.clients.execution;

import io.leandevnet.devnet.clients.LaunchContext;
import io.leandevnet.devnet.clients.ServiceSpec;
import io.leandevnet.devnet.config.ElClient;
import io.leandevnet.devnet.config.LogLevel;
import io.leandevnet.devnet.plan.ElNode;
import java.util.List;

/**
 * Erigon. Image {@code erigontech/erigon:latest}, run by {@code sh -c} because it needs an init
 * step first:
 *
 * <pre>
 * sh -c "erigon init --datadir=/data /config/execution/genesis.json &amp;&amp; exec erigon
 *   --datadir=/data --networkid=3151908
 *   --http --http.addr=0.0.0.0 --http.port=RPC --http.vhosts='*' --http.corsdomain='*'
 *   --http.api=eth,erigon,engine,web3,net,debug,trace,txpool,admin --ws
 *   --authrpc.addr=0.0.0.0 --authrpc.port=ENGINE --authrpc.vhosts='*' --authrpc.jwtsecret=/config/jwtsecret
 *   --externalcl --metrics --metrics.addr=0.0.0.0 --metrics.port=METRICS
 *   --port=P2P --torrent.port=42069 --prune.mode=full --log.console.verbosity=3"
 * </pre>
 *
 * <p>Quirks: {@code erigon init} writes block 0 from the genesis file into the data directory
 * (running it again on the same genesis is harmless); the network id is not read from the file, so
 * it is given; websockets share the HTTP port; {@code --externalcl} because the Lean node drives
 * it.
 *
 * <p>Runs as root ({@code --user 0:0}): erigon's Dockerfile ends in {@code USER erigon} (uid 1000),
 * and that user could not read the devnet's {@code jwtsecret} (mode 0600); see {@code
 * ElNodeSpec.runAsRoot}.
 */
public final class Erigon implements ElLauncher {

  /** Erigon's BitTorrent port (snapshots), inside the container only. */
  static final int TORRENT_PORT = 42069;

  @Override
  public ElClient client() {
    return ElClient.ERIGON;
  }

  @Override
  public ServiceSpec spec(ElNode node, LaunchContext context) {
    ElNodeSpec s = ElNodeSpec.start(this, node, context).runAsRoot();
    return s.args(
            "--datadir=" + s.dataDir(),
            "--networkid=" + s.chainId(),
            "--http",
            "--http.addr=0.0.0.0",
            "--http.port=" + s.rpcPort(),
            "--http.vhosts=*",
            "--http.corsdomain=*",
            "--http.api=eth,erigon,engine,web3,net,debug,trace,txpool,admin",
            "--ws",
            "--authrpc.addr=0.0.0.0",
            "--authrpc.port=" + s.enginePort(),
            "--authrpc.vhosts=*",
            "--authrpc.jwtsecret=" + s.jwtSecret(),
            "--externalcl",
            "--metrics",
            "--metrics.addr=0.0.0.0",
            "--metrics.port=" + s.metricsPort(),
            "--port=" + s.p2pPort(),
            "--torrent.port=" + TORRENT_PORT,
            "--prune.mode=full")
        .finishInShell(
            "erigon init --datadir="
                + ElNodeSpec.shellQuote(s.dataDir())
                + " "
                + ElNodeSpec.shellQuote(s.genesisJson()),
            "erigon");
  }

  @Override
  public List<String> logLevel(LogLevel level) {
    return List.of("--log.console.verbosity=" + (level.ordinal() + 1));
  }
}
