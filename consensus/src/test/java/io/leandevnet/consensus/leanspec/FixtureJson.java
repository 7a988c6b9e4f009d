package io.leandevnet.consensus.leanspec;

import com.fasterxml.jackson.databind.JsonNode;
import io.leandevnet.consensus.containers.AggregatedAttestation;
import io.leandevnet.consensus.containers.AggregatedSignatureProof;
import io.leandevnet.consensus.containers.Attestation;
import io.leandevnet.consensus.containers.AttestationData;
import io.leandevnet.consensus.containers.Block;
import io.leandevnet.consensus.containers.BlockBody;
import io.leandevnet.consensus.containers.BlockHeader;
import io.leandevnet.consensus.containers.BlockSignatures;
import io.leandevnet.consensus.containers.BlocksByRootRequest;
import io.leandevnet.consensus.containers.Checkpoint;
import io.leandevnet.consensus.containers.Config;
import io.leandevnet.consensus.containers.Signature;
import io.leandevnet.consensus.containers.SignedAggregatedAttestation;
import io.leandevnet.consensus.containers.SignedAttestation;
import io.leandevnet.consensus.containers.SignedBlock;
import io.leandevnet.consensus.containers.State;
import io.leandevnet.consensus.containers.Status;
import io.leandevnet.consensus.containers.Validator;
import io.leandevnet.ssz.Bits;
import io.leandevnet.ssz.Bytes;
import io.leandevnet.ssz.Bytes32;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Reads leanSpec's fixture JSON into the consensus containers: camelCase keys, uint64 as numbers,
 * fixed bytes as {@code "0x…"}, lists and bitlists as {@code {"data": [...]}}, byte lists as {@code
 * {"data": "0x…"}}. Both spellings of the renamed fields are read: devnet4's ({@code
 * attestationPubkey}, {@code validatorId}) and later leanSpec's ({@code attestationPublicKey},
 * {@code validatorIndex}).
 */
public final class FixtureJson {
  private FixtureJson() {}

  public static long uint(JsonNode node) {
    if (node == null || node.isMissingNode() || node.isNull()) {
      throw new IllegalArgumentException("missing number");
    }
    if (node.isTextual()) {
      return Long.parseUnsignedLong(node.asText());
    }
    return node.bigIntegerValue().longValue();
  }

  public static long uint(JsonNode node, String field) {
    return uint(required(node, field));
  }

  public static JsonNode required(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null) {
      throw new IllegalArgumentException("missing field " + field + " in " + abbreviate(node));
    }
    return value;
  }

  private static JsonNode either(JsonNode node, String field, String otherSpelling) {
    return node.has(field) ? node.get(field) : required(node, otherSpelling);
  }

  private static String abbreviate(JsonNode node) {
    String text = node.toString();
    return text.length() > 200 ? text.substring(0, 200) + "…" : text;
  }

  public static Bytes bytes(JsonNode node) {
    return Bytes.fromHex(node.asText());
  }

  public static Bytes32 root(JsonNode node) {
    return Bytes32.fromHex(node.asText());
  }

  /** The elements of an SSZ list: {@code {"data": [...]}} (a bare array is read too). */
  public static <T> List<T> list(JsonNode node, Function<JsonNode, T> element) {
    JsonNode data = node.isArray() ? node : required(node, "data");
    List<T> out = new ArrayList<>(data.size());
    data.forEach(e -> out.add(element.apply(e)));
    return out;
  }

  public static Bits bits(JsonNode node) {
    List<Boolean> values = list(node, JsonNode::asBoolean);
    boolean[] bits = new boolean[values.size()];
    for (int i = 0; i < bits.length; i++) {
      bits[i] = values.get(i);
    }
    return Bits.of(bits);
  }

  public static Bytes byteList(JsonNode node) {
    return bytes(node.isTextual() ? node : required(node, "data"));
  }

  public static Checkpoint checkpoint(JsonNode n) {
    return new Checkpoint(root(required(n, "root")), uint(n, "slot"));
  }

  public static Config config(JsonNode n) {
    return new Config(uint(n, "genesisTime"));
  }

  public static Validator validator(JsonNode n) {
    return new Validator(
        bytes(either(n, "attestationPubkey", "attestationPublicKey")),
        bytes(either(n, "proposalPubkey", "proposalPublicKey")),
        uint(n, "index"));
  }

  public static BlockHeader blockHeader(JsonNode n) {
    return new BlockHeader(
        uint(n, "slot"),
        uint(n, "proposerIndex"),
        root(required(n, "parentRoot")),
        root(required(n, "stateRoot")),
        root(required(n, "bodyRoot")));
  }

  public static State state(JsonNode n) {
    return new State(
        config(required(n, "config")),
        uint(n, "slot"),
        blockHeader(required(n, "latestBlockHeader")),
        checkpoint(required(n, "latestJustified")),
        checkpoint(required(n, "latestFinalized")),
        list(required(n, "historicalBlockHashes"), FixtureJson::root),
        bits(required(n, "justifiedSlots")),
        list(required(n, "validators"), FixtureJson::validator),
        list(required(n, "justificationsRoots"), FixtureJson::root),
        bits(required(n, "justificationsValidators")));
  }

  public static AttestationData attestationData(JsonNode n) {
    return new AttestationData(
        uint(n, "slot"),
        checkpoint(required(n, "head")),
        checkpoint(required(n, "target")),
        checkpoint(required(n, "source")));
  }

  public static Attestation attestation(JsonNode n) {
    return new Attestation(
        uint(either(n, "validatorId", "validatorIndex")), attestationData(required(n, "data")));
  }

  public static SignedAttestation signedAttestation(JsonNode n) {
    return new SignedAttestation(
        uint(either(n, "validatorId", "validatorIndex")),
        attestationData(required(n, "data")),
        signature(required(n, "signature")));
  }

  public static AggregatedAttestation aggregatedAttestation(JsonNode n) {
    return new AggregatedAttestation(
        bits(required(n, "aggregationBits")), attestationData(required(n, "data")));
  }

  public static BlockBody blockBody(JsonNode n) {
    return new BlockBody(list(required(n, "attestations"), FixtureJson::aggregatedAttestation));
  }

  public static Block block(JsonNode n) {
    return new Block(
        uint(n, "slot"),
        uint(n, "proposerIndex"),
        root(required(n, "parentRoot")),
        root(required(n, "stateRoot")),
        blockBody(required(n, "body")));
  }

  public static AggregatedSignatureProof aggregatedSignatureProof(JsonNode n) {
    return new AggregatedSignatureProof(
        bits(required(n, "participants")), byteList(required(n, "proofData")));
  }

  public static SignedAggregatedAttestation signedAggregatedAttestation(JsonNode n) {
    return new SignedAggregatedAttestation(
        attestationData(required(n, "data")), aggregatedSignatureProof(required(n, "proof")));
  }

  /** An XMSS signature: leanSpec writes its SSZ bytes as one hex string. */
  public static Signature signature(JsonNode n) {
    return new Signature(bytes(n));
  }

  public static BlockSignatures blockSignatures(JsonNode n) {
    return new BlockSignatures(
        list(required(n, "attestationSignatures"), FixtureJson::aggregatedSignatureProof),
        signature(required(n, "proposerSignature")));
  }

  public static SignedBlock signedBlock(JsonNode n) {
    return new SignedBlock(block(required(n, "block")), blockSignatures(required(n, "signature")));
  }

  public static Status status(JsonNode n) {
    return new Status(checkpoint(required(n, "finalized")), checkpoint(required(n, "head")));
  }

  public static BlocksByRootRequest blocksByRootRequest(JsonNode n) {
    return new BlocksByRootRequest(list(required(n, "roots"), FixtureJson::root));
  }
}
