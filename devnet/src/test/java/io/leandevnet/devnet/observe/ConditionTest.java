package io.leandevnet.devnet.observe;

import static io.leandevnet.devnet.testing.Snapshots.node;
import static io.leandevnet.devnet.testing.Snapshots.status;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConditionTest {

  @Test
  void finalizedAtLeastNamesTheNodesBehindAndTheDownOnes() {
    DevnetStatus st =
        status(
            node("a", Health.UP, 9L, "0x1", 8L, 7L),
            node("b", Health.UP, 9L, "0x1", 8L, 3L),
            node("c", Health.DOWN, null, null, null, null));
    Condition.Verdict v = new Condition.FinalizedAtLeast(4).check(st, st);
    assertThat(v.holds()).isFalse();
    assertThat(v.detail()).isEqualTo("b finalized 3, c is down");
    DevnetStatus ok =
        status(node("a", Health.UP, 9L, "0x1", 8L, 7L), node("b", Health.UP, 9L, "0x1", 8L, 4L));
    assertThat(new Condition.FinalizedAtLeast(4).check(ok, ok).holds()).isTrue();
  }

  @Test
  void headsAgreeComparesRootsAndFailsOnADownNode() {
    DevnetStatus same =
        status(node("a", Health.UP, 9L, "0xAB", 8L, 7L), node("b", Health.UP, 9L, "0xab", 8L, 7L));
    assertThat(new Condition.HeadsAgree().check(same, same).holds()).isTrue();
    DevnetStatus fork =
        status(node("a", Health.UP, 9L, "0x01", 8L, 7L), node("b", Health.UP, 9L, "0x02", 8L, 7L));
    assertThat(new Condition.HeadsAgree().check(fork, fork).holds())
        .as("same slot, different blocks")
        .isFalse();
    DevnetStatus down =
        status(
            node("a", Health.UP, 9L, "0x01", 8L, 7L),
            node("b", Health.DOWN, null, null, null, null));
    Condition.Verdict v = new Condition.HeadsAgree().check(down, down);
    assertThat(v.holds()).isFalse();
    assertThat(v.detail()).contains("b is down");
  }

  @Test
  void advancingNeedsEveryFigureToMove() {
    DevnetStatus first =
        status(node("a", Health.UP, 5L, "0x1", 4L, 3L), node("b", Health.UP, 5L, "0x1", 4L, 3L));
    DevnetStatus moved =
        status(node("a", Health.UP, 7L, "0x2", 6L, 5L), node("b", Health.UP, 7L, "0x2", 6L, 3L));
    Condition.Verdict v = new Condition.Advancing().check(first, moved);
    assertThat(v.holds()).isFalse();
    assertThat(v.detail()).isEqualTo("b finalized still 3");
    DevnetStatus all =
        status(node("a", Health.UP, 7L, "0x2", 6L, 5L), node("b", Health.UP, 7L, "0x2", 6L, 5L));
    assertThat(new Condition.Advancing().check(first, all).holds()).isTrue();
  }

  @Test
  void justifiedWithinNamesTheNodesThatLag() {
    DevnetStatus ok =
        status(node("a", Health.UP, 9L, "0x1", 8L, 7L), node("b", Health.UP, 9L, "0x1", 8L, 7L));
    assertThat(new Condition.JustifiedWithin(1).check(ok, ok).holds()).isTrue();
    DevnetStatus lag =
        status(
            node("a", Health.UP, 9L, "0x1", 8L, 7L),
            node("b", Health.UP, 9L, "0x1", 6L, 5L),
            node("c", Health.DOWN, null, null, null, null));
    Condition.Verdict v = new Condition.JustifiedWithin(1).check(lag, lag);
    assertThat(v.holds()).isFalse();
    assertThat(v.detail()).isEqualTo("b head 9 justified 6, c is down");
  }
}
