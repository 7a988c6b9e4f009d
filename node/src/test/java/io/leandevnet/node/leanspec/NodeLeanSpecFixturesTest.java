package io.leandevnet.node.leanspec;

import io.leandevnet.fixtures.FixtureSuite;
import io.leandevnet.fixtures.SkipList;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

/**
 * The built-in node against leanSpec's {@code api_endpoint} fixtures: one real node per fixture
 * (skips and their reasons in {@code leanspec-skips.txt}), one summary line.
 *
 * <p>Fixture sets: {@code -Dleanspec.fixtures=DIR[,DIR]}, default every set under {@code
 * ../shared/fixtures/}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NodeLeanSpecFixturesTest {
  private final ApiEndpointFixture apiEndpoint = new ApiEndpointFixture();
  private final FixtureSuite suite =
      new FixtureSuite(
          Map.of("api_endpoint", apiEndpoint::check), SkipList.fromResource("leanspec-skips.txt"));

  @TestFactory
  Stream<DynamicNode> leanspecFixtures() {
    return suite.tests();
  }

  @AfterAll
  void summary() {
    suite.printSummary();
  }
}
