package io.leandevnet.devnet.genesis;

import io.leandevnet.consensus.genesis.ValidatorPubkeys;
import java.util.List;

/**
 * Seam to the consensus module: builds the devnet4 genesis {@code State} from config.yaml's two
 * inputs (leanSpec {@code generate_genesis}: {@code GENESIS_TIME} and {@code GENESIS_VALIDATORS},
 * validator index = position). The bundle writer writes what it returns as genesis.ssz and
 * genesis.json; without a builder those two files are left out.
 */
@FunctionalInterface
public interface GenesisStateBuilder {

  /** The SSZ bytes and JSON of the genesis state. */
  GenesisState build(long genesisTime, List<ValidatorPubkeys> validators);

  /**
   * A built genesis state.
   *
   * @param ssz genesis.ssz content
   * @param json genesis.json content
   */
  record GenesisState(byte[] ssz, String json) {
    public GenesisState {
      ssz = ssz.clone();
    }

    @Override
    public byte[] ssz() {
      return ssz.clone();
    }
  }
}
