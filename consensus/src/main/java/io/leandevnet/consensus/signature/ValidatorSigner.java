package io.leandevnet.consensus.signature;

import io.leandevnet.consensus.containers.Signature;
import io.leandevnet.ssz.Bytes32;

/**
 * One validator's two secret keys (devnet4 dual keys). XMSS keys are one-time per epoch, so each
 * key signs at most one message per slot: the attestation key signs {@code
 * hash_tree_root(AttestationData)}, the proposal key signs {@code hash_tree_root(Block)}.
 */
public interface ValidatorSigner {
  /** Signs an attestation data root with the attestation key at epoch {@code slot}. */
  Signature signAttestation(long slot, Bytes32 attestationDataRoot);

  /** Signs a block root with the proposal key at epoch {@code slot}. */
  Signature signProposal(long slot, Bytes32 blockRoot);
}
