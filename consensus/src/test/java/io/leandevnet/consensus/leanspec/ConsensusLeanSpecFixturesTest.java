package io.leandevnet.consensus.leanspec;

import io.leandevnet.consensus.forkchoice.ForkChoiceFixture;
import io.leandevnet.fixtures.FixtureSuite;
import io.leandevnet.fixtures.SkipList;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

/**
 * The consensus module against leanSpec's fixtures: one test per fixture of the consensus formats
 * (skips and their reasons in {@code leanspec-skips.txt}), one summary line per format.
 *
 * <p>Fixture sets: {@code -Dleanspec.fixtures=DIR[,DIR]}, default every set under {@code
 * ../shared/fixtures/}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsensusLeanSpecFixturesTest {
  private final FixtureSuite suite =
      new FixtureSuite(
          Map.of(
              "state_transition_test", StateTransitionFixture::check,
              "fork_choice_test", ForkChoiceFixture::check,
              "verify_signatures_test", VerifySignaturesFixture::check,
              "ssz", SszFixture::check,
              "justifiability", JustifiabilityFixture::check,
              "slot_clock", SlotClockFixture::check),
          SkipList.fromResource("leanspec-skips.txt"));

  @TestFactory
  Stream<DynamicNode> leanspecFixtures() {
    return suite.tests();
  }

  @AfterAll
  void summary() {
    suite.printSummary();
  }
}
