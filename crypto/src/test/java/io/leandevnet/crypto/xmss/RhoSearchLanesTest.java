package io.leandevnet.crypto.xmss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.leandevnet.crypto.poseidon.VectorSupport;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The lane-parallel rho search picks the same (first) attempt as the scalar search, on the path
 * this process chose (the int-lane kernel whenever the Vector API is on).
 */
class RhoSearchLanesTest {

  @Test
  void vectorSigningEqualsScalarSigning() {
    assumeTrue(VectorSupport.available(), "Vector API not enabled");
    for (XmssConfig config : new XmssConfig[] {XmssConfig.SMALL, XmssConfig.TEST}) {
      TargetSumEncoding targetSum = new TargetSumEncoding(config);
      // Same encoding, but without the override: the interface's scalar search loop.
      MessageEncoding scalarOnly = targetSum::encode;
      XmssScheme vector = XmssScheme.of(config);
      XmssScheme scalar =
          new XmssScheme(
              config,
              new PoseidonTweakHash(config),
              new ShakePrf(config.hashLen(), config.randLen()),
              scalarOnly);
      XmssKeyPair keys = vector.keyGen(0, 0, new SplittableRandom(config.dimension()));
      SplittableRandom rnd = new SplittableRandom(99);
      for (int i = 0; i < 12; i++) {
        byte[] message = new byte[32];
        rnd.nextBytes(message);
        long epoch = rnd.nextLong(keys.secretKey().activeEnd());
        XmssSignature v = vector.sign(keys.secretKey(), epoch, message);
        assertThat(v).isEqualTo(scalar.sign(keys.secretKey(), epoch, message));
        assertThat(scalar.verify(keys.publicKey(), epoch, message, v)).isTrue();
      }
    }
  }
}
