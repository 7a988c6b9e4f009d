package io.leandevnet.consensus.validator;

import static org.assertj.core.api.Assertions.assertThat;

import io.leandevnet.consensus.TestChain;
import io.leandevnet.consensus.chain.ChainConfig;
import io.leandevnet.consensus.containers.AggregatedAttestation;
import io.leandevnet.consensus.containers.AggregatedSignatureProof;
import io.leandevnet.consensus.containers.AttestationData;
import io.leandevnet.consensus.containers.Block;
import io.leandevnet.consensus.containers.Checkpoint;
import io.leandevnet.consensus.containers.State;
import io.leandevnet.consensus.statetransition.StateTransition;
import io.leandevnet.ssz.Bytes32;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BlockBuilderTest {

  /**
   * A slow start of many nodes leaves more genesis self-votes (source = target = genesis, one per
   * head and slot) in the pool than a block may carry. Taken first by target slot they would fill
   * every block for good and justification would never move: the vote that justifies goes first.
   */
  @Test
  void staleDataBeyondTheBudgetDoNotCrowdOutTheVoteThatJustifies() {
    TestChain chain = new TestChain(4);
    Block b1 = chain.block(chain.genesisState, chain.genesisRoot, 1, List.of());
    State s1 =
        StateTransition.processBlock(StateTransition.processSlots(chain.genesisState, 1), b1);
    Bytes32 r1 = b1.hashTreeRoot();
    Checkpoint genesis = new Checkpoint(chain.genesisRoot, 0);
    Map<AttestationData, Set<AggregatedSignatureProof>> pool = new LinkedHashMap<>();
    for (long slot = 0; slot <= ChainConfig.MAX_ATTESTATIONS_DATA; slot++) {
      AttestationData selfVote = TestChain.data(slot, genesis, genesis, genesis);
      pool.put(selfVote, Set.of(chain.proof(selfVote, List.of((int) (slot % 4)))));
    }
    Checkpoint one = new Checkpoint(r1, 1);
    AttestationData fresh = TestChain.data(1, one, one, genesis);
    pool.put(fresh, Set.of(chain.proof(fresh, List.of(0, 1, 2, 3))));

    BlockBuilder.BuiltBlock built =
        new BlockBuilder(chain.aggregation)
            .buildBlock(s1, 2, 2, r1, Set.of(chain.genesisRoot, r1), pool);

    List<AttestationData> body =
        built.block().body().attestations().stream().map(AggregatedAttestation::data).toList();
    assertThat(body).hasSize(ChainConfig.MAX_ATTESTATIONS_DATA).first().isEqualTo(fresh);
    assertThat(built.postState().latestJustified()).isEqualTo(one);
  }
}
