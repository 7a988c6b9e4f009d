package io.leandevnet.consensus.forkchoice;

import io.leandevnet.consensus.chain.ChainConfig;
import io.leandevnet.consensus.chain.Interval;
import io.leandevnet.consensus.chain.Slot;
import io.leandevnet.consensus.containers.AttestationData;
import io.leandevnet.consensus.containers.Block;
import io.leandevnet.consensus.containers.Checkpoint;
import io.leandevnet.consensus.containers.SignedAttestation;
import io.leandevnet.consensus.signature.ValidatorSigner;
import io.leandevnet.ssz.Bytes32;
import java.util.Map;

/**
 * What a validator asks the store (leanSpec {@code validator_duties.py}): the attestation target
 * and data, and the head to propose on.
 */
final class ValidatorDuties {
  private ValidatorDuties() {}

  /**
   * {@code get_attestation_target}: from the head, walk back up to {@link
   * ChainConfig#JUSTIFICATION_LOOKBACK_SLOTS} parents while above the safe target, then on until a
   * slot justifiable after the finalized slot.
   */
  static Checkpoint getAttestationTarget(Store store) {
    Map<Bytes32, Block> blocks = store.blocks;
    Bytes32 target = store.head;
    long safeTargetSlot = blocks.get(store.safeTarget).slot();
    for (int i = 0; i < ChainConfig.JUSTIFICATION_LOOKBACK_SLOTS; i++) {
      if (blocks.get(target).slot() > safeTargetSlot) {
        target = blocks.get(target).parentRoot();
      } else {
        break;
      }
    }
    long finalizedSlot = store.latestFinalized.slot();
    while (blocks.get(target).slot() > finalizedSlot
        && !Slot.isJustifiableAfter(blocks.get(target).slot(), finalizedSlot)) {
      target = blocks.get(target).parentRoot();
    }
    return new Checkpoint(target, blocks.get(target).slot());
  }

  /**
   * {@code produce_attestation_data}: head = the store's head, target as above, source = the
   * store's latest justified checkpoint (devnet4).
   */
  static AttestationData produceAttestationData(Store store, long slot) {
    return new AttestationData(
        slot,
        new Checkpoint(store.head, store.headSlot()),
        getAttestationTarget(store),
        store.latestJustified);
  }

  /**
   * A validator's attestation duty (interval 1): updates the head (so a block received this slot
   * counts), produces the data and signs it with the attestation key at epoch {@code slot}.
   */
  static SignedAttestation produceSignedAttestation(
      Store store, long slot, long validatorId, ValidatorSigner signer) {
    ForkChoice.updateHead(store);
    AttestationData data = produceAttestationData(store, slot);
    return new SignedAttestation(
        validatorId, data, signer.signAttestation(slot, data.hashTreeRoot()));
  }

  /**
   * {@code get_proposal_head}: ticks to the slot's first interval as a proposer, accepts pending
   * votes and returns the head.
   */
  static Bytes32 getProposalHead(Store store, long slot) {
    ForkChoice.onTick(store, Interval.fromSlot(slot), true, false);
    ForkChoice.acceptNewAttestations(store);
    return store.head;
  }
}
