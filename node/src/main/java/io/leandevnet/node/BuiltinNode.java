package io.leandevnet.node;

import io.leandevnet.consensus.chain.ValidatorIndex;
import io.leandevnet.consensus.containers.Block;
import io.leandevnet.consensus.containers.State;
import io.leandevnet.consensus.forkchoice.Store;
import io.leandevnet.consensus.genesis.Genesis;
import io.leandevnet.consensus.genesis.GenesisConfig;
import io.leandevnet.consensus.genesis.GenesisConfigException;
import io.leandevnet.consensus.signature.SignatureAggregation;
import io.leandevnet.crypto.libp2p.PeerId;
import io.leandevnet.crypto.secp256k1.Secp256k1PrivateKey;
import io.leandevnet.node.api.ApiServer;
import io.leandevnet.node.clock.IntervalTicker;
import io.leandevnet.node.clock.Sleeper;
import io.leandevnet.node.clock.SlotClock;
import io.leandevnet.node.config.NodeConfig;
import io.leandevnet.node.config.NodeConfigException;
import io.leandevnet.node.metrics.LeanMetrics;
import io.leandevnet.node.net.NodesYaml;
import io.leandevnet.node.net.Transport;
import io.leandevnet.node.net.TransportConfig;
import io.leandevnet.node.runtime.BlockArchive;
import io.leandevnet.node.runtime.BundleYaml;
import io.leandevnet.node.runtime.ChainService;
import io.leandevnet.node.runtime.NodeLog;
import io.leandevnet.node.runtime.SignatureCache;
import io.leandevnet.node.runtime.ValidatorKeys;
import io.leandevnet.node.view.NodeView;
import io.leandevnet.node.view.PublishedNodeView;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

/**
 * One built-in Lean node: genesis from config.yaml, its validators from annotated_validators.yaml,
 * the fork-choice Store driven by the slot clock, the validator duties, the TCP transport to the
 * nodes of nodes.yaml, and the {@code /lean/v0} API and {@code /metrics}. Several nodes can run in
 * one JVM: a node keeps no static state and logs to the stream it is given.
 *
 * <pre>{@code
 * try (BuiltinNode node = BuiltinNode.start(NodeConfig.ofBundle(bundle, "builtin_0", 5052, 8080, data),
 *         InstantSource.system(), System.out)) {
 *     node.view().latestFinalized();
 * }
 * }</pre>
 */
public final class BuiltinNode implements AutoCloseable {

  private final String nodeId;
  private final PublishedNodeView view;
  private final ChainService chain;
  private final Transport transport;
  private final ApiServer api;
  private final IntervalTicker ticker;
  private final NodeLog log;
  private final LeanMetrics metrics;
  private final AtomicBoolean closed = new AtomicBoolean();

  private BuiltinNode(
      String nodeId,
      PublishedNodeView view,
      ChainService chain,
      Transport transport,
      ApiServer api,
      IntervalTicker ticker,
      NodeLog log,
      LeanMetrics metrics) {
    this.nodeId = nodeId;
    this.view = view;
    this.chain = chain;
    this.transport = transport;
    this.api = api;
    this.ticker = ticker;
    this.log = log;
    this.metrics = metrics;
  }

  /**
   * Reads the node's files, binds its ports and starts it.
   *
   * @param time where "now" comes from ({@link InstantSource#system()} outside tests)
   * @param out where the node's log lines go
   * @throws NodeConfigException naming the file or flag when an input is unusable or a port is
   *     taken
   */
  public static BuiltinNode start(NodeConfig config, InstantSource time, PrintStream out) {
    return start(config, time, out, SignatureCache.forOneNode());
  }

  /**
   * As {@link #start(NodeConfig, InstantSource, PrintStream)}, with the cache of valid signatures
   * given: nodes of one JVM that share a cache check each XMSS signature once per process rather
   * than once per node (every node receives every vote aggregate and block), which is what lets the
   * embedded backend run many nodes on few cores. Each node still refuses what is invalid.
   */
  public static BuiltinNode start(
      NodeConfig config, InstantSource time, PrintStream out, SignatureCache verified) {
    String nodeId = config.nodeId();
    GenesisConfig genesis;
    try {
      genesis = GenesisConfig.load(config.genesis());
    } catch (GenesisConfigException e) {
      throw new NodeConfigException("--genesis " + e.getMessage(), e);
    }
    List<Integer> own = BundleYaml.validatorIndices(config.validators(), nodeId);
    Optional<BundleYaml.ValidatorConfigEntry> fromValidatorConfig =
        config.validatorConfig().map(file -> BundleYaml.validatorConfig(file, nodeId));
    int committees =
        flagOrValidatorConfig(
            config.attestationCommitteeCount(),
            fromValidatorConfig,
            BundleYaml.ValidatorConfigEntry::attestationCommitteeCount,
            1);
    int p2pPort =
        flagOrValidatorConfig(
            config.p2pPort(),
            fromValidatorConfig,
            BundleYaml.ValidatorConfigEntry::quicPort,
            NodeConfig.DEFAULT_P2P_PORT);
    List<InetSocketAddress> bootnodes;
    try {
      bootnodes = NodesYaml.read(config.bootnodes());
    } catch (IllegalArgumentException | UncheckedIOException e) {
      throw new NodeConfigException("--bootnodes " + e.getMessage(), e);
    }
    PeerId peerId = readNodeKey(config);
    ValidatorKeys keys =
        ValidatorKeys.load(
            config.keys(), config.hashSigKeysDir(), genesis.validators(), own, verified);
    BlockArchive archive = new BlockArchive(config.dataDir());

    State genesisState = genesis.genesisState();
    Block anchor = Genesis.genesisBlock(genesisState);
    Store store =
        Store.createStore(genesisState, anchor, new SignatureAggregation(keys.verifier()));
    PublishedNodeView view = new PublishedNodeView(store);
    SlotClock clock = new SlotClock(genesis.genesisTime(), time);
    NodeLog log = new NodeLog(out, time, clock, nodeId);
    LeanMetrics metrics = new LeanMetrics(nodeId, version(), time.instant(), view, clock);
    metrics.setValidatorDuties(
        own.size(),
        committees,
        own.isEmpty()
            ? OptionalInt.empty()
            : OptionalInt.of((int) ValidatorIndex.computeSubnetId(own.get(0), committees)));
    String networkId = anchor.hashTreeRoot().toHex();
    Transport transport =
        new Transport(
            TransportConfig.of(
                networkId, nodeId, new InetSocketAddress(config.listenHost(), p2pPort), bootnodes),
            metrics,
            view::statusSsz);
    ChainService chain =
        new ChainService(
            nodeId,
            store,
            view,
            transport,
            metrics,
            keys,
            own,
            committees,
            config.isAggregator(),
            archive,
            log);
    int restored = chain.replay(archive.blocksBySlot());

    List<AutoCloseable> started = new ArrayList<>();
    started.add(chain::close);
    try {
      ApiServer api;
      try {
        api =
            new ApiServer(
                    new InetSocketAddress(config.httpAddress(), config.apiPort()),
                    new InetSocketAddress(config.httpAddress(), config.metricsPort()),
                    view,
                    metrics,
                    Optional.of(chain))
                .start();
      } catch (UncheckedIOException e) {
        throw new NodeConfigException("--api-port/--metrics-port: " + e.getMessage(), e);
      }
      started.add(api);
      try {
        transport.start();
      } catch (UncheckedIOException e) {
        throw new NodeConfigException("--gossipsub-port: " + e.getMessage(), e);
      }
      started.add(transport);
      IntervalTicker ticker =
          new IntervalTicker(
                  clock,
                  Sleeper.of(time),
                  metrics.observingTicks(chain::onInterval),
                  nodeId + "-ticker")
              .start();
      log.info(
          "started: peer id "
              + peerId
              + ", validators "
              + own
              + (config.isAggregator() ? ", aggregator" : "")
              + ", "
              + committees
              + " attestation subnet(s), p2p "
              + transport.boundAddress()
              + ", api "
              + api.apiAddress()
              + ", metrics "
              + api.metricsAddress()
              + ", genesis time "
              + genesis.genesisTime()
              + ", "
              + bootnodes.size()
              + " bootnodes"
              + (restored > 0
                  ? ", " + restored + " blocks restored from " + config.dataDir()
                  : ""));
      return new BuiltinNode(nodeId, view, chain, transport, api, ticker, log, metrics);
    } catch (RuntimeException e) {
      for (int i = started.size() - 1; i >= 0; i--) {
        try {
          started.get(i).close();
        } catch (Exception suppressed) {
          e.addSuppressed(suppressed);
        }
      }
      throw e;
    }
  }

  private static PeerId readNodeKey(NodeConfig config) {
    String hex;
    try {
      hex = Files.readString(config.nodeKey()).strip();
    } catch (NoSuchFileException e) {
      throw new NodeConfigException("--node-key " + config.nodeKey() + ": file not found");
    } catch (IOException e) {
      throw new NodeConfigException(
          "--node-key " + config.nodeKey() + ": cannot read: " + e.getMessage());
    }
    try {
      return PeerId.of(Secp256k1PrivateKey.fromHex(hex).publicKey());
    } catch (IllegalArgumentException e) {
      throw new NodeConfigException(
          "--node-key " + config.nodeKey() + ": not a secp256k1 private key: " + e.getMessage());
    }
  }

  private static String version() {
    String v = BuiltinNode.class.getPackage().getImplementationVersion();
    return "lean-devnet-builtin/" + (v == null ? "dev" : v);
  }

  public String nodeId() {
    return nodeId;
  }

  /** The bound API address (the real port when started with port 0). */
  public InetSocketAddress apiAddress() {
    return api.apiAddress();
  }

  /** The bound metrics address (equal to the API address when they share a port). */
  public InetSocketAddress metricsAddress() {
    return api.metricsAddress();
  }

  /** The bound p2p address. */
  public InetSocketAddress p2pAddress() {
    return transport.boundAddress();
  }

  /** The node's chain as the API reads it: head, justified, finalized, fork-choice tree. */
  public NodeView view() {
    return view;
  }

  /** The node's metrics registry (what {@code /metrics} serves). */
  public LeanMetrics metrics() {
    return metrics;
  }

  /** The number of peers connected now. */
  public int peerCount() {
    return transport.peers().size();
  }

  /** Stops the clock, the transport, the store thread and the API, in that order; once. */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    ticker.close();
    transport.close();
    chain.close();
    api.close();
    log.info("stopped");
  }

  /**
   * The flag's value when given, else the node's value in validator-config.yaml when the file gives
   * one, else {@code fallback}.
   */
  private static int flagOrValidatorConfig(
      OptionalInt flag,
      Optional<BundleYaml.ValidatorConfigEntry> fromValidatorConfig,
      Function<BundleYaml.ValidatorConfigEntry, OptionalInt> field,
      int fallback) {
    if (flag.isPresent()) {
      return flag.getAsInt();
    }
    return fromValidatorConfig
        .map(field)
        .filter(OptionalInt::isPresent)
        .map(OptionalInt::getAsInt)
        .orElse(fallback);
  }
}
