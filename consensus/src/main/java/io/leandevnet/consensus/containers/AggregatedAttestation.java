package io.leandevnet.consensus.containers;

import io.leandevnet.consensus.chain.ChainConfig;
import io.leandevnet.ssz.BitlistType;
import io.leandevnet.ssz.Bits;
import io.leandevnet.ssz.Bytes32;
import io.leandevnet.ssz.ContainerType;
import io.leandevnet.ssz.ContainerType.Field;
import io.leandevnet.ssz.Ssz;

/** Votes of several validators for the same data, as a participation bitlist. */
public record AggregatedAttestation(Bits aggregationBits, AttestationData data) {
  /** {@code AggregationBits}: Bitlist[VALIDATOR_REGISTRY_LIMIT]. */
  public static final BitlistType AGGREGATION_BITS =
      Ssz.bitlist(ChainConfig.VALIDATOR_REGISTRY_LIMIT);

  public static final ContainerType<AggregatedAttestation> SSZ =
      ContainerType.of(
          "AggregatedAttestation",
          v -> new AggregatedAttestation(v.get(0), v.get(1)),
          Field.of("aggregation_bits", AGGREGATION_BITS, AggregatedAttestation::aggregationBits),
          Field.of("data", AttestationData.SSZ, AggregatedAttestation::data));

  public Bytes32 hashTreeRoot() {
    return SSZ.hashTreeRoot(this);
  }
}
