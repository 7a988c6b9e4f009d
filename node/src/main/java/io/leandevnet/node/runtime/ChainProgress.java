package io.leandevnet.node.runtime;

import static io.leandevnet.node.runtime.NodeLog.shortRoot;

import io.leandevnet.consensus.containers.Checkpoint;
import io.leandevnet.consensus.forkchoice.Store;
import io.leandevnet.node.metrics.LeanMetrics;
import io.leandevnet.node.view.PublishedNodeView;
import io.leandevnet.ssz.Bytes32;
import java.util.HashSet;
import java.util.Set;

/**
 * What the chain did since the last look: justified and finalized checkpoints that moved and head
 * changes that abandon blocks (reorgs), logged and counted; then the view the API and metrics read
 * is republished. Store thread only.
 */
final class ChainProgress {

  private final Store store;
  private final PublishedNodeView view;
  private final LeanMetrics metrics;
  private final NodeLog log;
  private Checkpoint lastJustified;
  private Checkpoint lastFinalized;
  private Bytes32 lastHead;

  ChainProgress(Store store, PublishedNodeView view, LeanMetrics metrics, NodeLog log) {
    this.store = store;
    this.view = view;
    this.metrics = metrics;
    this.log = log;
    this.lastJustified = store.latestJustified();
    this.lastFinalized = store.latestFinalized();
    this.lastHead = store.head();
  }

  /** Takes the store as it is now as the starting point, without logging, and publishes it. */
  void reset() {
    lastJustified = store.latestJustified();
    lastFinalized = store.latestFinalized();
    lastHead = store.head();
    view.publish(store);
  }

  /** Logs checkpoint moves and reorgs, counts finalizations and republishes the view. */
  void afterChange() {
    Checkpoint justified = store.latestJustified();
    Checkpoint finalized = store.latestFinalized();
    if (justified.slot() > lastJustified.slot()) {
      log.info("justified slot " + justified.slot() + " " + shortRoot(justified.root()));
    }
    if (finalized.slot() > lastFinalized.slot()) {
      metrics.finalized();
      log.info("finalized slot " + finalized.slot() + " " + shortRoot(finalized.root()));
    }
    Bytes32 head = store.head();
    if (!head.equals(lastHead)) {
      int depth = reorgDepth(lastHead, head);
      if (depth > 0) {
        metrics.reorg(depth);
        log.info(
            "reorg: head "
                + shortRoot(lastHead)
                + " replaced by "
                + shortRoot(head)
                + " (depth "
                + depth
                + ")");
      }
    }
    lastJustified = justified;
    lastFinalized = finalized;
    lastHead = head;
    view.publish(store);
  }

  /** How many blocks of the old head's chain the new head abandons (0 when it extends it). */
  private int reorgDepth(Bytes32 oldHead, Bytes32 newHead) {
    Set<Bytes32> newChain = new HashSet<>();
    for (Bytes32 r = newHead;
        store.containsBlock(r) && newChain.size() < 1024;
        r = store.block(r).parentRoot()) {
      newChain.add(r);
    }
    int depth = 0;
    for (Bytes32 r = oldHead;
        store.containsBlock(r) && !newChain.contains(r) && depth < 1024;
        r = store.block(r).parentRoot()) {
      depth++;
    }
    return depth;
  }
}
