package io.leandevnet.consensus.genesis;

import static org.assertj.core.api.Assertions.assertThat;

import io.leandevnet.consensus.containers.Block;
import io.leandevnet.consensus.containers.State;
import io.leandevnet.ssz.Bytes32;

/**
 * The roots another implementation computed for a genesis: of the state, and of the block {@link
 * Genesis#genesisBlock} builds on it, in hex.
 */
public record PinnedGenesisRoots(String stateRoot, String blockRoot) {

  /** Asserts that {@code genesis} and its genesis block have these roots; returns the block. */
  public Block assertMatch(State genesis) {
    assertThat(genesis.hashTreeRoot())
        .as("genesis state root")
        .isEqualTo(Bytes32.fromHex(stateRoot));
    Block block = Genesis.genesisBlock(genesis);
    assertThat(block.hashTreeRoot()).as("genesis block root").isEqualTo(Bytes32.fromHex(blockRoot));
    return block;
  }
}
