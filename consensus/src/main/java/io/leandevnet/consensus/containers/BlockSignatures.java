package io.leandevnet.consensus.containers;

import io.leandevnet.consensus.chain.ChainConfig;
import io.leandevnet.ssz.ContainerType;
import io.leandevnet.ssz.ContainerType.Field;
import io.leandevnet.ssz.ListType;
import io.leandevnet.ssz.Ssz;
import java.util.List;

/**
 * The devnet4 block signature payload: one proof per body attestation (same order) and the
 * proposer's signature over the block root.
 */
public record BlockSignatures(
    List<AggregatedSignatureProof> attestationSignatures, Signature proposerSignature) {
  public static final ListType<AggregatedSignatureProof> ATTESTATION_SIGNATURES =
      Ssz.list(AggregatedSignatureProof.SSZ, ChainConfig.VALIDATOR_REGISTRY_LIMIT);

  public static final ContainerType<BlockSignatures> SSZ =
      ContainerType.of(
          "BlockSignatures",
          v -> new BlockSignatures(v.get(0), v.get(1)),
          Field.of(
              "attestation_signatures",
              ATTESTATION_SIGNATURES,
              BlockSignatures::attestationSignatures),
          Field.of("proposer_signature", Signature.SSZ, BlockSignatures::proposerSignature));

  public BlockSignatures {
    attestationSignatures = List.copyOf(attestationSignatures);
  }
}
