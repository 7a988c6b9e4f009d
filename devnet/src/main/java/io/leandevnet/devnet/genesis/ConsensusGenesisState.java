package io.leandevnet.devnet.genesis;

import io.leandevnet.consensus.containers.State;
import io.leandevnet.consensus.containers.Validator;
import io.leandevnet.consensus.genesis.Genesis;
import io.leandevnet.consensus.genesis.StateJson;
import io.leandevnet.consensus.genesis.ValidatorPubkeys;
import io.leandevnet.ssz.Bytes;
import java.util.ArrayList;
import java.util.List;

/**
 * The genesis state as the consensus module builds it (leanSpec {@code generate_genesis}, devnet4
 * layout), written as genesis.ssz and genesis.json. Clients derive the same state from config.yaml;
 * the files serve the clients that read them and let a reader check the roots.
 */
public final class ConsensusGenesisState implements GenesisStateBuilder {

  @Override
  public GenesisState build(long genesisTime, List<ValidatorPubkeys> validators) {
    State state = state(genesisTime, validators);
    return new GenesisState(State.SSZ.serialize(state), StateJson.of(state));
  }

  /** The genesis state for these inputs. */
  public static State state(long genesisTime, List<ValidatorPubkeys> validators) {
    List<Validator> list = new ArrayList<>();
    for (int i = 0; i < validators.size(); i++) {
      ValidatorPubkeys v = validators.get(i);
      list.add(new Validator(Bytes.wrap(v.attestation()), Bytes.wrap(v.proposal()), i));
    }
    return Genesis.generateGenesis(genesisTime, list);
  }
}
