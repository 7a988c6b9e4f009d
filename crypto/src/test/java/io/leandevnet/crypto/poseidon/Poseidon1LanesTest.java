package io.leandevnet.crypto.poseidon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.leandevnet.crypto.koalabear.KoalaBear;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The lane-parallel permutation equals the scalar one on every lane (runs where the Vector API is on). */
class Poseidon1LanesTest {

  @Test
  void lanesMatchScalarWidth16() {
    check(Poseidon1.koalaBear16(), 16);
  }

  @Test
  void lanesMatchScalarWidth24() {
    check(Poseidon1.koalaBear24(), 24);
  }

  private static void check(Poseidon1 scalar, int width) {
    assumeTrue(VectorSupport.available(), "Vector API not enabled");
    Poseidon1Lanes lanes = width == 16 ? Poseidon1Lanes.koalaBear16() : Poseidon1Lanes.koalaBear24();
    int l = Poseidon1Lanes.lanes();
    SplittableRandom rnd = new SplittableRandom(width);
    for (int round = 0; round < 50; round++) {
      long[][] states = new long[l][width];
      long[] packed = new long[width * l];
      for (int lane = 0; lane < l; lane++) {
        for (int i = 0; i < width; i++) {
          long v = round == 0 ? KoalaBear.P - 1 - lane : rnd.nextLong(KoalaBear.P);
          states[lane][i] = v;
          packed[i * l + lane] = Poseidon1Lanes.toMontgomery(v);
        }
        scalar.permute(states[lane]);
      }
      lanes.permute(packed, new long[width * l]);
      Poseidon1Lanes.fromMontgomery(packed, 0, packed.length);
      for (int lane = 0; lane < l; lane++) {
        for (int i = 0; i < width; i++) {
          assertThat(packed[i * l + lane]).as("lane %d element %d", lane, i).isEqualTo(states[lane][i]);
        }
      }
    }
  }
}
