package io.leandevnet.devnet.observe;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Gathers one node's figures from its metrics and its fork-choice reply. Fork-choice figures win
 * over metrics where both exist, since they come from one consistent view of the store.
 */
final class LeanSnapshotBuilder {
  private final String node;
  private final String client;
  private final Instant at;
  private Long headSlot;
  private String headRoot;
  private Long justified;
  private Long finalized;
  private Long safeTarget;
  private Long currentSlot;
  private Long peers;
  private Boolean aggregator;
  private Long validatorCount;
  private List<ForkChoiceEntry> tree = List.of();
  private String error;

  LeanSnapshotBuilder(String node, String client, Instant at) {
    this.node = node;
    this.client = client;
    this.at = at;
  }

  void error(String message) {
    if (error == null) {
      error = message;
    }
  }

  void fromMetrics(PrometheusText m) {
    headSlot = asLong(m.first("lean_head_slot").orElse(null));
    justified = asLong(m.first("lean_latest_justified_slot").orElse(null));
    finalized = asLong(m.first("lean_latest_finalized_slot").orElse(null));
    safeTarget = asLong(m.first("lean_safe_target_slot").orElse(null));
    currentSlot = asLong(m.first("lean_current_slot").orElse(null));
    peers = asLong(m.sum("lean_connected_peers").orElse(null));
    validatorCount = asLong(m.first("lean_validators_count").orElse(null));
    Double agg = m.first("lean_is_aggregator").orElse(null);
    aggregator = agg == null ? null : agg >= 1;
  }

  /**
   * Reads {@code /lean/v0/fork_choice}. {@code head} is a root in the spec's shape; some clients
   * give an object with a slot, which is accepted too.
   */
  void fromForkChoice(JsonNode fc) {
    List<ForkChoiceEntry> nodes = new ArrayList<>();
    for (JsonNode n : fc.path("nodes")) {
      String root = n.path("root").asText(null);
      if (root == null || !n.path("slot").canConvertToLong()) {
        continue;
      }
      nodes.add(
          new ForkChoiceEntry(
              root,
              n.path("slot").asLong(),
              n.path("parent_root").asText(null),
              n.path("proposer_index").asLong(0),
              n.path("weight").asLong(0)));
    }
    tree = List.copyOf(nodes);

    JsonNode head = fc.path("head");
    if (head.isTextual()) {
      headRoot = head.asText();
      Long slot = slotOf(headRoot);
      if (slot != null) {
        headSlot = slot;
      }
    } else if (head.isObject()) {
      headRoot = head.path("root").asText(headRoot);
      if (head.path("slot").canConvertToLong()) {
        headSlot = head.path("slot").asLong();
      }
    }
    if (fc.path("justified").path("slot").canConvertToLong()) {
      justified = fc.path("justified").path("slot").asLong();
    }
    if (fc.path("finalized").path("slot").canConvertToLong()) {
      finalized = fc.path("finalized").path("slot").asLong();
    }
    JsonNode safe = fc.path("safe_target");
    if (safe.isTextual()) {
      Long slot = slotOf(safe.asText());
      if (slot != null) {
        safeTarget = slot;
      }
    } else if (safe.path("slot").canConvertToLong()) {
      safeTarget = safe.path("slot").asLong();
    }
    if (fc.path("validator_count").canConvertToLong()) {
      validatorCount = fc.path("validator_count").asLong();
    }
  }

  private Long slotOf(String root) {
    for (ForkChoiceEntry n : tree) {
      if (n.root().equalsIgnoreCase(root)) {
        return n.slot();
      }
    }
    return null;
  }

  private static Long asLong(Double d) {
    return d == null || d.isNaN() || d.isInfinite() ? null : (long) Math.floor(d);
  }

  LeanSnapshot build(Health health) {
    return new LeanSnapshot(
        node,
        client,
        at,
        health,
        headSlot,
        headRoot,
        justified,
        finalized,
        safeTarget,
        currentSlot,
        peers,
        aggregator,
        validatorCount,
        tree,
        health == Health.DOWN && error == null ? "no answer" : error);
  }
}
