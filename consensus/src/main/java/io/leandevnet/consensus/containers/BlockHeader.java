package io.leandevnet.consensus.containers;

import io.leandevnet.ssz.Bytes32;
import io.leandevnet.ssz.ContainerType;
import io.leandevnet.ssz.ContainerType.Field;
import io.leandevnet.ssz.Ssz;

/** A block with its body replaced by the body root. 112 bytes. */
public record BlockHeader(
    long slot, long proposerIndex, Bytes32 parentRoot, Bytes32 stateRoot, Bytes32 bodyRoot) {
  public static final ContainerType<BlockHeader> SSZ =
      ContainerType.of(
          "BlockHeader",
          v -> new BlockHeader(v.get(0), v.get(1), v.get(2), v.get(3), v.get(4)),
          Field.of("slot", Ssz.UINT64, BlockHeader::slot),
          Field.of("proposer_index", Ssz.UINT64, BlockHeader::proposerIndex),
          Field.of("parent_root", Ssz.BYTES32, BlockHeader::parentRoot),
          Field.of("state_root", Ssz.BYTES32, BlockHeader::stateRoot),
          Field.of("body_root", Ssz.BYTES32, BlockHeader::bodyRoot));

  public Bytes32 hashTreeRoot() {
    return SSZ.hashTreeRoot(this);
  }

  public BlockHeader withStateRoot(Bytes32 root) {
    return new BlockHeader(slot, proposerIndex, parentRoot, root, bodyRoot);
  }
}
