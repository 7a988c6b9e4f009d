package io.leandevnet.node.metrics;

import io.leandevnet.node.clock.IntervalListener;
import io.leandevnet.node.clock.SlotClock;
import io.leandevnet.node.view.NodeView;
import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.Gauge;
import io.prometheus.metrics.core.metrics.GaugeWithCallback;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;
import java.util.function.ToLongFunction;

/**
 * The leanMetrics of one node (leanEthereum/leanMetrics metrics.md: names, types, labels and
 * buckets), in a registry of its own so that several nodes can run in one JVM.
 *
 * <p>The chain gauges ({@code lean_head_slot}, {@code lean_current_slot}, {@code
 * lean_safe_target_slot}, {@code lean_latest_justified_slot}, {@code lean_latest_finalized_slot},
 * {@code lean_justified_slot}, {@code lean_finalized_slot}) are read from the {@link NodeView} and
 * the {@link SlotClock} at every scrape. Everything else moves through one method per event the
 * node reports (a block built, an attestation accepted, a reorg...), so the metric names stay here.
 * Counter names carry their {@code _total} suffix in the exposition exactly as leanMetrics spells
 * them; labelled metrics start with every documented label value at 0, so every name is present
 * from the first scrape.
 */
public final class LeanMetrics {

  /** The counter of refused network frames and rejected gossip; {@code reason} labels it. */
  public static final String NETWORK_INVALID_MESSAGES = "lean_network_messages_invalid_total";

  private static final double[] SIG_SECONDS = {0.005, 0.01, 0.025, 0.05, 0.1, 1};
  private static final double[] PRODUCTION_SECONDS = {0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 0.75, 1};
  private static final double[] AGG_SIG_SECONDS = {0.1, 0.25, 0.5, 0.75, 1, 1.25, 1.5, 2, 4};

  private final PrometheusRegistry registry = new PrometheusRegistry();
  private final PrometheusTextFormatWriter textWriter =
      PrometheusTextFormatWriter.builder().setIncludeCreatedTimestamps(false).build();
  private final String ownClient;
  private final ReentrantLock peersLock = new ReentrantLock();

  // Node info

  // PQ signatures
  private final Counter pqSigAttestationSignatures;
  private final Counter pqSigAttestationSignaturesValid;
  private final Counter pqSigAttestationSignaturesInvalid;
  private final Histogram pqSigAttestationVerificationTime;
  private final Counter pqSigAggregatedSignatures;
  private final Counter pqSigAggregatedSignaturesValid;
  private final Counter pqSigAggregatedSignaturesInvalid;
  private final Counter pqSigAttestationsInAggregatedSignatures;
  private final Histogram pqSigAggregatedSignaturesVerificationTime;

  // Block production
  private final Histogram blockAggregatedPayloads;
  private final Histogram blockBuildingTime;
  private final Counter blockBuildingSuccess;
  private final Counter blockBuildingFailures;

  // Fork choice
  private final Histogram forkChoiceBlockProcessingTime;
  private final Counter attestationsValid;
  private final Counter attestationsInvalid;

  /** Not a leanMetrics name: blocks refused by validation, labelled with the rejection reason. */
  private final Counter blocksInvalid;

  private final Histogram attestationValidationTime;
  private final Counter forkChoiceReorgs;
  private final Histogram forkChoiceReorgDepth;
  private final Gauge gossipSignatures;
  private final Gauge latestNewAggregatedPayloads;
  private final Gauge latestKnownAggregatedPayloads;
  private final Histogram committeeSignaturesAggregationTime;
  private final Gauge nodeSyncStatus;
  private final Histogram tickIntervalDuration;

  // State transition
  private final Counter finalizations;

  // Validator
  private final Gauge validatorsCount;
  private final Gauge isAggregator;
  private final Histogram attestationsProductionTime;
  private final Counter aggregatorSkipped;

  // Network
  private final Gauge connectedPeers;
  private final Counter peerConnectionEvents;
  private final Counter peerDisconnectionEvents;
  private final Gauge gossipMeshPeers;
  private final Gauge attestationCommitteeSubnet;
  private final Gauge attestationCommitteeCount;
  private final Histogram gossipBlockSize;
  private final Histogram gossipAttestationSize;
  private final Histogram gossipAggregationSize;
  private final Counter networkInvalidMessages;

  /**
   * Registers every metric.
   *
   * @param nodeName the node's name ({@code lean_node_info{name}}; its prefix before {@code _} is
   *     the node's client type)
   * @param version the software version ({@code lean_node_info{version}})
   * @param startTime when the node started ({@code lean_node_start_time_seconds})
   * @param view the Store view the chain gauges read at scrape time
   * @param clock the slot clock {@code lean_current_slot} reads at scrape time
   */
  public LeanMetrics(
      String nodeName, String version, Instant startTime, NodeView view, SlotClock clock) {
    Objects.requireNonNull(nodeName, "nodeName");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(view, "view");
    Objects.requireNonNull(clock, "clock");
    int underscore = nodeName.indexOf('_');
    this.ownClient = underscore > 0 ? nodeName.substring(0, underscore) : nodeName;

    Gauge nodeInfo = gauge("lean_node_info", "Node information (always 1)", "name", "version");
    nodeInfo.labelValues(nodeName, version).set(1);
    Gauge nodeStartTimeSeconds = gauge("lean_node_start_time_seconds", "Start timestamp");
    nodeStartTimeSeconds.set(startTime.toEpochMilli() / 1000.0);

    pqSigAttestationSignatures =
        counter(
            "lean_pq_sig_attestation_signatures_total",
            "Total number of individual attestation signatures");
    pqSigAttestationSignaturesValid =
        counter(
            "lean_pq_sig_attestation_signatures_valid_total",
            "Total number of valid individual attestation signatures");
    pqSigAttestationSignaturesInvalid =
        counter(
            "lean_pq_sig_attestation_signatures_invalid_total",
            "Total number of invalid individual attestation signatures");
    // leanMetrics names this metric; the built-in node has no such step to time or count yet
    histogram(
        "lean_pq_sig_attestation_signing_time_seconds",
        "Time taken to sign an attestation",
        SIG_SECONDS);
    pqSigAttestationVerificationTime =
        histogram(
            "lean_pq_sig_attestation_verification_time_seconds",
            "Time taken to verify an attestation signature",
            SIG_SECONDS);
    pqSigAggregatedSignatures =
        counter("lean_pq_sig_aggregated_signatures_total", "Total number of aggregated signatures");
    pqSigAggregatedSignaturesValid =
        counter(
            "lean_pq_sig_aggregated_signatures_valid_total",
            "Total number of valid aggregated signatures");
    pqSigAggregatedSignaturesInvalid =
        counter(
            "lean_pq_sig_aggregated_signatures_invalid_total",
            "Total number of invalid aggregated signatures");
    pqSigAttestationsInAggregatedSignatures =
        counter(
            "lean_pq_sig_attestations_in_aggregated_signatures_total",
            "Total number of attestations included into aggregated signatures");
    // leanMetrics names this metric; the built-in node has no such step to time or count yet
    histogram(
        "lean_pq_sig_aggregated_signatures_building_time_seconds",
        "Time taken to build an aggregated attestation signature",
        AGG_SIG_SECONDS);
    pqSigAggregatedSignaturesVerificationTime =
        histogram(
            "lean_pq_sig_aggregated_signatures_verification_time_seconds",
            "Time taken to verify an aggregated attestation signature",
            AGG_SIG_SECONDS);

    blockAggregatedPayloads =
        histogram(
            "lean_block_aggregated_payloads",
            "Number of aggregated_payloads in a block",
            new double[] {1, 2, 4, 8, 16, 32, 64, 128});
    // leanMetrics names this metric; the built-in node has no such step to time or count yet
    histogram(
        "lean_block_building_payload_aggregation_time_seconds",
        "Time taken to build aggregated_payloads during block building",
        new double[] {0.1, 0.25, 0.5, 0.75, 1, 2, 3, 4});
    blockBuildingTime =
        histogram(
            "lean_block_building_time_seconds", "Time taken to build a block", PRODUCTION_SECONDS);
    blockBuildingSuccess = counter("lean_block_building_success_total", "Successful block builds");
    blockBuildingFailures =
        counter(
            "lean_block_building_failures_total", "Failed block builds (exception in build_block)");

    slotGauge("lean_head_slot", "Latest slot of the lean chain", v -> view.head().slot(), view);
    GaugeWithCallback.builder()
        .name("lean_current_slot")
        .help("Current slot of the lean chain")
        .callback(cb -> cb.call(clock.currentSlot()))
        .register(registry);
    slotGauge("lean_safe_target_slot", "Safe target slot", v -> view.safeTarget().slot(), view);
    forkChoiceBlockProcessingTime =
        histogram(
            "lean_fork_choice_block_processing_time_seconds",
            "Time taken to process block",
            new double[] {0.005, 0.01, 0.025, 0.05, 0.1, 1, 1.25, 1.5, 2, 4});
    attestationsValid =
        counter("lean_attestations_valid_total", "Total number of valid attestations");
    attestationsInvalid =
        counter("lean_attestations_invalid_total", "Total number of invalid attestations");
    blocksInvalid =
        counter(
            "lean_blocks_invalid_total",
            "Total number of blocks refused by validation (not a leanMetrics name)",
            "reason");
    attestationValidationTime =
        histogram(
            "lean_attestation_validation_time_seconds",
            "Time taken to validate attestation",
            SIG_SECONDS);
    forkChoiceReorgs =
        counter("lean_fork_choice_reorgs_total", "Total number of fork choice reorgs");
    forkChoiceReorgDepth =
        histogram(
            "lean_fork_choice_reorg_depth",
            "Depth of fork choice reorgs (in blocks)",
            new double[] {1, 2, 3, 5, 7, 10, 20, 30, 50, 100});
    gossipSignatures =
        gauge("lean_gossip_signatures", "Number of gossip signatures in fork-choice store");
    latestNewAggregatedPayloads =
        gauge("lean_latest_new_aggregated_payloads", "Number of new aggregated payload items");
    latestKnownAggregatedPayloads =
        gauge("lean_latest_known_aggregated_payloads", "Number of known aggregated payload items");
    committeeSignaturesAggregationTime =
        histogram(
            "lean_committee_signatures_aggregation_time_seconds",
            "Time taken to aggregate committee signatures",
            new double[] {0.05, 0.1, 0.25, 0.5, 0.75, 1, 2, 3, 4});
    nodeSyncStatus = gauge("lean_node_sync_status", "Node sync status", "status");
    setSyncStatus(SyncStatus.IDLE);
    tickIntervalDuration =
        histogram(
            "lean_tick_interval_duration_seconds",
            "Elapsed time between clock ticks in seconds",
            new double[] {
              0.4, 0.6, 0.75, 0.8, 0.805, 0.81, 0.815, 0.82, 0.825, 0.85, 0.9, 1.0, 1.2, 1.6
            });

    slotGauge(
        "lean_latest_justified_slot",
        "Latest justified slot",
        v -> view.latestJustified().slot(),
        view);
    slotGauge(
        "lean_latest_finalized_slot",
        "Latest finalized slot",
        v -> view.latestFinalized().slot(),
        view);
    slotGauge(
        "lean_justified_slot", "Current justified slot", v -> view.latestJustified().slot(), view);
    slotGauge(
        "lean_finalized_slot", "Current finalized slot", v -> view.latestFinalized().slot(), view);
    finalizations =
        counter("lean_finalizations_total", "Total number of finalization attempts", "result");
    initLabels(finalizations, "success");
    initLabels(finalizations, "error");
    // leanMetrics names this metric; the built-in node has no such step to time or count yet
    histogram(
        "lean_state_transition_time_seconds",
        "Time to process state transition",
        new double[] {0.25, 0.5, 0.75, 1, 1.25, 1.5, 2, 2.5, 3, 4});
    // leanMetrics names this metric; the built-in node has no such step to time or count yet
    counter("lean_state_transition_slots_processed_total", "Total number of processed slots");
    // leanMetrics names this metric; the built-in node has no such step to time or count yet
    histogram(
        "lean_state_transition_slots_processing_time_seconds",
        "Time taken to process slots",
        SIG_SECONDS);
    // leanMetrics names this metric; the built-in node has no such step to time or count yet
    histogram(
        "lean_state_transition_block_processing_time_seconds",
        "Time taken to process block",
        SIG_SECONDS);
    // leanMetrics names this metric; the built-in node has no such step to time or count yet
    counter(
        "lean_state_transition_attestations_processed_total",
        "Total number of processed attestations");
    // leanMetrics names this metric; the built-in node has no such step to time or count yet
    histogram(
        "lean_state_transition_attestations_processing_time_seconds",
        "Time taken to process attestations",
        SIG_SECONDS);

    validatorsCount = gauge("lean_validators_count", "Number of validators managed by a node");
    isAggregator = gauge("lean_is_aggregator", "Validator's is_aggregator status. True=1, False=0");
    attestationsProductionTime =
        histogram(
            "lean_attestations_production_time_seconds",
            "Time taken to produce attestation",
            PRODUCTION_SECONDS);
    aggregatorSkipped =
        counter(
            "lean_aggregator_skipped_total",
            "Total number of aggregation submissions skipped, labeled by reason",
            "reason");
    for (String reason :
        new String[] {"not_aggregator", "not_synced", "missing_state", "spawn_failed", "other"}) {
      initLabels(aggregatorSkipped, reason);
    }

    connectedPeers = gauge("lean_connected_peers", "Number of connected peers", "client");
    connectedPeers.labelValues(ownClient).set(0);
    peerConnectionEvents =
        counter(
            "lean_peer_connection_events_total",
            "Total number of peer connection events",
            "direction",
            "result");
    peerDisconnectionEvents =
        counter(
            "lean_peer_disconnection_events_total",
            "Total number of peer disconnection events",
            "direction",
            "reason");
    for (String direction : new String[] {"inbound", "outbound"}) {
      for (String result : new String[] {"success", "timeout", "error"}) {
        initLabels(peerConnectionEvents, direction, result);
      }
      for (String reason : new String[] {"timeout", "remote_close", "local_close", "error"}) {
        initLabels(peerDisconnectionEvents, direction, reason);
      }
    }
    gossipMeshPeers =
        gauge("lean_gossip_mesh_peers", "Number of peers in the gossipsub mesh", "client");
    gossipMeshPeers.labelValues(ownClient).set(0);
    attestationCommitteeSubnet =
        gauge("lean_attestation_committee_subnet", "Node's attestation committee subnet");
    attestationCommitteeCount =
        gauge(
            "lean_attestation_committee_count",
            "Number of attestation committees (ATTESTATION_COMMITTEE_COUNT)");
    gossipBlockSize =
        histogram(
            "lean_gossip_block_size_bytes",
            "Bytes size of a gossip block message",
            new double[] {
              10_000, 50_000, 100_000, 250_000, 500_000, 1_000_000, 2_000_000, 5_000_000
            });
    gossipAttestationSize =
        histogram(
            "lean_gossip_attestation_size_bytes",
            "Bytes size of a gossip attestation message",
            new double[] {512, 1024, 2048, 4096, 8192, 16384});
    gossipAggregationSize =
        histogram(
            "lean_gossip_aggregation_size_bytes",
            "Bytes size of a gossip aggregated attestation message",
            new double[] {1024, 4096, 16384, 65536, 131072, 262144, 524288, 1048576});
    networkInvalidMessages =
        counter(
            NETWORK_INVALID_MESSAGES,
            "Network frames refused (oversize, malformed, protocol) and gossip rejected by validation",
            "reason");
    for (String reason : new String[] {"oversize", "malformed", "protocol", "rejected"}) {
      initLabels(networkInvalidMessages, reason);
    }
  }

  /** This node's registry; only this node's metrics are in it. */
  public PrometheusRegistry registry() {
    return registry;
  }

  /** Writes the Prometheus text exposition (format 0.0.4) of every metric. */
  public void writeText(OutputStream out) throws IOException {
    textWriter.write(out, registry.scrape());
  }

  /** The content type of {@link #writeText}. */
  public String textContentType() {
    return textWriter.getContentType();
  }

  // ------------------------------------------------------------------ events

  /** The node's validators and its committee: {@code count} validators on {@code subnet}. */
  public void setValidatorDuties(int validators, int committeeCount, OptionalInt subnet) {
    validatorsCount.set(validators);
    attestationCommitteeCount.set(committeeCount);
    subnet.ifPresent(attestationCommitteeSubnet::set);
  }

  /** Whether the node is an aggregator now. */
  public void setAggregator(boolean aggregator) {
    isAggregator.set(aggregator ? 1 : 0);
  }

  /** An own block was built in {@code seconds}, carrying {@code attestations} aggregates. */
  public void blockBuilt(double seconds, int attestations) {
    blockBuildingTime.observe(seconds);
    blockBuildingSuccess.inc();
    blockAggregatedPayloads.observe(attestations);
  }

  /** An own block could not be built. */
  public void blockBuildingFailed() {
    blockBuildingFailures.inc();
  }

  /** An own attestation was produced and signed in {@code seconds}. */
  public void attestationProduced(double seconds) {
    attestationsProductionTime.observe(seconds);
    pqSigAttestationSignatures.inc();
  }

  /** The store built {@code count} aggregates of {@code participants} votes in {@code seconds}. */
  public void aggregatesBuilt(double seconds, int count, int participants) {
    committeeSignaturesAggregationTime.observe(seconds);
    pqSigAggregatedSignatures.inc(count);
    pqSigAttestationsInAggregatedSignatures.inc(participants);
  }

  /** Aggregation was due but this node is not an aggregator. */
  public void aggregationSkippedNotAggregator() {
    aggregatorSkipped.labelValues("not_aggregator").inc();
  }

  /** A gossiped single vote was verified and accepted in {@code seconds}. */
  public void attestationAccepted(double seconds) {
    attestationValidationTime.observe(seconds);
    pqSigAttestationVerificationTime.observe(seconds);
    pqSigAttestationSignaturesValid.inc();
    attestationsValid.inc();
  }

  /** A gossiped aggregate was verified and accepted in {@code seconds}. */
  public void aggregateAccepted(double seconds) {
    pqSigAggregatedSignaturesVerificationTime.observe(seconds);
    pqSigAggregatedSignaturesValid.inc();
    attestationsValid.inc();
  }

  /**
   * A vote (single or aggregate) was refused; {@code signature} when its signature was the reason.
   */
  public void voteRejected(boolean aggregate, boolean signature) {
    attestationsInvalid.inc();
    if (signature) {
      (aggregate ? pqSigAggregatedSignaturesInvalid : pqSigAttestationSignaturesInvalid).inc();
    }
  }

  /** A block was refused for {@code reason} (a RejectionReason, MALFORMED or ERROR). */
  public void blockRejected(String reason) {
    blocksInvalid.labelValues(reason).inc();
  }

  /** A block was imported into the store in {@code seconds}. */
  public void blockImported(double seconds) {
    forkChoiceBlockProcessingTime.observe(seconds);
  }

  /** The finalized checkpoint moved forward. */
  public void finalized() {
    finalizations.labelValues("success").inc();
  }

  /** The head moved to another branch, abandoning {@code depth} blocks. */
  public void reorg(int depth) {
    forkChoiceReorgs.inc();
    forkChoiceReorgDepth.observe(depth);
  }

  /** The sizes of the store's signature and payload pools. */
  public void setPoolSizes(int signatures, int newPayloads, int knownPayloads) {
    gossipSignatures.set(signatures);
    latestNewAggregatedPayloads.set(newPayloads);
    latestKnownAggregatedPayloads.set(knownPayloads);
  }

  /**
   * A gossip message of {@code bytes} arrived on {@code topic} ({@code block}, {@code aggregation}
   * or an {@code attestation_<subnet>}).
   */
  public void gossipReceived(String topic, int bytes) {
    switch (topic) {
      case "block" -> gossipBlockSize.observe(bytes);
      case "aggregation" -> gossipAggregationSize.observe(bytes);
      default -> gossipAttestationSize.observe(bytes);
    }
  }

  /** A connection attempt ended: {@code result} is success, timeout or error. */
  public void peerConnection(String direction, String result) {
    peerConnectionEvents.labelValues(direction, result).inc();
  }

  /** A connection closed for {@code reason} (timeout, remote_close, local_close, error). */
  public void peerDisconnection(String direction, String reason) {
    peerDisconnectionEvents.labelValues(direction, reason).inc();
  }

  /** Sets {@code lean_node_sync_status}: 1 for the current status, 0 for the others. */
  public void setSyncStatus(SyncStatus status) {
    for (SyncStatus s : SyncStatus.values()) {
      nodeSyncStatus.labelValues(s.label()).set(s == status ? 1 : 0);
    }
  }

  /**
   * Sets {@code lean_connected_peers} and {@code lean_gossip_mesh_peers} from the connected peers'
   * client types; client types seen before and now absent drop to 0.
   */
  public void setConnectedPeers(Map<String, Integer> peersByClient) {
    peersLock.lock();
    try {
      Map<String, Integer> all = new HashMap<>(peersByClient);
      all.putIfAbsent(ownClient, 0);
      for (var snapshot : connectedPeers.collect().getDataPoints()) {
        all.putIfAbsent(snapshot.getLabels().get("client"), 0);
      }
      all.forEach(
          (client, count) -> {
            connectedPeers.labelValues(client).set(count);
            gossipMeshPeers.labelValues(client).set(count);
          });
    } finally {
      peersLock.unlock();
    }
  }

  /**
   * Wraps an interval listener so that the time between consecutive calls is observed in {@code
   * lean_tick_interval_duration_seconds} (800 ms when the ticker is on time).
   */
  public IntervalListener observingTicks(IntervalListener listener) {
    return observingTicks(listener, System::nanoTime);
  }

  /** As {@link #observingTicks(IntervalListener)}, reading the time from {@code nanoTime}. */
  IntervalListener observingTicks(IntervalListener listener, LongSupplier nanoTime) {
    AtomicLong previous = new AtomicLong(Long.MIN_VALUE);
    return (time, skippedBefore) -> {
      long now = nanoTime.getAsLong();
      long last = previous.getAndSet(now);
      if (last != Long.MIN_VALUE) {
        tickIntervalDuration.observe((now - last) / 1e9);
      }
      listener.onInterval(time, skippedBefore);
    };
  }

  /** Counts a refused frame or rejected message under its reason. */
  public void countInvalidMessage(String reason) {
    networkInvalidMessages.labelValues(reason).inc();
  }

  private Gauge gauge(String name, String help, String... labels) {
    return Gauge.builder().name(name).help(help).labelNames(labels).register(registry);
  }

  private Counter counter(String name, String help, String... labels) {
    return Counter.builder().name(name).help(help).labelNames(labels).register(registry);
  }

  private Histogram histogram(String name, String help, double[] buckets) {
    return Histogram.builder()
        .name(name)
        .help(help)
        .classicOnly()
        .classicUpperBounds(buckets)
        .register(registry);
  }

  private void slotGauge(String name, String help, ToLongFunction<NodeView> slot, NodeView view) {
    GaugeWithCallback.builder()
        .name(name)
        .help(help)
        .callback(
            cb -> {
              try {
                cb.call(slot.applyAsLong(view));
              } catch (RuntimeException e) {
                // The store is not readable right now (e.g. still starting): leave the value out
                // of this scrape rather than failing the whole scrape.
              }
            })
        .register(registry);
  }

  private static void initLabels(Counter counter, String... values) {
    counter.labelValues(values).inc(0);
  }
}
