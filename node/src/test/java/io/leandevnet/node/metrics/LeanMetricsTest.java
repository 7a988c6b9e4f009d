package io.leandevnet.node.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.leandevnet.node.clock.SlotClock;
import io.leandevnet.node.clock.SlotTime;
import io.leandevnet.node.view.FailingNodeView;
import io.leandevnet.node.view.FixedNodeView;
import io.leandevnet.node.view.NodeView;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class LeanMetricsTest {

  /** leanMetrics metrics.md (leanEthereum/leanMetrics @c1b3ef8): name, type, histogram buckets. */
  record Spec(String name, String type, double... buckets) {}

  private static final double[] SIG = {0.005, 0.01, 0.025, 0.05, 0.1, 1};
  private static final double[] AGG = {0.1, 0.25, 0.5, 0.75, 1, 1.25, 1.5, 2, 4};
  private static final double[] PAYLOADS = {1, 2, 4, 8, 16, 32, 64, 128};
  private static final double[] PAYLOAD_AGG = {0.1, 0.25, 0.5, 0.75, 1, 2, 3, 4};
  private static final double[] PRODUCTION = {0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 0.75, 1};
  private static final double[] BLOCK_PROCESSING = {
    0.005, 0.01, 0.025, 0.05, 0.1, 1, 1.25, 1.5, 2, 4
  };
  private static final double[] REORG_DEPTH = {1, 2, 3, 5, 7, 10, 20, 30, 50, 100};
  private static final double[] COMMITTEE_AGG = {0.05, 0.1, 0.25, 0.5, 0.75, 1, 2, 3, 4};
  private static final double[] TICK = {
    0.4, 0.6, 0.75, 0.8, 0.805, 0.81, 0.815, 0.82, 0.825, 0.85, 0.9, 1.0, 1.2, 1.6
  };
  private static final double[] STATE_TRANSITION = {0.25, 0.5, 0.75, 1, 1.25, 1.5, 2, 2.5, 3, 4};
  private static final double[] BLOCK_SIZE = {1e4, 5e4, 1e5, 2.5e5, 5e5, 1e6, 2e6, 5e6};
  private static final double[] ATTESTATION_SIZE = {512, 1024, 2048, 4096, 8192, 16384};
  private static final double[] AGGREGATION_SIZE = {
    1024, 4096, 16384, 65536, 131072, 262144, 524288, 1048576
  };

  static final List<Spec> LEAN_METRICS =
      List.of(
          new Spec("lean_node_info", "gauge"),
          new Spec("lean_node_start_time_seconds", "gauge"),
          new Spec("lean_pq_sig_attestation_signatures_total", "counter"),
          new Spec("lean_pq_sig_attestation_signatures_valid_total", "counter"),
          new Spec("lean_pq_sig_attestation_signatures_invalid_total", "counter"),
          new Spec("lean_pq_sig_attestation_signing_time_seconds", "histogram", SIG),
          new Spec("lean_pq_sig_attestation_verification_time_seconds", "histogram", SIG),
          new Spec("lean_pq_sig_aggregated_signatures_total", "counter"),
          new Spec("lean_pq_sig_aggregated_signatures_valid_total", "counter"),
          new Spec("lean_pq_sig_aggregated_signatures_invalid_total", "counter"),
          new Spec("lean_pq_sig_attestations_in_aggregated_signatures_total", "counter"),
          new Spec("lean_pq_sig_aggregated_signatures_building_time_seconds", "histogram", AGG),
          new Spec("lean_pq_sig_aggregated_signatures_verification_time_seconds", "histogram", AGG),
          new Spec("lean_block_aggregated_payloads", "histogram", PAYLOADS),
          new Spec(
              "lean_block_building_payload_aggregation_time_seconds", "histogram", PAYLOAD_AGG),
          new Spec("lean_block_building_time_seconds", "histogram", PRODUCTION),
          new Spec("lean_block_building_success_total", "counter"),
          new Spec("lean_block_building_failures_total", "counter"),
          new Spec("lean_head_slot", "gauge"),
          new Spec("lean_current_slot", "gauge"),
          new Spec("lean_safe_target_slot", "gauge"),
          new Spec("lean_fork_choice_block_processing_time_seconds", "histogram", BLOCK_PROCESSING),
          new Spec("lean_attestations_valid_total", "counter"),
          new Spec("lean_attestations_invalid_total", "counter"),
          new Spec("lean_attestation_validation_time_seconds", "histogram", SIG),
          new Spec("lean_fork_choice_reorgs_total", "counter"),
          new Spec("lean_fork_choice_reorg_depth", "histogram", REORG_DEPTH),
          new Spec("lean_gossip_signatures", "gauge"),
          new Spec("lean_latest_new_aggregated_payloads", "gauge"),
          new Spec("lean_latest_known_aggregated_payloads", "gauge"),
          new Spec(
              "lean_committee_signatures_aggregation_time_seconds", "histogram", COMMITTEE_AGG),
          new Spec("lean_node_sync_status", "gauge"),
          new Spec("lean_tick_interval_duration_seconds", "histogram", TICK),
          new Spec("lean_latest_justified_slot", "gauge"),
          new Spec("lean_latest_finalized_slot", "gauge"),
          new Spec("lean_justified_slot", "gauge"),
          new Spec("lean_finalized_slot", "gauge"),
          new Spec("lean_finalizations_total", "counter"),
          new Spec("lean_state_transition_time_seconds", "histogram", STATE_TRANSITION),
          new Spec("lean_state_transition_slots_processed_total", "counter"),
          new Spec("lean_state_transition_slots_processing_time_seconds", "histogram", SIG),
          new Spec("lean_state_transition_block_processing_time_seconds", "histogram", SIG),
          new Spec("lean_state_transition_attestations_processed_total", "counter"),
          new Spec("lean_state_transition_attestations_processing_time_seconds", "histogram", SIG),
          new Spec("lean_validators_count", "gauge"),
          new Spec("lean_is_aggregator", "gauge"),
          new Spec("lean_attestations_production_time_seconds", "histogram", PRODUCTION),
          new Spec("lean_aggregator_skipped_total", "counter"),
          new Spec("lean_connected_peers", "gauge"),
          new Spec("lean_peer_connection_events_total", "counter"),
          new Spec("lean_peer_disconnection_events_total", "counter"),
          new Spec("lean_gossip_mesh_peers", "gauge"),
          new Spec("lean_attestation_committee_subnet", "gauge"),
          new Spec("lean_attestation_committee_count", "gauge"),
          new Spec("lean_gossip_block_size_bytes", "histogram", BLOCK_SIZE),
          new Spec("lean_gossip_attestation_size_bytes", "histogram", ATTESTATION_SIZE),
          new Spec("lean_gossip_aggregation_size_bytes", "histogram", AGGREGATION_SIZE),
          new Spec(LeanMetrics.NETWORK_INVALID_MESSAGES, "counter"));

  private static LeanMetrics sampleMetrics() {
    // 1000 s after genesis: slot 250.
    SlotClock clock = new SlotClock(1_000, InstantSource.fixed(Instant.ofEpochSecond(2_000)));
    return new LeanMetrics(
        "builtin_3",
        "lean-devnet/0.1.0",
        Instant.ofEpochSecond(1_700_000_000),
        FixedNodeView.sample(),
        clock);
  }

  @Test
  void everyLeanMetricIsExposedUnderItsExactNameTypeAndBuckets() {
    Map<String, ExpositionParser.Family> families = ExpositionParser.scrape(sampleMetrics());
    for (Spec spec : LEAN_METRICS) {
      assertThat(families).as(spec.name()).containsKey(spec.name());
      ExpositionParser.Family family = families.get(spec.name());
      assertThat(family.type()).as(spec.name()).isEqualTo(spec.type());
      assertThat(family.samples())
          .as(spec.name() + " has samples from the first scrape")
          .isNotEmpty();
      assertThat(family.help()).as(spec.name()).isNotBlank();
      if (spec.type().equals("histogram")) {
        assertThat(family.bucketBounds())
            .as(spec.name())
            .containsExactly(Arrays.stream(spec.buckets()).boxed().toArray(Double[]::new));
      }
    }
    assertThat(families.keySet()).allMatch(name -> name.startsWith("lean_"));
    assertThat(families).hasSize(LEAN_METRICS.size());
  }

  @Test
  void chainGaugesReadTheViewAndTheClockAtScrapeTime() {
    LeanMetrics metrics = sampleMetrics();
    Map<String, ExpositionParser.Family> f = ExpositionParser.scrape(metrics);
    assertThat(ExpositionParser.value(f, "lean_head_slot", Map.of())).isEqualTo(4);
    assertThat(ExpositionParser.value(f, "lean_safe_target_slot", Map.of())).isEqualTo(3);
    assertThat(ExpositionParser.value(f, "lean_latest_justified_slot", Map.of())).isEqualTo(2);
    assertThat(ExpositionParser.value(f, "lean_latest_finalized_slot", Map.of())).isEqualTo(1);
    assertThat(ExpositionParser.value(f, "lean_current_slot", Map.of())).isEqualTo(250);
    assertThat(
            ExpositionParser.value(
                f, "lean_node_info", Map.of("name", "builtin_3", "version", "lean-devnet/0.1.0")))
        .isEqualTo(1);
    assertThat(ExpositionParser.value(f, "lean_node_start_time_seconds", Map.of()))
        .isEqualTo(1_700_000_000);
    assertThat(ExpositionParser.value(f, "lean_connected_peers", Map.of("client", "builtin")))
        .isZero();
  }

  @Test
  void countersAndLabelledMetricsMoveAsTheNodeReports() {
    LeanMetrics metrics = sampleMetrics();
    metrics.finalized();
    metrics.attestationAccepted(0.02);
    metrics.attestationAccepted(0.02);
    metrics.aggregateAccepted(0.3);
    metrics.voteRejected(false, false);
    metrics.setValidatorDuties(2, 1, OptionalInt.of(0));
    metrics.setAggregator(true);
    metrics.setSyncStatus(SyncStatus.SYNCED);
    metrics.setConnectedPeers(Map.of("builtin", 3, "zeam", 1));
    metrics.setConnectedPeers(Map.of("builtin", 2));
    metrics.countInvalidMessage("malformed");

    Map<String, ExpositionParser.Family> f = ExpositionParser.scrape(metrics);
    assertThat(ExpositionParser.value(f, "lean_finalizations_total", Map.of("result", "success")))
        .isEqualTo(1);
    assertThat(ExpositionParser.value(f, "lean_finalizations_total", Map.of("result", "error")))
        .isZero();
    assertThat(ExpositionParser.value(f, "lean_attestations_valid_total", Map.of()))
        .as("two votes and one aggregate")
        .isEqualTo(3);
    assertThat(ExpositionParser.value(f, "lean_attestations_invalid_total", Map.of())).isEqualTo(1);
    var validation = f.get("lean_attestation_validation_time_seconds");
    assertThat(
            validation.value(
                "lean_attestation_validation_time_seconds_bucket", Map.of("le", "0.01")))
        .isZero();
    assertThat(
            validation.value(
                "lean_attestation_validation_time_seconds_bucket", Map.of("le", "0.025")))
        .isEqualTo(2);
    assertThat(ExpositionParser.value(f, "lean_pq_sig_aggregated_signatures_valid_total", Map.of()))
        .isEqualTo(1);
    assertThat(ExpositionParser.value(f, "lean_validators_count", Map.of())).isEqualTo(2);
    assertThat(ExpositionParser.value(f, "lean_is_aggregator", Map.of())).isEqualTo(1);
    assertThat(ExpositionParser.value(f, "lean_node_sync_status", Map.of("status", "synced")))
        .isEqualTo(1);
    assertThat(ExpositionParser.value(f, "lean_node_sync_status", Map.of("status", "idle")))
        .isZero();
    assertThat(ExpositionParser.value(f, "lean_connected_peers", Map.of("client", "builtin")))
        .isEqualTo(2);
    assertThat(ExpositionParser.value(f, "lean_connected_peers", Map.of("client", "zeam")))
        .isZero();
    assertThat(
            ExpositionParser.value(
                f, LeanMetrics.NETWORK_INVALID_MESSAGES, Map.of("reason", "malformed")))
        .isEqualTo(1);
  }

  @Test
  void tickGapsAreObservedBetweenConsecutiveIntervals() throws Exception {
    LeanMetrics metrics = sampleMetrics();
    List<SlotTime> seen = new ArrayList<>();
    AtomicLong nanos = new AtomicLong(5_000_000_000L);
    var listener = metrics.observingTicks((time, skipped) -> seen.add(time), nanos::get);
    listener.onInterval(new SlotTime(1, 0), 0);
    nanos.addAndGet(820_000_000L);
    listener.onInterval(new SlotTime(1, 1), 0);
    assertThat(seen).hasSize(2);
    var histogram = ExpositionParser.scrape(metrics).get("lean_tick_interval_duration_seconds");
    assertThat(histogram.value("lean_tick_interval_duration_seconds_count", Map.of())).isEqualTo(1);
    assertThat(histogram.value("lean_tick_interval_duration_seconds_sum", Map.of()))
        .isCloseTo(0.82, within(1e-9));
  }

  @Test
  void eachNodeHasItsOwnRegistry() {
    LeanMetrics a = sampleMetrics();
    LeanMetrics b = sampleMetrics();
    for (int i = 0; i < 5; i++) {
      a.attestationAccepted(0.01);
    }
    assertThat(a.registry()).isNotSameAs(b.registry());
    Map<String, ExpositionParser.Family> fb = ExpositionParser.scrape(b);
    assertThat(ExpositionParser.value(fb, "lean_attestations_valid_total", Map.of())).isZero();
  }

  @Test
  void aFailingViewLeavesTheChainGaugeOutInsteadOfFailingTheScrape() {
    FixedNodeView sample = FixedNodeView.sample();
    NodeView failing = new FailingNodeView(sample, Set.of("head"), "store not ready");
    LeanMetrics metrics =
        new LeanMetrics("builtin_0", "v", Instant.EPOCH, failing, SlotClock.system(0));
    Map<String, ExpositionParser.Family> f = ExpositionParser.scrape(metrics);
    assertThat(ExpositionParser.value(f, "lean_latest_justified_slot", Map.of())).isEqualTo(2);
    assertThat(f.containsKey("lean_head_slot") ? f.get("lean_head_slot").samples() : List.of())
        .isEmpty();
  }
}
