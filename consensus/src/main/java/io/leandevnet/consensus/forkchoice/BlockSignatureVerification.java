package io.leandevnet.consensus.forkchoice;

import static io.leandevnet.consensus.RejectedException.require;

import io.leandevnet.consensus.RejectionReason;
import io.leandevnet.consensus.chain.ValidatorIndex;
import io.leandevnet.consensus.containers.AggregatedAttestation;
import io.leandevnet.consensus.containers.AggregatedSignatureProof;
import io.leandevnet.consensus.containers.Block;
import io.leandevnet.consensus.containers.BlockSignatures;
import io.leandevnet.consensus.containers.SignedBlock;
import io.leandevnet.consensus.containers.Validator;
import io.leandevnet.consensus.signature.SignatureAggregation;
import io.leandevnet.ssz.Bytes;
import java.util.List;

/** A block's signature checks (leanSpec {@code verify_signatures}, {@code signatures.py}). */
final class BlockSignatureVerification {
  private BlockSignatureVerification() {}

  /**
   * {@code verify_signatures}: one proof per body attestation, each over {@code
   * hash_tree_root(data)} at {@code data.slot} by exactly the attestation's participants, and the
   * proposer's signature over the block root with its proposal key.
   */
  static void verifySignatures(
      SignatureAggregation aggregation, SignedBlock signedBlock, List<Validator> validators) {
    Block block = signedBlock.block();
    BlockSignatures signatures = signedBlock.signature();
    List<AggregatedAttestation> attestations = block.body().attestations();
    require(
        attestations.size() == signatures.attestationSignatures().size(),
        RejectionReason.INVALID_BLOCK_PROOF,
        attestations.size()
            + " attestations but "
            + signatures.attestationSignatures().size()
            + " signature groups");
    for (int i = 0; i < attestations.size(); i++) {
      AggregatedAttestation attestation = attestations.get(i);
      AggregatedSignatureProof proof = signatures.attestationSignatures().get(i);
      List<Integer> ids = attestation.aggregationBits().indices().boxed().toList();
      require(
          !ids.isEmpty(),
          RejectionReason.EMPTY_AGGREGATION_BITS,
          "attestation " + i + " has no participants");
      for (int id : ids) {
        require(
            id < validators.size(),
            RejectionReason.VALIDATOR_INDEX_OUT_OF_RANGE,
            "attestation " + i + " names validator " + id + " of " + validators.size());
      }
      require(
          proof.participantIndices().equals(ids),
          RejectionReason.INVALID_BLOCK_PROOF,
          "proof " + i + " covers " + proof.participantIndices() + " but the attestation " + ids);
      List<Bytes> keys = ids.stream().map(id -> validators.get(id).attestationPubkey()).toList();
      require(
          aggregation.verify(
              proof, keys, attestation.data().hashTreeRoot(), attestation.data().slot()),
          RejectionReason.INVALID_BLOCK_PROOF,
          "proof " + i + " does not verify for validators " + ids);
    }
    require(
        ValidatorIndex.isValid(block.proposerIndex(), validators.size()),
        RejectionReason.PROPOSER_INDEX_OUT_OF_RANGE,
        "proposer " + block.proposerIndex() + " of " + validators.size());
    Validator proposer = validators.get((int) block.proposerIndex());
    require(
        aggregation
            .verifier()
            .verify(
                proposer.proposalPubkey(),
                block.slot(),
                block.hashTreeRoot(),
                signatures.proposerSignature()),
        RejectionReason.INVALID_SIGNATURE,
        "proposer signature of validator " + block.proposerIndex() + " at slot " + block.slot());
  }
}
