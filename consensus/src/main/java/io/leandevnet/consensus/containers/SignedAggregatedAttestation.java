package io.leandevnet.consensus.containers;

import io.leandevnet.ssz.Bytes32;
import io.leandevnet.ssz.ContainerType;
import io.leandevnet.ssz.ContainerType.Field;

/** An aggregate published on the {@code aggregation} topic. */
public record SignedAggregatedAttestation(AttestationData data, AggregatedSignatureProof proof) {
  public static final ContainerType<SignedAggregatedAttestation> SSZ =
      ContainerType.of(
          "SignedAggregatedAttestation",
          v -> new SignedAggregatedAttestation(v.get(0), v.get(1)),
          Field.of("data", AttestationData.SSZ, SignedAggregatedAttestation::data),
          Field.of("proof", AggregatedSignatureProof.SSZ, SignedAggregatedAttestation::proof));

  public Bytes32 hashTreeRoot() {
    return SSZ.hashTreeRoot(this);
  }
}
