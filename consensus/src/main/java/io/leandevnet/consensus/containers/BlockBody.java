package io.leandevnet.consensus.containers;

import io.leandevnet.consensus.chain.ChainConfig;
import io.leandevnet.ssz.Bytes32;
import io.leandevnet.ssz.ContainerType;
import io.leandevnet.ssz.ContainerType.Field;
import io.leandevnet.ssz.ListType;
import io.leandevnet.ssz.Ssz;
import java.util.List;

/** The block payload: aggregated attestations (their signatures travel in BlockSignatures). */
public record BlockBody(List<AggregatedAttestation> attestations) {
  public static final ListType<AggregatedAttestation> AGGREGATED_ATTESTATIONS =
      Ssz.list(AggregatedAttestation.SSZ, ChainConfig.VALIDATOR_REGISTRY_LIMIT);

  public static final ContainerType<BlockBody> SSZ =
      ContainerType.of(
          "BlockBody",
          v -> new BlockBody(v.get(0)),
          Field.of("attestations", AGGREGATED_ATTESTATIONS, BlockBody::attestations));

  public static final BlockBody EMPTY = new BlockBody(List.of());

  public BlockBody {
    attestations = List.copyOf(attestations);
  }

  public Bytes32 hashTreeRoot() {
    return SSZ.hashTreeRoot(this);
  }
}
