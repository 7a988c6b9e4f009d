package io.leandevnet.consensus.containers;

import io.leandevnet.ssz.Bytes32;
import io.leandevnet.ssz.ContainerType;
import io.leandevnet.ssz.ContainerType.Field;
import io.leandevnet.ssz.Ssz;

/** What a validator votes for at {@code slot}: its head, the target and the source. */
public record AttestationData(long slot, Checkpoint head, Checkpoint target, Checkpoint source) {
  public static final ContainerType<AttestationData> SSZ =
      ContainerType.of(
          "AttestationData",
          v -> new AttestationData(v.get(0), v.get(1), v.get(2), v.get(3)),
          Field.of("slot", Ssz.UINT64, AttestationData::slot),
          Field.of("head", Checkpoint.SSZ, AttestationData::head),
          Field.of("target", Checkpoint.SSZ, AttestationData::target),
          Field.of("source", Checkpoint.SSZ, AttestationData::source));

  /** The message every validator signs: {@code hash_tree_root(data)}. */
  public Bytes32 hashTreeRoot() {
    return SSZ.hashTreeRoot(this);
  }
}
