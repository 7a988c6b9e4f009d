package io.leandevnet.consensus.containers;

import io.leandevnet.ssz.ContainerType;
import io.leandevnet.ssz.ContainerType.Field;
import io.leandevnet.ssz.Ssz;

/** An attestation with its signer's XMSS signature (attestation key, epoch = data.slot). */
public record SignedAttestation(long validatorId, AttestationData data, Signature signature) {
  public static final ContainerType<SignedAttestation> SSZ =
      ContainerType.of(
          "SignedAttestation",
          v -> new SignedAttestation(v.get(0), v.get(1), v.get(2)),
          Field.of("validator_id", Ssz.UINT64, SignedAttestation::validatorId),
          Field.of("data", AttestationData.SSZ, SignedAttestation::data),
          Field.of("signature", Signature.SSZ, SignedAttestation::signature));
}
