package io.leandevnet.node.runtime;

import io.leandevnet.consensus.containers.SignedBlock;
import io.leandevnet.consensus.containers.Status;
import io.leandevnet.consensus.forkchoice.Store;
import io.leandevnet.node.api.AggregatorRole;
import io.leandevnet.node.clock.SlotTime;
import io.leandevnet.node.metrics.LeanMetrics;
import io.leandevnet.node.net.Peer;
import io.leandevnet.node.net.PeerListener;
import io.leandevnet.node.net.RequestType;
import io.leandevnet.node.net.Response;
import io.leandevnet.node.net.Transport;
import io.leandevnet.node.view.PublishedNodeView;
import io.leandevnet.ssz.SszException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A node's chain: the fork-choice {@link Store}, driven from one {@link StoreThread} by the clock
 * (every interval: tick, then the own validators' duties, {@link DutyRunner}), by gossip ({@link
 * GossipIntake}) and by sync ({@link BlockSync}); {@link ChainProgress} logs what changed and
 * republishes the view. This class wires them to the transport and holds the aggregator switch.
 */
public final class ChainService implements PeerListener, AggregatorRole {

  private final Store store;
  private final LeanMetrics metrics;
  private final AtomicBoolean aggregator;
  private final NodeLog log;
  private final StoreThread storeThread;
  private final ChainProgress progress;
  private final BlockSync sync;
  private final DutyRunner duties;

  /**
   * @param store the node's store, from now on touched only by this service's thread
   * @param view the view the API and metrics read; republished after every change
   * @param transport where duties publish and sync requests go (not started yet)
   * @param aggregator whether the node starts as an aggregator (switchable through the API)
   */
  public ChainService(
      String nodeId,
      Store store,
      PublishedNodeView view,
      Transport transport,
      LeanMetrics metrics,
      ValidatorKeys keys,
      List<Integer> ownValidators,
      int committeeCount,
      boolean aggregator,
      BlockArchive archive,
      NodeLog log) {
    this.store = store;
    this.metrics = metrics;
    this.aggregator = new AtomicBoolean(aggregator);
    this.log = log;
    this.storeThread = new StoreThread(nodeId, log);
    this.progress = new ChainProgress(store, view, metrics, log);
    this.sync = new BlockSync(store, transport, storeThread, progress, archive, metrics, log);
    this.duties =
        new DutyRunner(
            store, keys, ownValidators, committeeCount, transport, archive, metrics, log);
    metrics.setAggregator(aggregator);
    new GossipIntake(store, storeThread, sync, this, metrics, log)
        .subscribe(transport, committeeCount);
    transport.handle(RequestType.STATUS, (from, request) -> Response.ok(view.statusSsz()));
    transport.handle(RequestType.BLOCKS_BY_ROOT, (from, request) -> sync.blocksByRoot(request));
    transport.addPeerListener(this);
  }

  /** The ticker's callback: queues the interval's work on the store thread. */
  public void onInterval(SlotTime time, long skippedBefore) {
    storeThread.execute(
        () -> {
          duties.onInterval(time, aggregator.get(), sync.fetching());
          metrics.setPoolSizes(
              store.attestationSignatures().values().stream().mapToInt(Set::size).sum(),
              store.newAggregatedPayloads().size(),
              store.knownAggregatedPayloads().size());
          sync.reportSyncedWhenIdle();
          progress.afterChange();
        });
  }

  @Override
  public void onConnected(Peer peer, byte[] statusSsz) {
    Status status;
    try {
      status = Status.SSZ.deserialize(statusSsz);
    } catch (SszException | IllegalArgumentException e) {
      log.info("peer " + peer.name() + " connected with an unreadable status: " + e.getMessage());
      return;
    }
    log.info(
        "peer "
            + peer.name()
            + " connected ("
            + peer.direction().label()
            + ", head slot "
            + status.head().slot()
            + ", finalized slot "
            + status.finalized().slot()
            + ")");
    storeThread.execute(() -> sync.onPeerStatus(peer, status));
  }

  @Override
  public void onDisconnected(Peer peer) {
    log.info("peer " + peer.name() + " disconnected");
  }

  @Override
  public boolean isAggregator() {
    return aggregator.get();
  }

  @Override
  public boolean setAggregator(boolean enabled) {
    boolean previous = aggregator.getAndSet(enabled);
    metrics.setAggregator(enabled);
    if (previous != enabled) {
      log.info(enabled ? "now an aggregator" : "no longer an aggregator");
    }
    return previous;
  }

  /**
   * Replays blocks (from the data directory) before the service starts; returns how many were
   * imported.
   */
  public int replay(List<SignedBlock> blocks) {
    int imported = 0;
    for (SignedBlock b : blocks) {
      try {
        if (!store.containsBlock(b.block().hashTreeRoot())) {
          store.onBlock(b);
          imported++;
        }
      } catch (RuntimeException e) {
        // not on our chain any more (pruned) or not importable: peers will provide the rest
      }
    }
    progress.reset();
    return imported;
  }

  /** Stops the store thread after the work already queued (waits up to 2 s). */
  public void close() {
    storeThread.close();
  }
}
