package io.leandevnet.consensus.containers;

import io.leandevnet.ssz.Bits;
import io.leandevnet.ssz.ByteListType;
import io.leandevnet.ssz.Bytes;
import io.leandevnet.ssz.Bytes32;
import io.leandevnet.ssz.ContainerType;
import io.leandevnet.ssz.ContainerType.Field;
import io.leandevnet.ssz.Ssz;
import java.util.List;

/**
 * Proof that the participants signed one message ({@code subspecs/xmss/aggregation.py}). In
 * leanSpec {@code proof_data} is a leanVM proof; here it holds the participants' individual
 * signatures (see {@code io.leandevnet.consensus.signature.SignatureAggregation}).
 */
public record AggregatedSignatureProof(Bits participants, Bytes proofData) {
  /** {@code ByteListMiB}. */
  public static final ByteListType BYTE_LIST_MIB = Ssz.byteList(1024 * 1024);

  public static final ContainerType<AggregatedSignatureProof> SSZ =
      ContainerType.of(
          "AggregatedSignatureProof",
          v -> new AggregatedSignatureProof(v.get(0), v.get(1)),
          Field.of(
              "participants",
              AggregatedAttestation.AGGREGATION_BITS,
              AggregatedSignatureProof::participants),
          Field.of("proof_data", BYTE_LIST_MIB, AggregatedSignatureProof::proofData));

  public Bytes32 hashTreeRoot() {
    return SSZ.hashTreeRoot(this);
  }

  /** The participating validator indices, ascending ({@code to_validator_indices}). */
  public List<Integer> participantIndices() {
    return participants.indices().boxed().toList();
  }
}
