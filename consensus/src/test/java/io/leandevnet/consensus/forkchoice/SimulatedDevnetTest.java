package io.leandevnet.consensus.forkchoice;

import static org.assertj.core.api.Assertions.assertThat;

import io.leandevnet.consensus.containers.Checkpoint;
import io.leandevnet.consensus.containers.SignedBlock;
import io.leandevnet.consensus.containers.Status;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SimulatedDevnetTest {
  static final int SLOTS = 20;

  @Test
  void fourValidatorsJustifyAndFinalizeEverySlot() {
    InProcessDevnet devnet = new InProcessDevnet(4);
    List<Long> justified = new ArrayList<>();
    List<Long> finalized = new ArrayList<>();
    for (long slot = 1; slot <= SLOTS; slot++) {
      SignedBlock block = devnet.runSlot(slot);
      Store s = devnet.stores.get(0);
      for (Store other : devnet.stores) {
        assertThat(other.head()).isEqualTo(s.head());
        assertThat(other.latestJustified()).isEqualTo(s.latestJustified());
        assertThat(other.latestFinalized()).isEqualTo(s.latestFinalized());
      }
      assertThat(s.head()).isEqualTo(block.block().hashTreeRoot());
      for (Store other : devnet.stores) {
        assertThat(other.signedBlock(s.head())).as("kept for blocks_by_root").isEqualTo(block);
      }
      assertThat(s.headSlot()).isEqualTo(slot);
      if (slot >= 2 && slot <= 4) {
        // Slot 1's votes (genesis self-votes, target = source = genesis) ride along until the
        // first finalization prunes them (block 4 finalizes slot 1).
        assertThat(block.block().body().attestations())
            .extracting(a -> a.data().target().slot())
            .containsExactlyInAnyOrderElementsOf(slot == 2 ? List.of(0L) : List.of(0L, slot - 2));
      }
      if (slot >= 5) {
        // All four votes of the previous slot are in the block, in one aggregate.
        assertThat(block.block().body().attestations()).hasSize(1);
        assertThat(block.block().body().attestations().get(0).aggregationBits().count())
            .isEqualTo(4);
      }
      justified.add(s.latestJustified().slot());
      finalized.add(s.latestFinalized().slot());
    }
    // Votes cast in slot s (target s-1) enter the block of slot s+1: justification trails the
    // head by two slots and finalization by three, and both advance by one every slot.
    List<Long> expectedJustified = new ArrayList<>();
    List<Long> expectedFinalized = new ArrayList<>();
    for (long slot = 1; slot <= SLOTS; slot++) {
      expectedJustified.add(Math.max(0, slot - 2));
      expectedFinalized.add(Math.max(0, slot - 3));
    }
    assertThat(justified).isEqualTo(expectedJustified);
    assertThat(finalized).isEqualTo(expectedFinalized);

    Store s = devnet.stores.get(0);
    Checkpoint fin = s.latestFinalized();
    assertThat(s.headState().historicalBlockHashes().get((int) fin.slot())).isEqualTo(fin.root());
    assertThat(s.safeTarget()).isEqualTo(s.head());
    assertThat(s.status()).isEqualTo(new Status(fin, new Checkpoint(s.head(), SLOTS)));
    // Finalized history is pruned: only the finalized block and its descendants stay.
    assertThat(s.snapshot().nodes()).hasSize(SLOTS - (int) fin.slot() + 1);
    assertThat(s.snapshot().nodes().get(0).root()).isEqualTo(fin.root());
    // Attestation data whose target is finalized is pruned from the pools.
    assertThat(s.knownAggregatedPayloads().keySet())
        .allSatisfy(d -> assertThat(d.target().slot()).isGreaterThan(fin.slot()));
  }
}
