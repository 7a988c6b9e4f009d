package io.leandevnet.crypto.xmss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.leandevnet.crypto.poseidon.VectorPath;
import io.leandevnet.crypto.poseidon.VectorSupport;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Each vector leaf (and int-lane tree node) computation equals the scalar one, including a partial
 * last batch, whatever path this CPU would choose.
 */
class LeafLanesTest {

  @Test
  void vectorLeavesEqualScalarLeaves() {
    assumeTrue(VectorSupport.modulePresent(), "Vector API module not present");
    for (XmssConfig config : new XmssConfig[] {XmssConfig.DEVNET4, XmssConfig.TEST}) {
      PoseidonTweakHash hash = new PoseidonTweakHash(config);
      ShakePrf prf = new ShakePrf(config.hashLen(), config.randLen());
      byte[] key = new byte[32];
      key[0] = 42;
      int[] parameter = {11, 22, 33, 44, 2130706432};
      int n = 13;
      int[] vector = new int[n * config.hashLen()];
      int[] scalar = new int[n * config.hashLen()];
      hash.leaves(VectorPath.INT_LANES, prf, key, parameter, 65_530, n, vector, 0);
      hash.leavesScalar(prf, key, parameter, 65_530, n, scalar, 0);
      assertThat(vector).containsExactly(scalar);
    }
  }

  @Test
  void intLaneTreeNodesEqualScalarNodes() {
    assumeTrue(VectorSupport.modulePresent(), "Vector API module not present");
    PoseidonTweakHash hash = new PoseidonTweakHash(XmssConfig.DEVNET4);
    int h = hash.digestLength();
    int[] parameter = {11, 22, 33, 44, 2130706432};
    SplittableRandom rnd = new SplittableRandom(7);
    int n = 13;
    int[] children = new int[3 + 2 * n * h];
    for (int i = 0; i < children.length; i++) {
      children[i] = rnd.nextInt(2130706433);
    }
    int[] lanes = new int[1 + n * h];
    int[] scalar = new int[1 + n * h];
    PoseidonLeafIntLanes.nodes(
        parameter, 5, 40_001, n, children, 3, lanes, 1, h, XmssConfig.DEVNET4.tweakLen());
    for (int i = 0; i < n; i++) {
      hash.node(
          parameter,
          5,
          40_001 + i,
          children,
          3 + 2 * i * h,
          children,
          3 + (2 * i + 1) * h,
          scalar,
          1 + i * h);
    }
    assertThat(lanes).containsExactly(scalar);
    int[] one = new int[h];
    hash.node(parameter, 5, 40_001 + 12, children, 3 + 24 * h, children, 3 + 25 * h, one, 0);
    assertThat(Arrays.copyOfRange(lanes, 1 + 12 * h, 1 + 13 * h)).containsExactly(one);
  }
}
