package io.leandevnet.consensus.genesis;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.leandevnet.consensus.containers.BlockHeader;
import io.leandevnet.consensus.containers.Checkpoint;
import io.leandevnet.consensus.containers.State;
import io.leandevnet.consensus.containers.Validator;
import io.leandevnet.ssz.Bits;
import io.leandevnet.ssz.Bytes32;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * A {@link State} in leanSpec's JSON encoding (the one its fixtures use): camelCase keys in field
 * order, uint64 as numbers, fixed bytes as {@code "0x…"}, SSZ lists and bitlists as {@code {"data":
 * [...]}}. This is what lean-devnet writes as genesis.json.
 */
public final class StateJson {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private StateJson() {}

  public static String of(State state) {
    ObjectNode root = JSON.createObjectNode();
    root.putObject("config").put("genesisTime", state.config().genesisTime());
    root.put("slot", state.slot());
    BlockHeader h = state.latestBlockHeader();
    ObjectNode header = root.putObject("latestBlockHeader");
    header.put("slot", h.slot());
    header.put("proposerIndex", h.proposerIndex());
    header.put("parentRoot", h.parentRoot().toHex());
    header.put("stateRoot", h.stateRoot().toHex());
    header.put("bodyRoot", h.bodyRoot().toHex());
    checkpoint(root.putObject("latestJustified"), state.latestJustified());
    checkpoint(root.putObject("latestFinalized"), state.latestFinalized());
    roots(root.putObject("historicalBlockHashes").putArray("data"), state.historicalBlockHashes());
    bits(root.putObject("justifiedSlots").putArray("data"), state.justifiedSlots());
    ArrayNode validators = root.putObject("validators").putArray("data");
    for (Validator v : state.validators()) {
      ObjectNode o = validators.addObject();
      o.put("attestationPubkey", v.attestationPubkey().toHex());
      o.put("proposalPubkey", v.proposalPubkey().toHex());
      o.put("index", v.index());
    }
    roots(root.putObject("justificationsRoots").putArray("data"), state.justificationsRoots());
    bits(
        root.putObject("justificationsValidators").putArray("data"),
        state.justificationsValidators());
    try {
      return JSON.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void checkpoint(ObjectNode node, Checkpoint c) {
    node.put("root", c.root().toHex());
    node.put("slot", c.slot());
  }

  private static void roots(ArrayNode array, List<Bytes32> roots) {
    roots.forEach(r -> array.add(r.toHex()));
  }

  private static void bits(ArrayNode array, Bits bits) {
    for (int i = 0; i < bits.length(); i++) {
      array.add(bits.get(i));
    }
  }
}
