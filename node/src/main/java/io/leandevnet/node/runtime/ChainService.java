package io.leandevnet.node.runtime;

import static io.leandevnet.node.runtime.NodeLog.shortRoot;

import io.leandevnet.consensus.RejectedException;
import io.leandevnet.consensus.RejectionReason;
import io.leandevnet.consensus.chain.ValidatorIndex;
import io.leandevnet.consensus.containers.Block;
import io.leandevnet.consensus.containers.BlocksByRootRequest;
import io.leandevnet.consensus.containers.Checkpoint;
import io.leandevnet.consensus.containers.SignedAggregatedAttestation;
import io.leandevnet.consensus.containers.SignedAttestation;
import io.leandevnet.consensus.containers.SignedBlock;
import io.leandevnet.consensus.containers.Status;
import io.leandevnet.consensus.forkchoice.Store;
import io.leandevnet.node.api.AggregatorRole;
import io.leandevnet.node.clock.SlotTime;
import io.leandevnet.node.metrics.LeanMetrics;
import io.leandevnet.node.metrics.SyncStatus;
import io.leandevnet.node.net.GossipVerdict;
import io.leandevnet.node.net.Peer;
import io.leandevnet.node.net.PeerListener;
import io.leandevnet.node.net.RequestType;
import io.leandevnet.node.net.Response;
import io.leandevnet.node.net.ResponseCode;
import io.leandevnet.node.net.Topic;
import io.leandevnet.node.net.Transport;
import io.leandevnet.node.view.PublishedNodeView;
import io.leandevnet.ssz.Bytes32;
import io.leandevnet.ssz.SszException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A node's chain: the fork-choice {@link Store}, driven from one thread, by the clock (every
 * interval: tick, then the own validators' duties), by gossip (blocks, attestations, aggregates)
 * and by sync (blocks fetched with blocks_by_root).
 *
 * <ul>
 *   <li><b>Duties.</b> Interval 0 (1 if the clock reached the node late): the slot's proposer, if
 *       it is one of this node's validators, builds, signs and gossips a block. Interval 1 (or the
 *       first later interval the clock reports, once per slot): every own validator attests on
 *       {@code attestation_<index % count>}. Interval 2: an aggregator gossips the aggregates its
 *       store built on {@code aggregation}. Duties are skipped while the node is fetching missing
 *       blocks: it would vote on a stale head.
 *   <li><b>Gossip.</b> Each message goes to the Store; a refused one is REJECTed, logged with its
 *       reason and counted ({@code lean_attestations_invalid_total}, {@code
 *       lean_blocks_invalid_total}, the {@code lean_pq_sig_*_invalid_total} counters), never fatal.
 *       Single votes are checked by aggregators only (the only nodes that keep them); other nodes
 *       relay them. A vote or block that only refers to blocks this node does not know yet is
 *       IGNOREd, not counted.
 *   <li><b>Sync.</b> A block whose parent is unknown is kept, and the parent fetched with
 *       blocks_by_root from the peer that sent it, then its parent, until the chain joins the
 *       store; the kept blocks are then imported in order. When a peer connects with a head this
 *       node does not know, that head is fetched the same way.
 * </ul>
 */
public final class ChainService implements PeerListener, AggregatorRole {

  /** Blocks kept while their ancestors are fetched; more are dropped. */
  private static final int MAX_ORPHANS = 4096;

  /** How many peers a missing block is asked from before giving up (until it is seen again). */
  private static final int FETCH_ATTEMPTS = 3;

  private final Store store;
  private final PublishedNodeView view;
  private final Transport transport;
  private final LeanMetrics metrics;
  private final ValidatorKeys keys;
  private final List<Integer> ownValidators;
  private final int committeeCount;
  private final AtomicBoolean aggregator;
  private final BlockArchive archive;
  private final NodeLog log;
  private final ExecutorService storeThread;

  // Everything below is touched on the store thread only.
  private final Map<Bytes32, List<SignedBlock>> orphansByParent = new HashMap<>();
  private int orphanCount;
  private final Set<Bytes32> inFlight = new HashSet<>();
  private Checkpoint lastJustified;
  private Checkpoint lastFinalized;
  private Bytes32 lastHead;
  private long lastAttestedSlot = -1;
  private long lastProposedSlot = -1;

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
    this.view = view;
    this.transport = transport;
    this.metrics = metrics;
    this.keys = keys;
    this.ownValidators = List.copyOf(ownValidators);
    this.committeeCount = committeeCount;
    this.aggregator = new AtomicBoolean(aggregator);
    this.archive = archive;
    this.log = log;
    this.lastJustified = store.latestJustified();
    this.lastFinalized = store.latestFinalized();
    this.lastHead = store.head();
    // A platform thread: the store's work is CPU-bound (signatures), and a virtual thread is never
    // preempted, so many busy stores would hold every carrier and delay the clock and the network.
    this.storeThread =
        Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name(nodeId + "-store").daemon(true).factory());
    metrics.isAggregator.set(aggregator ? 1 : 0);
    transport.subscribe(Topic.BLOCK, (topic, payload, from) -> onBlockGossip(payload, from));
    transport.subscribe(
        Topic.AGGREGATION, (topic, payload, from) -> onAggregateGossip(payload, from));
    for (int subnet : subscribedSubnets()) {
      transport.subscribe(
          Topic.attestation(subnet), (topic, payload, from) -> onAttestationGossip(payload, from));
    }
    transport.handle(RequestType.STATUS, (from, request) -> Response.ok(view.statusSsz()));
    transport.handle(RequestType.BLOCKS_BY_ROOT, (from, request) -> blocksByRoot(request));
    transport.addPeerListener(this);
  }

  /**
   * The attestation subnets this node handles: all of them (a node may become an aggregator at
   * runtime). Only an aggregator verifies single votes; others relay them.
   */
  private Set<Integer> subscribedSubnets() {
    Set<Integer> subnets = new java.util.TreeSet<>();
    for (int s = 0; s < committeeCount; s++) {
      subnets.add(s);
    }
    return subnets;
  }

  // ------------------------------------------------------------------ clock and duties

  /** The ticker's callback: queues the interval's work on the store thread. */
  public void onInterval(SlotTime time, long skippedBefore) {
    execute(() -> tick(time));
  }

  private void tick(SlotTime time) {
    long slot = time.slot();
    // Propose at interval 0, or at interval 1 when the clock reached this node late: a late block
    // still carries the slot, a missing one does not.
    Optional<Integer> proposer =
        time.interval() <= 1 && lastProposedSlot < slot ? ownProposer(slot) : Optional.empty();
    boolean isAggregator = aggregator.get();
    long start = System.nanoTime();
    List<SignedAggregatedAttestation> aggregates =
        store.onTick(time.totalIntervals(), proposer.isPresent(), isAggregator);
    if (!aggregates.isEmpty()) {
      metrics.committeeSignaturesAggregationTime.observe(seconds(start));
      publishAggregates(aggregates);
    } else if (time.interval() == 2 && !isAggregator && !ownValidators.isEmpty()) {
      metrics.aggregatorSkipped.labelValues("not_aggregator").inc();
    }
    boolean syncing = !inFlight.isEmpty();
    if (proposer.isPresent()) {
      lastProposedSlot = slot;
      if (syncing) {
        log.info(
            "skipped proposing slot "
                + slot
                + ": fetching "
                + inFlight.size()
                + " missing block(s)");
      } else {
        propose(slot, proposer.get());
      }
    }
    if (time.interval() >= 1 && lastAttestedSlot < slot && !ownValidators.isEmpty()) {
      lastAttestedSlot = slot;
      if (!syncing) {
        attest(slot);
      }
    }
    updateGauges();
    afterChange();
  }

  private Optional<Integer> ownProposer(long slot) {
    if (slot == 0) {
      return Optional.empty(); // the genesis block is slot 0's block
    }
    int n = store.headState().numValidators();
    for (int index : ownValidators) {
      if (ValidatorIndex.isProposerFor(index, slot, n)) {
        return Optional.of(index);
      }
    }
    return Optional.empty();
  }

  private void propose(long slot, int validator) {
    long start = System.nanoTime();
    SignedBlock signed;
    try {
      signed = store.produceBlock(slot, validator, keys.signers().get(validator));
    } catch (RuntimeException e) {
      metrics.blockBuildingFailures.inc();
      log.info(
          "could not build the block of slot "
              + slot
              + " for validator "
              + validator
              + ": "
              + e.getMessage());
      return;
    }
    metrics.blockBuildingTime.observe(seconds(start));
    metrics.blockBuildingSuccess.inc();
    Block block = signed.block();
    int attestations = block.body().attestations().size();
    metrics.blockAggregatedPayloads.observe(attestations);
    Bytes32 root = block.hashTreeRoot();
    archive.put(root, signed);
    int peers = transport.publish(Topic.BLOCK, SignedBlock.SSZ.serialize(signed));
    log.info(
        "proposed block "
            + shortRoot(root)
            + " slot "
            + slot
            + " validator "
            + validator
            + " parent "
            + shortRoot(block.parentRoot())
            + " ("
            + attestations
            + " attestations, sent to "
            + peers
            + " peers)");
  }

  private void attest(long slot) {
    for (int validator : ownValidators) {
      long start = System.nanoTime();
      SignedAttestation vote;
      try {
        vote = store.produceSignedAttestation(slot, validator, keys.signers().get(validator));
      } catch (RuntimeException e) {
        log.info(
            "could not attest for validator "
                + validator
                + " at slot "
                + slot
                + ": "
                + e.getMessage());
        continue;
      }
      metrics.attestationsProductionTime.observe(seconds(start));
      metrics.pqSigAttestationSignatures.inc();
      transport.publish(
          Topic.attestation(validator % committeeCount), SignedAttestation.SSZ.serialize(vote));
      if (aggregator.get()) {
        try {
          store.onGossipAttestation(vote, true);
        } catch (RejectedException e) {
          log.info(
              "own attestation of validator "
                  + validator
                  + " refused: "
                  + e.reason()
                  + " ("
                  + e.getMessage()
                  + ")");
        }
      }
    }
  }

  private void publishAggregates(List<SignedAggregatedAttestation> aggregates) {
    int participants = 0;
    for (SignedAggregatedAttestation a : aggregates) {
      participants += a.proof().participantIndices().size();
      transport.publish(Topic.AGGREGATION, SignedAggregatedAttestation.SSZ.serialize(a));
    }
    metrics.pqSigAggregatedSignatures.inc(aggregates.size());
    metrics.pqSigAttestationsInAggregatedSignatures.inc(participants);
  }

  // ------------------------------------------------------------------ gossip

  private GossipVerdict onBlockGossip(byte[] payload, String from) {
    SignedBlock block;
    try {
      block = SignedBlock.SSZ.deserialize(payload);
    } catch (SszException | IllegalArgumentException e) {
      metrics.blocksInvalid.labelValues("MALFORMED").inc();
      log.info("rejected block from " + from + ": not a SignedBlock (" + e.getMessage() + ")");
      return GossipVerdict.REJECT;
    }
    return call(() -> importBlock(block, from));
  }

  private GossipVerdict onAttestationGossip(byte[] payload, String from) {
    SignedAttestation vote;
    try {
      vote = SignedAttestation.SSZ.deserialize(payload);
    } catch (SszException | IllegalArgumentException e) {
      metrics.attestationsInvalid.inc();
      log.info(
          "rejected attestation from "
              + from
              + ": not a SignedAttestation ("
              + e.getMessage()
              + ")");
      return GossipVerdict.REJECT;
    }
    if (!aggregator.get()) {
      // Only aggregators keep single votes (leanSpec's on_gossip_attestation): a non-aggregator
      // relays them unchecked and leaves their (costly) verification to the aggregators.
      return GossipVerdict.ACCEPT;
    }
    return call(
        () -> {
          long start = System.nanoTime();
          try {
            store.onGossipAttestation(vote, true);
          } catch (RejectedException e) {
            return refusedVote(
                e,
                "attestation of validator " + vote.validatorId() + " slot " + vote.data().slot(),
                vote.data().head().root(),
                from,
                false);
          } catch (RuntimeException e) {
            return failedVote(e, "attestation of validator " + vote.validatorId(), from);
          }
          double took = seconds(start);
          metrics.attestationValidationTime.observe(took);
          metrics.pqSigAttestationVerificationTime.observe(took);
          metrics.pqSigAttestationSignaturesValid.inc();
          metrics.attestationsValid.inc();
          return GossipVerdict.ACCEPT;
        });
  }

  private GossipVerdict onAggregateGossip(byte[] payload, String from) {
    SignedAggregatedAttestation aggregate;
    try {
      aggregate = SignedAggregatedAttestation.SSZ.deserialize(payload);
    } catch (SszException | IllegalArgumentException e) {
      metrics.attestationsInvalid.inc();
      metrics.pqSigAggregatedSignaturesInvalid.inc();
      log.info(
          "rejected aggregate from "
              + from
              + ": not a SignedAggregatedAttestation ("
              + e.getMessage()
              + ")");
      return GossipVerdict.REJECT;
    }
    return call(
        () -> {
          long start = System.nanoTime();
          try {
            store.onGossipAggregatedAttestation(aggregate);
          } catch (RejectedException e) {
            return refusedVote(
                e,
                "aggregate of slot " + aggregate.data().slot(),
                aggregate.data().head().root(),
                from,
                true);
          } catch (RuntimeException e) {
            return failedVote(e, "aggregate of slot " + aggregate.data().slot(), from);
          }
          metrics.pqSigAggregatedSignaturesVerificationTime.observe(seconds(start));
          metrics.pqSigAggregatedSignaturesValid.inc();
          metrics.attestationsValid.inc();
          return GossipVerdict.ACCEPT;
        });
  }

  /**
   * A vote the store refused: IGNORE when it only names blocks we lack (and fetch its head), else
   * REJECT.
   */
  private GossipVerdict refusedVote(
      RejectedException e, String what, Bytes32 head, String from, boolean aggregate) {
    RejectionReason reason = e.reason();
    if (reason == RejectionReason.UNKNOWN_HEAD_BLOCK
        || reason == RejectionReason.UNKNOWN_TARGET_BLOCK
        || reason == RejectionReason.UNKNOWN_SOURCE_BLOCK) {
      if (!store.containsBlock(head)) {
        fetch(head, from, 0);
      }
      return GossipVerdict.IGNORE;
    }
    if (reason == RejectionReason.ATTESTATION_TOO_FAR_IN_FUTURE) {
      return GossipVerdict.IGNORE; // our clock may lag by a moment: not proof of a fault
    }
    metrics.attestationsInvalid.inc();
    if (reason == RejectionReason.INVALID_SIGNATURE) {
      (aggregate
              ? metrics.pqSigAggregatedSignaturesInvalid
              : metrics.pqSigAttestationSignaturesInvalid)
          .inc();
    }
    log.info("rejected " + what + " from " + from + ": " + reason + " (" + e.getMessage() + ")");
    return GossipVerdict.REJECT;
  }

  private GossipVerdict failedVote(RuntimeException e, String what, String from) {
    metrics.attestationsInvalid.inc();
    log.info("rejected " + what + " from " + from + ": " + e);
    return GossipVerdict.REJECT;
  }

  // ------------------------------------------------------------------ blocks and sync

  /** Imports a block from gossip or sync, then the kept blocks that were waiting for it. */
  private GossipVerdict importBlock(SignedBlock signed, String from) {
    GossipVerdict verdict = importOne(signed, from);
    if (verdict == GossipVerdict.ACCEPT) {
      importOrphansOf(signed.block().hashTreeRoot(), from);
      afterChange();
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
        fetch(block.parentRoot(), from, 0);
        return GossipVerdict.IGNORE;
      }
      metrics.blocksInvalid.labelValues(e.reason().name()).inc();
      log.info(
          "rejected block "
              + shortRoot(root)
              + " slot "
              + block.slot()
              + " proposer "
              + block.proposerIndex()
              + " from "
              + from
              + ": "
              + e.reason()
              + " ("
              + e.getMessage()
              + ")");
      return GossipVerdict.REJECT;
    } catch (RuntimeException e) {
      metrics.blocksInvalid.labelValues("ERROR").inc();
      log.info(
          "rejected block "
              + shortRoot(root)
              + " slot "
              + block.slot()
              + " from "
              + from
              + ": "
              + e);
      return GossipVerdict.REJECT;
    }
    metrics.forkChoiceBlockProcessingTime.observe(seconds(start));
    archive.put(root, signed);
    log.info(
        "imported block "
            + shortRoot(root)
            + " slot "
            + block.slot()
            + " proposer "
            + block.proposerIndex()
            + " from "
            + from
            + " ("
            + block.body().attestations().size()
            + " attestations)");
    return GossipVerdict.ACCEPT;
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
  private void fetch(Bytes32 root, String peer, int attempt) {
    if (store.containsBlock(root) || (attempt == 0 && !inFlight.add(root))) {
      return;
    }
    metrics.setSyncStatus(SyncStatus.SYNCING);
    byte[] request = BlocksByRootRequest.SSZ.serialize(new BlocksByRootRequest(List.of(root)));
    transport
        .request(peer, RequestType.BLOCKS_BY_ROOT, request)
        .whenComplete(
            (response, error) -> execute(() -> onFetched(root, peer, attempt, response, error)));
  }

  private void onFetched(
      Bytes32 root, String peer, int attempt, Response response, Throwable error) {
    List<SignedBlock> blocks = new ArrayList<>();
    if (error == null && response.isSuccess()) {
      for (byte[] chunk : response.chunks()) {
        try {
          blocks.add(SignedBlock.SSZ.deserialize(chunk));
        } catch (SszException | IllegalArgumentException e) {
          metrics.blocksInvalid.labelValues("MALFORMED").inc();
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
    if (inFlight.isEmpty()) {
      metrics.setSyncStatus(SyncStatus.SYNCED);
    }
    afterChange();
  }

  private Response blocksByRoot(byte[] request) {
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

  // ------------------------------------------------------------------ peers

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
    execute(
        () -> {
          // A head at or below our finalized slot is either ours or pruned: nothing to fetch.
          if (status.head().slot() > store.latestFinalized().slot()
              && !store.containsBlock(status.head().root())) {
            fetch(status.head().root(), peer.name(), 0);
          }
        });
  }

  @Override
  public void onDisconnected(Peer peer) {
    log.info("peer " + peer.name() + " disconnected");
  }

  // ------------------------------------------------------------------ aggregator role

  @Override
  public boolean isAggregator() {
    return aggregator.get();
  }

  @Override
  public boolean setAggregator(boolean enabled) {
    boolean previous = aggregator.getAndSet(enabled);
    metrics.isAggregator.set(enabled ? 1 : 0);
    if (previous != enabled) {
      log.info(enabled ? "now an aggregator" : "no longer an aggregator");
    }
    return previous;
  }

  // ------------------------------------------------------------------ bookkeeping

  /** Logs checkpoint moves and reorgs, counts finalizations and republishes the view. */
  private void afterChange() {
    Checkpoint justified = store.latestJustified();
    Checkpoint finalized = store.latestFinalized();
    if (justified.slot() > lastJustified.slot()) {
      log.info("justified slot " + justified.slot() + " " + shortRoot(justified.root()));
    }
    if (finalized.slot() > lastFinalized.slot()) {
      metrics.finalizations.labelValues("success").inc();
      log.info("finalized slot " + finalized.slot() + " " + shortRoot(finalized.root()));
    }
    Bytes32 head = store.head();
    if (!head.equals(lastHead)) {
      int depth = reorgDepth(lastHead, head);
      if (depth > 0) {
        metrics.forkChoiceReorgs.inc();
        metrics.forkChoiceReorgDepth.observe(depth);
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

  private void updateGauges() {
    metrics.gossipSignatures.set(
        store.attestationSignatures().values().stream().mapToInt(Set::size).sum());
    metrics.latestNewAggregatedPayloads.set(store.newAggregatedPayloads().size());
    metrics.latestKnownAggregatedPayloads.set(store.knownAggregatedPayloads().size());
    if (inFlight.isEmpty()) {
      metrics.setSyncStatus(SyncStatus.SYNCED);
    }
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
    lastJustified = store.latestJustified();
    lastFinalized = store.latestFinalized();
    lastHead = store.head();
    view.publish(store);
    return imported;
  }

  private void execute(Runnable task) {
    try {
      storeThread.execute(
          () -> {
            try {
              task.run();
            } catch (RuntimeException e) {
              log.info("internal error: " + e);
            }
          });
    } catch (RejectedExecutionException e) {
      // closing
    }
  }

  private GossipVerdict call(Callable<GossipVerdict> task) {
    try {
      return storeThread.submit(task).get();
    } catch (RejectedExecutionException e) {
      return GossipVerdict.IGNORE;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return GossipVerdict.IGNORE;
    } catch (ExecutionException e) {
      log.info("internal error handling gossip: " + e.getCause());
      return GossipVerdict.IGNORE;
    }
  }

  /** Stops the store thread after the work already queued (waits up to 2 s). */
  public void close() {
    storeThread.shutdown();
    try {
      if (!storeThread.awaitTermination(2, TimeUnit.SECONDS)) {
        storeThread.shutdownNow();
      }
    } catch (InterruptedException e) {
      storeThread.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }

  private static double seconds(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }
}
