package io.leandevnet.node.leanspec;

import io.leandevnet.fixtures.FixtureRunner;
import io.leandevnet.fixtures.FixtureSuite;
import io.leandevnet.fixtures.SkipList;
import java.util.Map;

/**
 * The built-in node against leanSpec's {@code api_endpoint} fixtures: one real node per fixture
 * (skips and their reasons in {@code leanspec-skips.txt}), one summary line.
 *
 * <p>Fixture sets: {@code -Dleanspec.fixtures=DIR[,DIR]}, default every set under {@code
 * ../shared/fixtures/}.
 */
class NodeLeanSpecFixturesTest extends FixtureRunner {
  NodeLeanSpecFixturesTest() {
    super(
        new FixtureSuite(
            Map.of("api_endpoint", new ApiEndpointFixture()::check),
            SkipList.fromResource("leanspec-skips.txt")));
  }
}
