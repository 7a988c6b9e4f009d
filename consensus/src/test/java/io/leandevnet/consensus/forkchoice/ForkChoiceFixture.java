package io.leandevnet.consensus.forkchoice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.leandevnet.consensus.RejectedException;
import io.leandevnet.consensus.RejectionReason;
import io.leandevnet.consensus.chain.Interval;
import io.leandevnet.consensus.containers.AggregatedAttestation;
import io.leandevnet.consensus.containers.AggregatedSignatureProof;
import io.leandevnet.consensus.containers.AttestationData;
import io.leandevnet.consensus.containers.Block;
import io.leandevnet.consensus.containers.BlockSignatures;
import io.leandevnet.consensus.containers.SignedAggregatedAttestation;
import io.leandevnet.consensus.containers.SignedAttestation;
import io.leandevnet.consensus.containers.SignedBlock;
import io.leandevnet.consensus.containers.State;
import io.leandevnet.consensus.leanspec.FixtureJson;
import io.leandevnet.consensus.leanspec.FixtureSignatures;
import io.leandevnet.consensus.signature.SignatureAggregation;
import io.leandevnet.fixtures.Fixture;
import io.leandevnet.ssz.Bytes32;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code fork_choice_test}: replays the steps on a {@link Store} created from the anchor, as
 * leanSpec's filler does (every tick as an aggregator; a block step first ticks to the block's slot
 * as its proposer), checks each step's validity and expected error and every {@code checks} field,
 * resolving root labels ({@code genesis}, then each block step's {@code blockRootLabel}).
 *
 * <p>Signatures: the format's blocks carry none and its aggregated proofs are leanVM proofs, which
 * this client does not verify. The runner gives blocks and aggregates {@link FixtureSignatures}'
 * marker signatures; gossip attestations keep their real XMSS signatures, verified for real.
 */
public final class ForkChoiceFixture {
  private ForkChoiceFixture() {}

  /** leanSpec's assertion messages (the fixtures' {@code expectedError}) and our reasons. */
  private static final Map<String, RejectionReason> ERRORS =
      Map.ofEntries(
          Map.entry("Unknown source block", RejectionReason.UNKNOWN_SOURCE_BLOCK),
          Map.entry("Unknown target block", RejectionReason.UNKNOWN_TARGET_BLOCK),
          Map.entry("Unknown head block", RejectionReason.UNKNOWN_HEAD_BLOCK),
          Map.entry(
              "Source checkpoint slot must not exceed target", RejectionReason.SOURCE_AFTER_TARGET),
          Map.entry(
              "Head checkpoint must not be older than target",
              RejectionReason.HEAD_OLDER_THAN_TARGET),
          Map.entry("Source checkpoint slot mismatch", RejectionReason.SOURCE_SLOT_MISMATCH),
          Map.entry("Target checkpoint slot mismatch", RejectionReason.TARGET_SLOT_MISMATCH),
          Map.entry("Head checkpoint slot mismatch", RejectionReason.HEAD_SLOT_MISMATCH),
          Map.entry("Attestation too far in future", RejectionReason.ATTESTATION_TOO_FAR_IN_FUTURE),
          Map.entry("not found in state", RejectionReason.VALIDATOR_NOT_IN_STATE),
          Map.entry("Signature verification failed", RejectionReason.INVALID_SIGNATURE),
          Map.entry("distinct AttestationData entries", RejectionReason.TOO_MANY_ATTESTATION_DATA));

  public static void check(Fixture fixture) {
    State anchorState = FixtureJson.state(fixture.field("anchorState"));
    Block anchorBlock = FixtureJson.block(fixture.field("anchorBlock"));
    Store store =
        Store.createStore(
            anchorState,
            anchorBlock,
            new SignatureAggregation(FixtureSignatures.withMarker(fixture.testScheme())));
    Map<String, Bytes32> labels = new LinkedHashMap<>();
    labels.put("genesis", anchorBlock.hashTreeRoot());
    int index = 0;
    for (JsonNode step : fixture.field("steps")) {
      String where = "step " + index++ + " (" + step.path("stepType").asText() + ")";
      Bytes32 oldHead = store.head();
      Block[] filled = new Block[1];
      Runnable action = () -> apply(store, step, labels, filled);
      boolean valid = step.path("valid").asBoolean(true);
      if (!valid) {
        var thrown = assertThatThrownBy(action::run).as(where + " is rejected");
        thrown.isInstanceOf(RejectedException.class);
        String expected = step.path("expectedError").asText("");
        if (!expected.isEmpty()) {
          RejectionReason reason = reasonFor(expected);
          thrown.extracting(e -> ((RejectedException) e).reason()).isEqualTo(reason);
        }
        continue;
      }
      action.run();
      JsonNode checks = step.get("checks");
      if (checks != null) {
        for (Iterator<Map.Entry<String, JsonNode>> it = checks.fields(); it.hasNext(); ) {
          Map.Entry<String, JsonNode> c = it.next();
          checkField(store, where, c.getKey(), c.getValue(), labels, filled[0], oldHead);
        }
      }
    }
  }

  private static RejectionReason reasonFor(String expectedError) {
    return ERRORS.entrySet().stream()
        .filter(e -> expectedError.contains(e.getKey()))
        .map(Map.Entry::getValue)
        .findFirst()
        .orElseThrow(
            () ->
                new AssertionError(
                    "the runner knows no rejection reason for leanSpec's error '"
                        + expectedError
                        + "'"));
  }

  private static void apply(
      Store store, JsonNode step, Map<String, Bytes32> labels, Block[] filled) {
    switch (step.path("stepType").asText()) {
      case "tick" -> {
        long target =
            step.hasNonNull("interval")
                ? FixtureJson.uint(step.get("interval"))
                : Interval.fromUnixMillis(
                    FixtureJson.uint(step.get("time")) * 1000, store.config().genesisTime());
        store.onTick(target, step.path("hasProposal").asBoolean(false), true);
      }
      case "block" -> {
        JsonNode json = step.get("block");
        Block block = FixtureJson.block(json);
        filled[0] = block;
        if (json.hasNonNull("blockRootLabel")) {
          String label = json.get("blockRootLabel").asText();
          if (labels.putIfAbsent(label, block.hashTreeRoot()) != null) {
            throw new IllegalArgumentException("duplicate block label " + label);
          }
        }
        List<AggregatedSignatureProof> proofs = new ArrayList<>();
        for (AggregatedAttestation a : block.body().attestations()) {
          proofs.add(FixtureSignatures.markerProof(a.aggregationBits()));
        }
        store.onTick(Interval.fromSlot(block.slot()), true, true);
        store.onBlock(
            new SignedBlock(block, new BlockSignatures(proofs, FixtureSignatures.MARKER)));
      }
      case "attestation" -> {
        SignedAttestation attestation = FixtureJson.signedAttestation(step.get("attestation"));
        store.onGossipAttestation(attestation, step.path("isAggregator").asBoolean(false));
      }
      case "gossipAggregatedAttestation" -> {
        SignedAggregatedAttestation aggregate =
            FixtureJson.signedAggregatedAttestation(step.get("attestation"));
        store.onGossipAggregatedAttestation(
            new SignedAggregatedAttestation(
                aggregate.data(), FixtureSignatures.markerProof(aggregate.proof().participants())));
      }
      default -> throw new IllegalArgumentException("unknown step type " + step.get("stepType"));
    }
  }

  private static Bytes32 label(Map<String, Bytes32> labels, String label) {
    Bytes32 root = labels.get(label);
    if (root == null) {
      throw new IllegalArgumentException("unknown block label " + label + " of " + labels.keySet());
    }
    return root;
  }

  private static void checkField(
      Store store,
      String where,
      String field,
      JsonNode want,
      Map<String, Bytes32> labels,
      Block filled,
      Bytes32 oldHead) {
    String as = where + " checks." + field;
    switch (field) {
      case "time" -> assertThat(store.time()).as(as).isEqualTo(want.asLong());
      case "headSlot" -> assertThat(store.headSlot()).as(as).isEqualTo(want.asLong());
      case "headRootLabel" ->
          assertThat(store.head()).as(as).isEqualTo(label(labels, want.asText()));
      case "latestJustifiedSlot" ->
          assertThat(store.latestJustified().slot()).as(as).isEqualTo(want.asLong());
      case "latestJustifiedRootLabel" ->
          assertThat(store.latestJustified().root()).as(as).isEqualTo(label(labels, want.asText()));
      case "latestFinalizedSlot" ->
          assertThat(store.latestFinalized().slot()).as(as).isEqualTo(want.asLong());
      case "latestFinalizedRootLabel" ->
          assertThat(store.latestFinalized().root()).as(as).isEqualTo(label(labels, want.asText()));
      case "safeTargetSlot" ->
          assertThat(store.block(store.safeTarget()).slot()).as(as).isEqualTo(want.asLong());
      case "safeTargetRootLabel" ->
          assertThat(store.safeTarget()).as(as).isEqualTo(label(labels, want.asText()));
      case "filledBlockRootLabel" ->
          assertThat(filled.hashTreeRoot()).as(as).isEqualTo(label(labels, want.asText()));
      case "attestationTargetSlot" -> {
        var target = store.getAttestationTarget();
        assertThat(target.slot()).as(as).isEqualTo(want.asLong());
        assertThat(store.block(target.root()).slot())
            .as(as + " (the target's block)")
            .isEqualTo(want.asLong());
      }
      case "attestationChecks" -> {
        for (JsonNode c : want) {
          boolean known = !c.path("location").asText().equals("new");
          Map<Integer, AttestationData> votes =
              LmdGhost.latestVotes(
                  known ? store.latestKnownAggregatedPayloads : store.latestNewAggregatedPayloads);
          int validator = c.get("validator").asInt();
          AttestationData vote = votes.get(validator);
          assertThat(vote).as(as + ": validator " + validator + " has a vote").isNotNull();
          expectSlot(c, "attestationSlot", vote.slot(), as);
          expectSlot(c, "headSlot", vote.head().slot(), as);
          expectSlot(c, "sourceSlot", vote.source().slot(), as);
          expectSlot(c, "targetSlot", vote.target().slot(), as);
        }
      }
      case "attestationSignatureTargetSlots" ->
          assertThat(targetSlots(store.attestationSignatures)).as(as).isEqualTo(slots(want));
      case "latestNewAggregatedTargetSlots" ->
          assertThat(targetSlots(store.latestNewAggregatedPayloads)).as(as).isEqualTo(slots(want));
      case "latestKnownAggregatedTargetSlots" ->
          assertThat(targetSlots(store.latestKnownAggregatedPayloads))
              .as(as)
              .isEqualTo(slots(want));
      case "blockAttestationCount" ->
          assertThat(filled.body().attestations()).as(as).hasSize(want.asInt());
      case "blockAttestations" -> {
        for (JsonNode c : want) {
          Set<Integer> participants = new HashSet<>();
          c.get("participants").forEach(p -> participants.add(p.asInt()));
          AggregatedAttestation match =
              filled.body().attestations().stream()
                  .filter(
                      a ->
                          Set.copyOf(a.aggregationBits().indices().boxed().toList())
                              .equals(participants))
                  .findFirst()
                  .orElseThrow(
                      () -> new AssertionError(as + ": no attestation of " + participants));
          expectSlot(c, "attestationSlot", match.data().slot(), as);
          expectSlot(c, "targetSlot", match.data().target().slot(), as);
        }
      }
      case "lexicographicHeadAmong" -> {
        Bytes32 highest = null;
        for (JsonNode l : want) {
          Bytes32 root = label(labels, l.asText());
          highest = highest == null || root.compareTo(highest) > 0 ? root : highest;
        }
        assertThat(store.head()).as(as).isEqualTo(highest);
      }
      case "reorgDepth" -> {
        Set<Bytes32> abandoned = ancestors(store, oldHead);
        abandoned.removeAll(ancestors(store, store.head()));
        assertThat(abandoned).as(as).hasSize(want.asInt());
      }
      case "labelsInStore" -> {
        for (JsonNode l : want) {
          assertThat(store.containsBlock(label(labels, l.asText())))
              .as(as + ": " + l.asText())
              .isTrue();
        }
      }
      default -> throw new AssertionError("the runner does not know the check " + field);
    }
  }

  private static void expectSlot(JsonNode check, String name, long actual, String as) {
    if (check.hasNonNull(name)) {
      assertThat(actual).as(as + "." + name).isEqualTo(check.get(name).asLong());
    }
  }

  private static <V> TreeSet<Long> targetSlots(Map<AttestationData, V> pool) {
    TreeSet<Long> slots = new TreeSet<>();
    pool.keySet().forEach(d -> slots.add(d.target().slot()));
    return slots;
  }

  private static TreeSet<Long> slots(JsonNode array) {
    TreeSet<Long> slots = new TreeSet<>();
    array.forEach(n -> slots.add(n.asLong()));
    return slots;
  }

  private static Set<Bytes32> ancestors(Store store, Bytes32 root) {
    Set<Bytes32> out = new HashSet<>();
    Map<Bytes32, Block> blocks = new HashMap<>(store.blocks);
    for (Bytes32 r = root; r != null && blocks.containsKey(r); r = blocks.get(r).parentRoot()) {
      out.add(r);
    }
    return out;
  }
}
