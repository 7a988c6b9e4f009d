package io.leandevnet.consensus.containers;

import io.leandevnet.ssz.Bytes32;
import io.leandevnet.ssz.ContainerType;
import io.leandevnet.ssz.ContainerType.Field;
import io.leandevnet.ssz.Ssz;

/** One validator's vote. */
public record Attestation(long validatorId, AttestationData data) {
  public static final ContainerType<Attestation> SSZ =
      ContainerType.of(
          "Attestation",
          v -> new Attestation(v.get(0), v.get(1)),
          Field.of("validator_id", Ssz.UINT64, Attestation::validatorId),
          Field.of("data", AttestationData.SSZ, Attestation::data));

  public Bytes32 hashTreeRoot() {
    return SSZ.hashTreeRoot(this);
  }
}
