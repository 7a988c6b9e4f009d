package io.leandevnet.devnet.elstandin;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import io.leandevnet.devnet.genesis.execution.ExecutionGenesis;
import io.leandevnet.devnet.genesis.execution.ExecutionGenesisBlock;
import io.leandevnet.devnet.genesis.execution.ExecutionGenesisJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Stands in for ethrex in a container: reads its command line as ethrex's parser would (the flags
 * of ethrex's {@code docs/CLI.md}, lambdaclass/ethrex @00334138), boots "block 0" from the genesis
 * file {@code --network} names, reads the JWT secret {@code --authrpc.jwtsecret} names, and serves
 * what lean-devnet and a Lean node ask of an execution client: {@code eth_chainId}, {@code
 * eth_getBlockByNumber}, {@code eth_blockNumber} and the {@code admin} peering calls ({@link P2p})
 * on the HTTP port, and on the authenticated Engine API port {@code engine_exchangeCapabilities}
 * (each request JWT-checked). It builds no blocks.
 *
 * <p>The environment variable {@value #WRONG_HASH_ENV}, when set, replaces block 0's hash (a client
 * booted from another genesis, for the test of lean-devnet's cross-check).
 */
final class EthrexStandin {

  static final String WRONG_HASH_ENV = "STANDIN_BLOCK0_HASH";

  /** The Engine API methods ethlambda's engine build calls (research/devnet5.md §4.1). */
  static final List<String> CAPABILITIES =
      List.of("engine_forkchoiceUpdatedV3", "engine_newPayloadV4", "engine_getPayloadV4");

  static final Set<String> VALUED =
      Set.of(
          "network",
          "datadir",
          "metrics.addr",
          "metrics.port",
          "log.level",
          "log.color",
          "log.dir",
          "mempool.maxsize",
          "bootnodes",
          "syncmode",
          "p2p.addr",
          "nat.extip",
          "p2p.port",
          "discovery.port",
          "p2p.discv4",
          "p2p.discv5",
          "p2p.tx-broadcasting-interval",
          "p2p.target-peers",
          "p2p.lookup-interval",
          "http.addr",
          "http.port",
          "ws.addr",
          "ws.port",
          "authrpc.addr",
          "authrpc.port",
          "authrpc.jwtsecret",
          "builder.extra-data",
          "builder.gas-limit",
          "builder.max-blobs");

  static final Set<String> SWITCHES =
      Set.of(
          "force",
          "metrics",
          "dev",
          "no-migrate",
          "precompute-witnesses",
          "p2p.disabled",
          "ws.enabled");

  private EthrexStandin() {}

  /** Checks {@code args}, then serves until the container is stopped. */
  static void run(List<String> args) throws Argv.Violation, IOException {
    Argv argv = Argv.parse("ethrex", args, VALUED, SWITCHES);
    for (String b : List.of("p2p.discv4", "p2p.discv5")) {
      if (argv.value(b).isPresent() && !Set.of("true", "false").contains(argv.value(b).get())) {
        throw new Argv.Violation(
            "ethrex: --" + b + " takes true or false, not " + argv.value(b).get());
      }
    }
    if (argv.value("log.level").isPresent()
        && !Set.of("info", "debug", "trace", "warn", "error")
            .contains(argv.value("log.level").get().toLowerCase(Locale.ROOT))) {
      throw new Argv.Violation("ethrex: --log.level " + argv.value("log.level").get());
    }
    Path genesisFile = Path.of(argv.required("network"));
    ExecutionGenesis genesis =
        ExecutionGenesisJson.read(
            Files.readString(genesisFile, StandardCharsets.UTF_8), genesisFile.toString());
    String computed = ExecutionGenesisBlock.of(genesis).hash().toHex();
    String hash = Optional.ofNullable(System.getenv(WRONG_HASH_ENV)).orElse(computed);
    EngineJwt jwt = EngineJwt.read(Path.of(argv.required("authrpc.jwtsecret")));
    Path data = Path.of(argv.required("datadir"));
    Files.createDirectories(data);
    Files.writeString(data.resolve("standin-was-here"), hash + "\n");

    Map<String, Function<JsonNode, Object>> eth = new LinkedHashMap<>();
    String chainId = "0x" + Long.toHexString(genesis.config().chainId());
    Map<String, Object> block0 = new LinkedHashMap<>();
    block0.put("number", "0x0");
    block0.put("hash", hash);
    block0.put("parentHash", "0x" + "0".repeat(64));
    block0.put("timestamp", "0x" + Long.toHexString(genesis.timestamp()));
    block0.put("gasLimit", "0x" + Long.toHexString(genesis.gasLimit()));
    block0.put("stateRoot", ExecutionGenesisBlock.of(genesis).stateRoot().toHex());
    block0.put("transactions", List.of());
    eth.put("eth_chainId", p -> chainId);
    eth.put("net_version", p -> Long.toString(genesis.config().chainId()));
    eth.put("eth_blockNumber", p -> "0x0");
    eth.put("eth_getBlockByNumber", p -> block0);
    eth.put("web3_clientVersion", p -> "ethrex-standin/lean-devnet-test");
    P2p p2p = P2p.listen(Integer.parseInt(argv.value("p2p.port").orElse("30303")));
    eth.put("admin_nodeInfo", p -> Map.of("enode", p2p.enode(), "id", p2p.id()));
    eth.put("admin_addPeer", p -> p2p.addPeer(p.path(0).asText()));
    eth.put("admin_peers", p -> p2p.peers());
    Map<String, Function<JsonNode, Object>> engine = new LinkedHashMap<>(eth);
    engine.put("engine_exchangeCapabilities", p -> CAPABILITIES);

    String httpAddr = argv.value("http.addr").orElse("0.0.0.0");
    int httpPort = Integer.parseInt(argv.value("http.port").orElse("8545"));
    String authAddr = argv.value("authrpc.addr").orElse("127.0.0.1");
    int authPort = Integer.parseInt(argv.value("authrpc.port").orElse("8551"));
    Clock clock = Clock.systemUTC();
    HttpServer rpc = JsonRpcServer.start(httpAddr, httpPort, eth, Optional.empty(), clock);
    HttpServer auth = JsonRpcServer.start(authAddr, authPort, engine, Optional.of(jwt), clock);
    System.out.printf(
        "ethrex stand-in: chain %d, block 0 %s%s, rpc %s:%d, engine %s:%d (JWT %s), data %s%n",
        genesis.config().chainId(),
        hash,
        hash.equals(computed) ? "" : " (not the genesis file's " + computed + ")",
        httpAddr,
        rpc.getAddress().getPort(),
        authAddr,
        auth.getAddress().getPort(),
        argv.required("authrpc.jwtsecret"),
        data);
  }
}
