package io.leandevnet.devnet.observe;

import static io.leandevnet.devnet.testing.Snapshots.down;
import static io.leandevnet.devnet.testing.Snapshots.status;
import static io.leandevnet.devnet.testing.Snapshots.up;
import static org.assertj.core.api.Assertions.assertThat;

import io.leandevnet.devnet.observe.Condition.Verdict;
import org.junit.jupiter.api.Test;

class ConditionTest {

  /** The verdict of {@code condition} on a poll of {@code nodes} that is also the run's first. */
  private static Verdict onePoll(Condition condition, LeanSnapshot... nodes) {
    DevnetStatus poll = status(nodes);
    return condition.check(poll, poll);
  }

  @Test
  void finalizedAtLeastNamesTheNodesBehindAndTheDownOnes() {
    Condition finalized4 = new Condition.FinalizedAtLeast(4);
    assertThat(onePoll(finalized4, up("a", 9, "0x1", 8, 7), up("b", 9, "0x1", 8, 3), down("c")))
        .isEqualTo(new Verdict(false, "b finalized 3, c is down"));
    assertThat(onePoll(finalized4, up("a", 9, "0x1", 8, 7), up("b", 9, "0x1", 8, 4)))
        .isEqualTo(new Verdict(true, "every node finalized slot 4 or later"));
  }

  @Test
  void headsAgreeComparesRootsAndFailsOnADownNode() {
    Condition agree = new Condition.HeadsAgree();
    assertThat(onePoll(agree, up("a", 9, "0xAB", 8, 7), up("b", 9, "0xab", 8, 7)))
        .isEqualTo(new Verdict(true, "all 2 heads at slot 9"));
    assertThat(onePoll(agree, up("a", 9, "0x01", 8, 7), up("b", 9, "0x02", 8, 7)))
        .as("same slot, different blocks")
        .isEqualTo(new Verdict(false, "a head 9, b head 9"));
    assertThat(onePoll(agree, up("a", 9, "0x01", 8, 7), down("b")))
        .isEqualTo(new Verdict(false, "a head 9, b is down"));
  }

  @Test
  void advancingNeedsEveryFigureToMove() {
    DevnetStatus first = status(up("a", 5, "0x1", 4, 3), up("b", 5, "0x1", 4, 3));
    DevnetStatus moved = status(up("a", 7, "0x2", 6, 5), up("b", 7, "0x2", 6, 3));
    assertThat(new Condition.Advancing().check(first, moved))
        .isEqualTo(new Verdict(false, "b finalized still 3"));
    DevnetStatus all = status(up("a", 7, "0x2", 6, 5), up("b", 7, "0x2", 6, 5));
    assertThat(new Condition.Advancing().check(first, all))
        .isEqualTo(new Verdict(true, "head, justified and finalized advanced on every node"));
  }

  @Test
  void justifiedWithinNamesTheNodesThatLag() {
    Condition within1 = new Condition.JustifiedWithin(1);
    assertThat(onePoll(within1, up("a", 9, "0x1", 8, 7), up("b", 9, "0x1", 8, 7)))
        .isEqualTo(new Verdict(true, "every node justified a slot at most 1 behind its head"));
    assertThat(onePoll(within1, up("a", 9, "0x1", 8, 7), up("b", 9, "0x1", 6, 5), down("c")))
        .isEqualTo(new Verdict(false, "b head 9 justified 6, c is down"));
  }
}
