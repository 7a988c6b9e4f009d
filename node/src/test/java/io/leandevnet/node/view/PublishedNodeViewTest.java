package io.leandevnet.node.view;

import static org.assertj.core.api.Assertions.assertThat;

import io.leandevnet.consensus.containers.Block;
import io.leandevnet.consensus.containers.State;
import io.leandevnet.consensus.containers.Status;
import io.leandevnet.consensus.forkchoice.Store;
import io.leandevnet.consensus.genesis.Genesis;
import io.leandevnet.consensus.signature.InsecureTestSignatures;
import io.leandevnet.consensus.signature.SignatureAggregation;
import io.leandevnet.ssz.Bytes32;
import org.junit.jupiter.api.Test;

class PublishedNodeViewTest {

  private final InsecureTestSignatures keys = new InsecureTestSignatures("node-view");
  private final State genesisState = Genesis.generateGenesis(1_000, keys.validators(4));
  private final Block genesisBlock = Genesis.genesisBlock(genesisState);
  private final Store store =
      Store.createStore(genesisState, genesisBlock, new SignatureAggregation(keys));

  @Test
  void aGenesisStoreShowsGenesisEverywhere() {
    PublishedNodeView view = new PublishedNodeView(store);
    Bytes32 genesisRoot = genesisBlock.hashTreeRoot();
    assertThat(view.head().root()).isEqualTo(genesisRoot);
    assertThat(view.head().slot()).isZero();
    assertThat(view.safeTarget().root()).isEqualTo(genesisRoot);
    assertThat(view.latestJustified().slot()).isZero();
    assertThat(view.latestFinalized().slot()).isZero();
    assertThat(view.validatorCount()).hasValue(4);
    assertThat(view.forkChoice().nodes()).hasSize(1);
    assertThat(view.forkChoice().nodes().get(0).root()).isEqualTo(genesisRoot);
    assertThat(view.finalizedState())
        .hasValueSatisfying(ssz -> assertThat(ssz).isEqualTo(State.SSZ.serialize(genesisState)));
    assertThat(view.statusSsz()).isEqualTo(Status.SSZ.serialize(store.status())).hasSize(80);
  }

  @Test
  void readersSeeTheLastPublishedSnapshotOnly() {
    PublishedNodeView view = new PublishedNodeView(store);
    long before = view.forkChoice().time();
    store.onTick(7, false, false);
    assertThat(view.forkChoice().time()).isEqualTo(before);
    view.publish(store);
    assertThat(view.forkChoice().time()).isEqualTo(7);
  }
}
