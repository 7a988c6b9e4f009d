package io.leandevnet.crypto.xmss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.leandevnet.crypto.poseidon.VectorPath;
import io.leandevnet.crypto.poseidon.VectorSupport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Each vector leaf computation equals the scalar one, including a partial last batch, whatever path
 * this CPU would choose.
 */
class LeafLanesTest {

  @ParameterizedTest
  @EnumSource(
      value = VectorPath.class,
      names = {"LONG_LANES", "INT_LANES"})
  void vectorLeavesEqualScalarLeaves(VectorPath path) {
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
      hash.leaves(path, prf, key, parameter, 65_530, n, vector, 0);
      hash.leavesScalar(prf, key, parameter, 65_530, n, scalar, 0);
      assertThat(vector).containsExactly(scalar);
    }
  }
}
