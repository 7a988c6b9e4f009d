package io.leandevnet.consensus.leanspec;

import static org.assertj.core.api.Assertions.assertThat;

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
import io.leandevnet.fixtures.Fixture;
import io.leandevnet.ssz.Bytes;
import io.leandevnet.ssz.Ssz;
import io.leandevnet.ssz.SszType;
import java.util.Map;
import java.util.function.Function;

/**
 * {@code ssz}: for the type named by {@code typeName}, encode(value) = serialized,
 * decode(serialized) = value and hash_tree_root(value) = root. The basic types and leanSpec's
 * sample types are built from the ssz module's type constructors; the containers are the consensus
 * records.
 */
final class SszFixture {
  private SszFixture() {}

  /** A type and how its fixture value is read. */
  private record Case<T>(SszType<T> type, Function<JsonNode, T> value) {
    void check(Fixture fixture) {
      T value = value().apply(fixture.field("value"));
      Bytes serialized = FixtureJson.bytes(fixture.field("serialized"));
      assertThat(Bytes.wrap(type.serialize(value))).as("encode(value)").isEqualTo(serialized);
      assertThat(type.deserialize(serialized.toArray())).as("decode(serialized)").isEqualTo(value);
      assertThat(type.hashTreeRoot(value))
          .as("hash_tree_root(value)")
          .isEqualTo(FixtureJson.root(fixture.field("root")));
    }
  }

  private static final Map<String, Case<?>> CASES =
      Map.ofEntries(
          Map.entry("Uint8", new Case<>(Ssz.UINT8, FixtureJson::uint)),
          Map.entry("Uint16", new Case<>(Ssz.UINT16, FixtureJson::uint)),
          Map.entry("Uint32", new Case<>(Ssz.UINT32, FixtureJson::uint)),
          Map.entry("Uint64", new Case<>(Ssz.UINT64, FixtureJson::uint)),
          Map.entry("Fp", new Case<>(Ssz.UINT32, FixtureJson::uint)),
          Map.entry("Boolean", new Case<>(Ssz.BOOLEAN, JsonNode::asBoolean)),
          Map.entry("Bytes4", new Case<>(Ssz.byteVector(4), FixtureJson::bytes)),
          Map.entry("Bytes32", new Case<>(Ssz.BYTES32, FixtureJson::root)),
          Map.entry("Bytes52", new Case<>(Validator.BYTES52, FixtureJson::bytes)),
          Map.entry("Bytes64", new Case<>(Ssz.byteVector(64), FixtureJson::bytes)),
          Map.entry(
              "ByteListMiB",
              new Case<>(AggregatedSignatureProof.BYTE_LIST_MIB, FixtureJson::byteList)),
          Map.entry("SampleBitlist16", new Case<>(Ssz.bitlist(16), FixtureJson::bits)),
          Map.entry("SampleBitvector8", new Case<>(Ssz.bitvector(8), FixtureJson::bits)),
          Map.entry("SampleBitvector64", new Case<>(Ssz.bitvector(64), FixtureJson::bits)),
          Map.entry("AttestationSubnets", new Case<>(Ssz.bitvector(64), FixtureJson::bits)),
          Map.entry("SyncCommitteeSubnets", new Case<>(Ssz.bitvector(4), FixtureJson::bits)),
          Map.entry(
              "SampleBytes32List8",
              new Case<>(Ssz.list(Ssz.BYTES32, 8), n -> FixtureJson.list(n, FixtureJson::root))),
          Map.entry(
              "SampleUint32List16",
              new Case<>(Ssz.list(Ssz.UINT32, 16), n -> FixtureJson.list(n, FixtureJson::uint))),
          Map.entry(
              "SampleUint16Vector3",
              new Case<>(Ssz.vector(Ssz.UINT16, 3), n -> FixtureJson.list(n, FixtureJson::uint))),
          Map.entry(
              "SampleUint64Vector4",
              new Case<>(Ssz.vector(Ssz.UINT64, 4), n -> FixtureJson.list(n, FixtureJson::uint))),
          Map.entry("Checkpoint", new Case<>(Checkpoint.SSZ, FixtureJson::checkpoint)),
          Map.entry("Config", new Case<>(Config.SSZ, FixtureJson::config)),
          Map.entry("Validator", new Case<>(Validator.SSZ, FixtureJson::validator)),
          Map.entry("BlockHeader", new Case<>(BlockHeader.SSZ, FixtureJson::blockHeader)),
          Map.entry("BlockBody", new Case<>(BlockBody.SSZ, FixtureJson::blockBody)),
          Map.entry("Block", new Case<>(Block.SSZ, FixtureJson::block)),
          Map.entry("State", new Case<>(State.SSZ, FixtureJson::state)),
          Map.entry(
              "AttestationData", new Case<>(AttestationData.SSZ, FixtureJson::attestationData)),
          Map.entry("Attestation", new Case<>(Attestation.SSZ, FixtureJson::attestation)),
          Map.entry(
              "SignedAttestation",
              new Case<>(SignedAttestation.SSZ, FixtureJson::signedAttestation)),
          Map.entry(
              "AggregatedAttestation",
              new Case<>(AggregatedAttestation.SSZ, FixtureJson::aggregatedAttestation)),
          Map.entry(
              "AggregatedSignatureProof",
              new Case<>(AggregatedSignatureProof.SSZ, FixtureJson::aggregatedSignatureProof)),
          Map.entry(
              "SignedAggregatedAttestation",
              new Case<>(
                  SignedAggregatedAttestation.SSZ, FixtureJson::signedAggregatedAttestation)),
          Map.entry("Signature", new Case<>(Signature.SSZ, FixtureJson::signature)),
          Map.entry(
              "PublicKey", new Case<>(XmssContainers.PublicKey.SSZ, XmssContainers.PublicKey::of)),
          Map.entry(
              "HashTreeOpening",
              new Case<>(XmssContainers.HashTreeOpening.SSZ, XmssContainers.HashTreeOpening::of)),
          Map.entry(
              "HashTreeLayer",
              new Case<>(XmssContainers.HashTreeLayer.SSZ, XmssContainers.HashTreeLayer::of)),
          Map.entry(
              "BlockSignatures", new Case<>(BlockSignatures.SSZ, FixtureJson::blockSignatures)),
          Map.entry("SignedBlock", new Case<>(SignedBlock.SSZ, FixtureJson::signedBlock)),
          Map.entry("Status", new Case<>(Status.SSZ, FixtureJson::status)),
          Map.entry(
              "BlocksByRootRequest",
              new Case<>(BlocksByRootRequest.SSZ, FixtureJson::blocksByRootRequest)));

  static void check(Fixture fixture) {
    String typeName = fixture.field("typeName").asText();
    Case<?> c = CASES.get(typeName);
    if (c == null) {
      throw new AssertionError("no SSZ type " + typeName + " in the runner");
    }
    c.check(fixture);
  }
}
