package io.leandevnet.consensus.forkchoice;

import static io.leandevnet.consensus.RejectedException.require;

import io.leandevnet.consensus.RejectedException;
import io.leandevnet.consensus.RejectionReason;
import io.leandevnet.consensus.chain.ValidatorIndex;
import io.leandevnet.consensus.containers.BlockSignatures;
import io.leandevnet.consensus.containers.Signature;
import io.leandevnet.consensus.containers.SignedBlock;
import io.leandevnet.consensus.containers.State;
import io.leandevnet.consensus.signature.ValidatorSigner;
import io.leandevnet.consensus.validator.BlockBuilder;
import io.leandevnet.ssz.Bytes32;

/**
 * A proposer's block (leanSpec {@code produce_block_with_signatures}, {@code block_production.py}).
 */
final class BlockProduction {
  private BlockProduction() {}

  /**
   * {@code produce_block_with_signatures} plus the proposer's signature: builds the block on the
   * proposal head from the known votes, adds it to the store and returns it signed with the
   * proposal key (epoch = slot), ready to publish.
   *
   * @throws RejectedException WRONG_PROPOSER if {@code validatorIndex} does not own the slot
   */
  static SignedBlock produceBlock(
      Store store, long slot, long validatorIndex, ValidatorSigner signer) {
    // The registry never changes, so the proposer can be checked before the store moves.
    require(
        ValidatorIndex.isProposerFor(validatorIndex, slot, store.headState().numValidators()),
        RejectionReason.WRONG_PROPOSER,
        "validator " + validatorIndex + " is not the proposer of slot " + slot);
    Bytes32 headRoot = ValidatorDuties.getProposalHead(store, slot);
    State headState = store.states.get(headRoot);
    BlockBuilder.BuiltBlock built =
        store.blockBuilder.buildBlock(
            headState,
            slot,
            validatorIndex,
            headRoot,
            store.blocks.keySet(),
            store.latestKnownAggregatedPayloads);
    if (built.postState().latestJustified().slot() < store.latestJustified.slot()) {
      throw new IllegalStateException(
          "produced block justifies slot "
              + built.postState().latestJustified().slot()
              + " < store justified "
              + store.latestJustified.slot()
              + ": the attestation loop did not converge");
    }
    Signature proposerSignature = signer.signProposal(slot, built.block().hashTreeRoot());
    SignedBlock signed =
        new SignedBlock(built.block(), new BlockSignatures(built.signatures(), proposerSignature));
    ForkChoice.addBlock(store, signed, built.postState(), false);
    return signed;
  }
}
