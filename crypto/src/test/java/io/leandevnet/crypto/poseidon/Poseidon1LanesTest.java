package io.leandevnet.crypto.poseidon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.leandevnet.crypto.koalabear.KoalaBear;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The lane-parallel permutation equals the scalar one on every lane (runs where the Vector API is
 * on).
 */
class Poseidon1LanesTest {

  @Test
  void lanesMatchScalarWidth16() {
    check(Poseidon1.koalaBear16(), 16);
  }

  @Test
  void lanesMatchScalarWidth24() {
    check(Poseidon1.koalaBear24(), 24);
  }

  @Test
  void twoDigitRowsMatchBasePDigitsIncludingTheCarry() {
    assumeTrue(VectorSupport.available(), "Vector API not enabled");
    int l = Poseidon1Lanes.lanes();
    long p = KoalaBear.P;
    long[] epochs = new long[l];
    // Epochs whose (epoch << 24) mod p lies just below p, so adding the small part carries.
    int found = 0;
    for (long e = 0; found < l; e++) {
      if ((e << 24) % p > p - (1 << 22)) {
        epochs[found++] = e;
      }
    }
    epochs[0] = 0;
    epochs[1] = 0xffffffffL;
    long[] mod = new long[l];
    long[] modMont = new long[l];
    long[] quotMont = new long[l];
    for (int i = 0; i < l; i++) {
      long base = epochs[i] << 24;
      mod[i] = base % p;
      modMont[i] = Poseidon1Lanes.toMontgomery(mod[i]);
      quotMont[i] = Poseidon1Lanes.toMontgomery(base / p);
    }
    for (long small : new long[] {0, 1, (45L << 16) | (7 << 8), (255L << 16) | (255 << 8)}) {
      long[] out = new long[2 * l];
      Poseidon1Lanes.twoDigitRows(mod, modMont, quotMont, small, out, 0);
      for (int i = 0; i < l; i++) {
        long v = (epochs[i] << 24) + small;
        assertThat(Poseidon1Lanes.fromMontgomery(out[i])).isEqualTo(v % p);
        assertThat(Poseidon1Lanes.fromMontgomery(out[l + i])).isEqualTo(v / p);
      }
    }
  }

  private static void check(Poseidon1 scalar, int width) {
    assumeTrue(VectorSupport.available(), "Vector API not enabled");
    Poseidon1Lanes lanes =
        width == 16 ? Poseidon1Lanes.koalaBear16() : Poseidon1Lanes.koalaBear24();
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
          assertThat(packed[i * l + lane])
              .as("lane %d element %d", lane, i)
              .isEqualTo(states[lane][i]);
        }
      }
    }
  }
}
