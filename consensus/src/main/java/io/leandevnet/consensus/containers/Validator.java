package io.leandevnet.consensus.containers;

import io.leandevnet.ssz.ByteVectorType;
import io.leandevnet.ssz.Bytes;
import io.leandevnet.ssz.Bytes32;
import io.leandevnet.ssz.ContainerType;
import io.leandevnet.ssz.ContainerType.Field;
import io.leandevnet.ssz.Ssz;

/**
 * A validator's two XMSS public keys (devnet4: one for attestations, one for proposals) and its
 * registry index. 112 bytes.
 */
public record Validator(Bytes attestationPubkey, Bytes proposalPubkey, long index) {
  /** An XMSS public key: 8 + 5 field elements of 4 bytes. */
  public static final int PUBKEY_LENGTH = 52;

  public static final ByteVectorType BYTES52 = Ssz.byteVector(PUBKEY_LENGTH);

  public static final ContainerType<Validator> SSZ =
      ContainerType.of(
          "Validator",
          v -> new Validator(v.get(0), v.get(1), v.get(2)),
          Field.of("attestation_pubkey", BYTES52, Validator::attestationPubkey),
          Field.of("proposal_pubkey", BYTES52, Validator::proposalPubkey),
          Field.of("index", Ssz.UINT64, Validator::index));

  public Validator {
    requireKey("attestation_pubkey", attestationPubkey);
    requireKey("proposal_pubkey", proposalPubkey);
  }

  private static void requireKey(String name, Bytes key) {
    if (key.length() != PUBKEY_LENGTH) {
      throw new IllegalArgumentException(name + " must be 52 bytes, got " + key.length());
    }
  }

  public Bytes32 hashTreeRoot() {
    return SSZ.hashTreeRoot(this);
  }
}
