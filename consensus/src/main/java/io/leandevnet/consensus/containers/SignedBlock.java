package io.leandevnet.consensus.containers;

import io.leandevnet.ssz.ContainerType;
import io.leandevnet.ssz.ContainerType.Field;

/** The devnet4 gossip/req-resp block envelope: {@code SignedBlock{block, signature}}. */
public record SignedBlock(Block block, BlockSignatures signature) {
  public static final ContainerType<SignedBlock> SSZ =
      ContainerType.of(
          "SignedBlock",
          v -> new SignedBlock(v.get(0), v.get(1)),
          Field.of("block", Block.SSZ, SignedBlock::block),
          Field.of("signature", BlockSignatures.SSZ, SignedBlock::signature));
}
