package io.leandevnet.consensus.leanspec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.leandevnet.consensus.RejectedException;
import io.leandevnet.consensus.containers.Block;
import io.leandevnet.consensus.containers.BlockHeader;
import io.leandevnet.consensus.containers.State;
import io.leandevnet.consensus.statetransition.StateTransition;
import io.leandevnet.fixtures.Fixture;
import io.leandevnet.ssz.Bytes32;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * {@code state_transition_test}: runs {@code blocks} through the state transition from {@code pre}
 * and compares every listed {@code post} field, or expects the transition to be rejected ({@code
 * expectException}). Root labels {@code block_<slot>} name the fixture's block at that slot, {@code
 * genesis} the pre-state's block.
 */
final class StateTransitionFixture {
  private StateTransitionFixture() {}

  static void check(Fixture fixture) {
    State pre = FixtureJson.state(fixture.field("pre"));
    List<Block> blocks = FixtureJson.list(fixture.field("blocks"), FixtureJson::block);
    if (fixture.body().has("expectException")) {
      assertThatThrownBy(() -> apply(pre, blocks, new HashMap<>()))
          .as("the transition is rejected")
          .isInstanceOfAny(RejectedException.class, IllegalArgumentException.class);
      return;
    }
    Map<String, Bytes32> labels = new HashMap<>();
    State post = apply(pre, blocks, labels);
    JsonNode expected = fixture.field("post");
    for (Iterator<Map.Entry<String, JsonNode>> it = expected.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      checkField(post, e.getKey(), e.getValue(), labels);
    }
  }

  private static State apply(State pre, List<Block> blocks, Map<String, Bytes32> labels) {
    BlockHeader genesisHeader = pre.latestBlockHeader();
    if (genesisHeader.slot() == 0) {
      labels.put(
          "genesis",
          new BlockHeader(
                  0,
                  genesisHeader.proposerIndex(),
                  genesisHeader.parentRoot(),
                  genesisHeader.stateRoot().equals(Bytes32.ZERO)
                      ? pre.hashTreeRoot()
                      : genesisHeader.stateRoot(),
                  genesisHeader.bodyRoot())
              .hashTreeRoot());
    }
    State state = pre;
    for (Block block : blocks) {
      state = StateTransition.stateTransition(state, block);
      labels.put("block_" + block.slot(), block.hashTreeRoot());
    }
    return state;
  }

  private static Bytes32 label(Map<String, Bytes32> labels, String label) {
    Bytes32 root = labels.get(label);
    if (root == null) {
      throw new IllegalArgumentException(
          "unknown block label " + label + " (known: " + labels + ")");
    }
    return root;
  }

  private static void checkField(
      State s, String field, JsonNode want, Map<String, Bytes32> labels) {
    var check = assertThat((Object) actual(s, field, want, labels)).as("post." + field);
    check.isEqualTo(expected(field, want, labels));
  }

  private static Object actual(State s, String field, JsonNode want, Map<String, Bytes32> labels) {
    return switch (field) {
      case "slot" -> s.slot();
      case "configGenesisTime" -> s.config().genesisTime();
      case "validatorCount" -> (long) s.validators().size();
      case "latestBlockHeaderSlot" -> s.latestBlockHeader().slot();
      case "latestBlockHeaderProposerIndex" -> s.latestBlockHeader().proposerIndex();
      case "latestBlockHeaderParentRoot" -> s.latestBlockHeader().parentRoot();
      case "latestBlockHeaderStateRoot" -> s.latestBlockHeader().stateRoot();
      case "latestBlockHeaderBodyRoot" -> s.latestBlockHeader().bodyRoot();
      case "latestJustifiedSlot" -> s.latestJustified().slot();
      case "latestJustifiedRoot", "latestJustifiedRootLabel" -> s.latestJustified().root();
      case "latestFinalizedSlot" -> s.latestFinalized().slot();
      case "latestFinalizedRoot", "latestFinalizedRootLabel" -> s.latestFinalized().root();
      case "historicalBlockHashes" -> s.historicalBlockHashes();
      case "historicalBlockHashesCount" -> (long) s.historicalBlockHashes().size();
      case "justifiedSlots" -> s.justifiedSlots();
      case "justificationsRoots" -> s.justificationsRoots();
      case "justificationsRootsLabels" -> s.justificationsRoots().stream().sorted().toList();
      case "justificationsRootsCount" -> (long) s.justificationsRoots().size();
      case "justificationsValidators" -> s.justificationsValidators();
      case "justificationsValidatorsCount" -> (long) s.justificationsValidators().length();
      default -> throw new IllegalArgumentException("unknown post field " + field);
    };
  }

  private static Object expected(String field, JsonNode want, Map<String, Bytes32> labels) {
    return switch (field) {
      case "latestBlockHeaderParentRoot",
          "latestBlockHeaderStateRoot",
          "latestBlockHeaderBodyRoot",
          "latestJustifiedRoot",
          "latestFinalizedRoot" ->
          FixtureJson.root(want);
      case "latestJustifiedRootLabel", "latestFinalizedRootLabel" -> label(labels, want.asText());
      case "historicalBlockHashes", "justificationsRoots" ->
          FixtureJson.list(want, FixtureJson::root);
      case "justificationsRootsLabels" ->
          FixtureJson.list(want, n -> label(labels, n.asText())).stream().sorted().toList();
      case "justifiedSlots", "justificationsValidators" -> FixtureJson.bits(want);
      default -> FixtureJson.uint(want);
    };
  }
}
