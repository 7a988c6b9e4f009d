package io.leandevnet.consensus.forkchoice;

import io.leandevnet.consensus.containers.AggregatedSignatureProof;
import io.leandevnet.consensus.containers.AttestationData;
import io.leandevnet.consensus.containers.Block;
import io.leandevnet.ssz.Bytes32;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * LMD-GHOST over a block tree (leanSpec {@code fork_choice.py}): each validator's latest vote, the
 * weight those votes put on every block, and the walk from a start block to the heaviest leaf.
 */
final class LmdGhost {
  private LmdGhost() {}

  /**
   * {@code extract_attestations_from_aggregated_payloads}: each validator's vote with the highest
   * slot.
   */
  static Map<Integer, AttestationData> latestVotes(
      Map<AttestationData, Set<AggregatedSignatureProof>> payloads) {
    Map<Integer, AttestationData> votes = new HashMap<>();
    payloads.forEach(
        (data, proofs) -> {
          for (AggregatedSignatureProof proof : proofs) {
            proof
                .participants()
                .indices()
                .forEach(
                    v -> {
                      AttestationData existing = votes.get(v);
                      if (existing == null || existing.slot() < data.slot()) {
                        votes.put(v, data);
                      }
                    });
          }
        });
    return votes;
  }

  /** Each vote weighs on its head block and every ancestor above {@code startSlot}. */
  static Map<Bytes32, Integer> weights(
      Map<Bytes32, Block> blocks, Map<Integer, AttestationData> votes, long startSlot) {
    Map<Bytes32, Integer> weights = new HashMap<>();
    for (AttestationData data : votes.values()) {
      Bytes32 current = data.head().root();
      while (blocks.containsKey(current) && blocks.get(current).slot() > startSlot) {
        weights.merge(current, 1, Integer::sum);
        current = blocks.get(current).parentRoot();
      }
    }
    return weights;
  }

  /**
   * {@code _compute_lmd_ghost_head}: from {@code startRoot}, descend to the heaviest child (ties to
   * the larger root) until a leaf; children below {@code minScore} are ignored.
   */
  static Bytes32 computeLmdGhostHead(
      Map<Bytes32, Block> blocks,
      Bytes32 startRoot,
      Map<Integer, AttestationData> votes,
      int minScore) {
    if (!blocks.containsKey(startRoot)) {
      throw new IllegalStateException("start root " + startRoot + " is not a known block");
    }
    Map<Bytes32, Integer> weights = weights(blocks, votes, blocks.get(startRoot).slot());
    Map<Bytes32, List<Bytes32>> children = new HashMap<>();
    blocks.forEach(
        (root, block) -> {
          if (minScore > 0 && weights.getOrDefault(root, 0) < minScore) {
            return;
          }
          children.computeIfAbsent(block.parentRoot(), r -> new ArrayList<>()).add(root);
        });
    Comparator<Bytes32> byWeightThenRoot =
        Comparator.<Bytes32>comparingInt(r -> weights.getOrDefault(r, 0))
            .thenComparing(Comparator.naturalOrder());
    Bytes32 current = startRoot;
    List<Bytes32> next;
    while ((next = children.get(current)) != null && !next.isEmpty()) {
      current = next.stream().max(byWeightThenRoot).orElseThrow();
    }
    return current;
  }
}
