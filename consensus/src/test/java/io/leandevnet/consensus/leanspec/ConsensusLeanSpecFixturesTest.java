package io.leandevnet.consensus.leanspec;

import io.leandevnet.consensus.forkchoice.ForkChoiceFixture;
import io.leandevnet.fixtures.FixtureRunner;
import io.leandevnet.fixtures.FixtureSuite;
import io.leandevnet.fixtures.SkipList;
import java.util.Map;

/**
 * The consensus module against leanSpec's fixtures: one test per fixture of the consensus formats
 * (skips and their reasons in {@code leanspec-skips.txt}), one summary line per format.
 *
 * <p>Fixture sets: {@code -Dleanspec.fixtures=DIR[,DIR]}, default every set under {@code
 * ../shared/fixtures/}.
 */
class ConsensusLeanSpecFixturesTest extends FixtureRunner {
  ConsensusLeanSpecFixturesTest() {
    super(
        new FixtureSuite(
            Map.of(
                "state_transition_test", StateTransitionFixture::check,
                "fork_choice_test", ForkChoiceFixture::check,
                "verify_signatures_test", VerifySignaturesFixture::check,
                "ssz", SszFixture::check,
                "justifiability", JustifiabilityFixture::check,
                "slot_clock", SlotClockFixture::check),
            SkipList.fromResource("leanspec-skips.txt")));
  }
}
