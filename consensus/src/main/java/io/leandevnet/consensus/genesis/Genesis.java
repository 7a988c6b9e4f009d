package io.leandevnet.consensus.genesis;

import io.leandevnet.consensus.chain.ChainConfig;
import io.leandevnet.consensus.containers.Block;
import io.leandevnet.consensus.containers.BlockBody;
import io.leandevnet.consensus.containers.BlockHeader;
import io.leandevnet.consensus.containers.Checkpoint;
import io.leandevnet.consensus.containers.Config;
import io.leandevnet.consensus.containers.State;
import io.leandevnet.consensus.containers.Validator;
import io.leandevnet.ssz.Bits;
import io.leandevnet.ssz.Bytes32;
import java.util.List;

/** The genesis state and block ({@code generate_genesis}; the node's anchor block). */
public final class Genesis {
  private Genesis() {}

  /**
   * {@code generate_genesis(genesis_time, validators)}: slot 0, a header whose body root is the
   * empty body's root, zero checkpoints and empty history.
   *
   * @throws IllegalArgumentException if a validator's index is not its position, or there are more
   *     than 4096 validators
   */
  public static State generateGenesis(long genesisTime, List<Validator> validators) {
    if (validators.size() > ChainConfig.VALIDATOR_REGISTRY_LIMIT) {
      throw new IllegalArgumentException(
          validators.size()
              + " validators exceed the limit of "
              + ChainConfig.VALIDATOR_REGISTRY_LIMIT);
    }
    for (int i = 0; i < validators.size(); i++) {
      if (validators.get(i).index() != i) {
        throw new IllegalArgumentException(
            "validator at position " + i + " has index " + validators.get(i).index());
      }
    }
    BlockHeader header =
        new BlockHeader(0, 0, Bytes32.ZERO, Bytes32.ZERO, BlockBody.EMPTY.hashTreeRoot());
    return new State(
        new Config(genesisTime),
        0,
        header,
        Checkpoint.ZERO,
        Checkpoint.ZERO,
        List.of(),
        Bits.EMPTY,
        validators,
        List.of(),
        Bits.EMPTY);
  }

  /** The genesis block: slot 0, zero parent, the genesis state's root, an empty body. */
  public static Block genesisBlock(State genesisState) {
    return new Block(0, 0, Bytes32.ZERO, genesisState.hashTreeRoot(), BlockBody.EMPTY);
  }
}
