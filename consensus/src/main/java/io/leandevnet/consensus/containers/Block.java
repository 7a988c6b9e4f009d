package io.leandevnet.consensus.containers;

import io.leandevnet.ssz.Bytes32;
import io.leandevnet.ssz.ContainerType;
import io.leandevnet.ssz.ContainerType.Field;
import io.leandevnet.ssz.Ssz;

/** A block: header fields plus the body. */
public record Block(
    long slot, long proposerIndex, Bytes32 parentRoot, Bytes32 stateRoot, BlockBody body) {
  public static final ContainerType<Block> SSZ =
      ContainerType.of(
          "Block",
          v -> new Block(v.get(0), v.get(1), v.get(2), v.get(3), v.get(4)),
          Field.of("slot", Ssz.UINT64, Block::slot),
          Field.of("proposer_index", Ssz.UINT64, Block::proposerIndex),
          Field.of("parent_root", Ssz.BYTES32, Block::parentRoot),
          Field.of("state_root", Ssz.BYTES32, Block::stateRoot),
          Field.of("body", BlockBody.SSZ, Block::body));

  /** The block root; the proposer signs it with its proposal key. */
  public Bytes32 hashTreeRoot() {
    return SSZ.hashTreeRoot(this);
  }

  public Block withStateRoot(Bytes32 root) {
    return new Block(slot, proposerIndex, parentRoot, root, body);
  }

  /** The header of this block (same root as the block). */
  public BlockHeader header() {
    return new BlockHeader(slot, proposerIndex, parentRoot, stateRoot, body.hashTreeRoot());
  }
}
