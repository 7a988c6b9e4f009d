package io.leandevnet.node.runtime;

import static io.leandevnet.node.runtime.NodeLog.shortRoot;

import io.leandevnet.consensus.RejectedException;
import io.leandevnet.consensus.RejectionReason;
import io.leandevnet.consensus.containers.Block;
import io.leandevnet.consensus.containers.BlocksByRootRequest;
import io.leandevnet.consensus.containers.SignedBlock;
import io.leandevnet.consensus.containers.Status;
import io.leandevnet.consensus.forkchoice.Store;
import io.leandevnet.node.metrics.LeanMetrics;
import io.leandevnet.node.metrics.SyncStatus;
import io.leandevnet.node.net.GossipVerdict;
import io.leandevnet.node.net.Peer;
import io.leandevnet.node.net.RequestType;
import io.leandevnet.node.net.Response;
import io.leandevnet.node.net.ResponseCode;
import io.leandevnet.node.net.Transport;
import io.leandevnet.ssz.Bytes32;
import io.leandevnet.ssz.SszException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Block import and sync. A block whose parent is unknown is kept, and the parent fetched with
 * blocks_by_root from the peer that sent it (then from others), then its parent, until the chain
 * joins the store; the kept blocks are then imported in order. A peer whose head this node does not
 * know has that head fetched the same way. Also answers blocks_by_root from the archive. Store
 * thread only, except {@link #blocksByRoot} (reads the archive).
 */
final class BlockSync {

  /** Blocks kept while their ancestors are fetched; more are dropped. */
  private static final int MAX_ORPHANS = 4096;

  /** How many peers a missing block is asked from before giving up (until it is seen again). */
  private static final int FETCH_ATTEMPTS = 3;

  private final Store store;
  private final Transport transport;
  private final StoreThread storeThread;
  private final ChainProgress progress;
  private final BlockArchive archive;
  private final LeanMetrics metrics;
  private final NodeLog log;

  private final Map<Bytes32, List<SignedBlock>> orphansByParent = new HashMap<>();
  private int orphanCount;
  private final Set<Bytes32> inFlight = new HashSet<>();

  BlockSync(
      Store store,
      Transport transport,
      StoreThread storeThread,
      ChainProgress progress,
      BlockArchive archive,
      LeanMetrics metrics,
      NodeLog log) {
    this.store = store;
    this.transport = transport;
    this.storeThread = storeThread;
    this.progress = progress;
    this.archive = archive;
    this.metrics = metrics;
    this.log = log;
  }

  /**
   * How many missing blocks are being fetched; duties wait while there are any. A block that
   * arrives meanwhile (by gossip or another response) no longer counts, whatever its request does.
   */
  int fetching() {
    return inFlight.size();
  }

  /** Marks the node synced when nothing is being fetched. */
  void reportSyncedWhenIdle() {
    if (inFlight.isEmpty()) {
      metrics.setSyncStatus(SyncStatus.SYNCED);
    }
  }

  /** Imports a block from gossip or sync, then the kept blocks that were waiting for it. */
  GossipVerdict importBlock(SignedBlock signed, String from) {
    GossipVerdict verdict = importOne(signed, from);
    if (verdict == GossipVerdict.ACCEPT) {
      importOrphansOf(signed.block().hashTreeRoot(), from);
      progress.afterChange();
    }
    return verdict;
  }

  /** Imports one block, keeping it aside (and fetching its parent) when the parent is unknown. */
  private GossipVerdict importOne(SignedBlock signed, String from) {
    Block block = signed.block();
    Bytes32 root = block.hashTreeRoot();
    if (store.containsBlock(root)) {
      return GossipVerdict.IGNORE;
    }
    long start = System.nanoTime();
    try {
      store.onBlock(signed);
    } catch (RejectedException e) {
      if (e.reason() == RejectionReason.UNKNOWN_PARENT_BLOCK) {
        keepOrphan(signed);
        fetch(block.parentRoot(), from);
        return GossipVerdict.IGNORE;
      }
      metrics.blockRejected(e.reason().name());
      log.info(
          "rejected "
              + described(root, block, from)
              + ": "
              + e.reason()
              + " ("
              + e.getMessage()
              + ")");
      return GossipVerdict.REJECT;
    } catch (RuntimeException e) {
      metrics.blockRejected("ERROR");
      log.info("rejected " + described(root, block, from) + ": " + e);
      return GossipVerdict.REJECT;
    }
    metrics.blockImported(Elapsed.secondsSince(start));
    inFlight.remove(root);
    archive.put(root, signed);
    log.info(
        "imported "
            + described(root, block, from)
            + " ("
            + block.body().attestations().size()
            + " attestations)");
    return GossipVerdict.ACCEPT;
  }

  /** How the log names a block: root, slot, proposer and the peer it came from. */
  private static String described(Bytes32 root, Block block, String from) {
    return "block "
        + shortRoot(root)
        + " slot "
        + block.slot()
        + " proposer "
        + block.proposerIndex()
        + " from "
        + from;
  }

  private void keepOrphan(SignedBlock signed) {
    if (orphanCount >= MAX_ORPHANS) {
      return;
    }
    List<SignedBlock> siblings =
        orphansByParent.computeIfAbsent(signed.block().parentRoot(), r -> new ArrayList<>());
    Bytes32 root = signed.block().hashTreeRoot();
    for (SignedBlock s : siblings) {
      if (s.block().hashTreeRoot().equals(root)) {
        return;
      }
    }
    siblings.add(signed);
    orphanCount++;
  }

  /** Imports the kept blocks that descend from {@code root}, parents first. */
  private void importOrphansOf(Bytes32 root, String from) {
    Deque<Bytes32> parents = new ArrayDeque<>();
    parents.add(root);
    while (!parents.isEmpty()) {
      List<SignedBlock> children = orphansByParent.remove(parents.poll());
      if (children == null) {
        continue;
      }
      orphanCount -= children.size();
      for (SignedBlock child : children) {
        if (importOne(child, from) == GossipVerdict.ACCEPT) {
          parents.add(child.block().hashTreeRoot());
        }
      }
    }
  }

  /** Asks {@code peer} (or, on failure, another peer) for the block {@code root}. */
  void fetch(Bytes32 root, String peer) {
    fetch(root, peer, 0);
  }

  private void fetch(Bytes32 root, String peer, int attempt) {
    if (store.containsBlock(root)) {
      inFlight.remove(root); // a retry of a block imported since: nothing left to fetch
      return;
    }
    if (attempt == 0 && !inFlight.add(root)) {
      return;
    }
    if (attempt == 0) {
      log.info("fetching block " + shortRoot(root) + " from " + peer);
    }
    metrics.setSyncStatus(SyncStatus.SYNCING);
    byte[] request = BlocksByRootRequest.SSZ.serialize(new BlocksByRootRequest(List.of(root)));
    transport
        .request(peer, RequestType.BLOCKS_BY_ROOT, request)
        .whenComplete(
            (response, error) ->
                storeThread.execute(() -> onFetched(root, peer, attempt, response, error)));
  }

  private void onFetched(
      Bytes32 root, String peer, int attempt, Response response, Throwable error) {
    List<SignedBlock> blocks = new ArrayList<>();
    if (error == null && response.isSuccess()) {
      for (byte[] chunk : response.chunks()) {
        try {
          blocks.add(SignedBlock.SSZ.deserialize(chunk));
        } catch (SszException | IllegalArgumentException e) {
          metrics.blockRejected("MALFORMED");
        }
      }
    }
    boolean got = blocks.stream().anyMatch(b -> b.block().hashTreeRoot().equals(root));
    if (!got) {
      List<String> others =
          transport.peers().stream().map(Peer::name).filter(n -> !n.equals(peer)).toList();
      if (attempt + 1 < FETCH_ATTEMPTS && !others.isEmpty()) {
        String next = others.get((int) ((root.hashCode() & 0x7fffffffL) % others.size()));
        fetch(root, next, attempt + 1);
        return;
      }
      log.info(
          "could not fetch block "
              + shortRoot(root)
              + " from "
              + peer
              + ": "
              + (error != null
                  ? error
                  : response.isSuccess()
                      ? "not found"
                      : response.code() + " " + response.message()));
    }
    inFlight.remove(root);
    for (SignedBlock b : blocks) {
      importBlock(b, peer);
    }
    reportSyncedWhenIdle();
    progress.afterChange();
  }

  /** A peer connected with {@code status}: fetch its head when this node does not know it. */
  void onPeerStatus(Peer peer, Status status) {
    // A head at or below our finalized slot is either ours or pruned: nothing to fetch.
    if (status.head().slot() > store.latestFinalized().slot()
        && !store.containsBlock(status.head().root())) {
      fetch(status.head().root(), peer.name());
    }
  }

  /** The blocks_by_root handler: the requested blocks this node archived. */
  Response blocksByRoot(byte[] request) {
    BlocksByRootRequest roots;
    try {
      roots = BlocksByRootRequest.SSZ.deserialize(request);
    } catch (SszException | IllegalArgumentException e) {
      return Response.error(
          ResponseCode.INVALID_REQUEST, "not a BlocksByRootRequest: " + e.getMessage());
    }
    List<byte[]> chunks = new ArrayList<>();
    for (Bytes32 root : roots.roots()) {
      archive.get(root).ifPresent(chunks::add);
    }
    return Response.ok(chunks);
  }
}
