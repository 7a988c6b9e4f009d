package io.leandevnet.crypto.poseidon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.leandevnet.crypto.koalabear.KoalaBear;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The 8-lane 32-bit permutation equals the scalar one on every lane, including the largest inputs,
 * and its Montgomery helpers round-trip (runs wherever the Vector API module is present).
 */
class Poseidon1IntLanesTest {

  private static final int L = Poseidon1IntLanes.LANES;

  @Test
  void lanesMatchScalarWidth16() {
    check(Poseidon1.koalaBear16(), Poseidon1IntLanes.koalaBear16());
  }

  @Test
  void lanesMatchScalarWidth24() {
    check(Poseidon1.koalaBear24(), Poseidon1IntLanes.koalaBear24());
  }

  @Test
  void montgomeryFormRoundTripsAndAdds() {
    assumeTrue(VectorSupport.modulePresent(), "Vector API module not present");
    SplittableRandom rnd = new SplittableRandom(7);
    int[] a = new int[3 * L + 3];
    int[] b = new int[a.length];
    for (int i = 0; i < a.length; i++) {
      a[i] = i < 2 ? KoalaBear.P - 1 - i : rnd.nextInt(KoalaBear.P);
      b[i] = i < 2 ? KoalaBear.P - 1 : rnd.nextInt(KoalaBear.P);
    }
    int[] m = a.clone();
    MontgomeryLanes.toMontgomery(m, 0, m.length);
    for (int i = 0; i < a.length; i++) {
      assertThat(m[i]).isEqualTo(MontgomeryLanes.toMontgomery(a[i]));
    }
    MontgomeryLanes.fromMontgomery(m, 0, m.length);
    assertThat(m).containsExactly(a);
    int[] sum = a.clone();
    MontgomeryLanes.addInto(sum, 0, b, 0, sum.length);
    for (int i = 0; i < a.length; i++) {
      assertThat(sum[i]).isEqualTo((int) KoalaBear.add(a[i], b[i]));
    }
  }

  @Test
  void twoDigitRowsMatchBasePDigitsIncludingTheCarry() {
    assumeTrue(VectorSupport.modulePresent(), "Vector API module not present");
    long p = KoalaBear.P;
    long[] epochs = new long[L];
    int found = 0;
    for (long e = 0; found < L; e++) {
      if ((e << 24) % p > p - (1 << 22)) {
        epochs[found++] = e;
      }
    }
    epochs[0] = 0;
    epochs[1] = 0xffffffffL;
    int[] mod = new int[L];
    int[] modMont = new int[L];
    int[] quotMont = new int[L];
    for (int i = 0; i < L; i++) {
      long base = epochs[i] << 24;
      mod[i] = (int) (base % p);
      modMont[i] = MontgomeryLanes.toMontgomery(mod[i]);
      quotMont[i] = MontgomeryLanes.toMontgomery(base / p);
    }
    for (long small : new long[] {0, 1, (45L << 16) | (7 << 8), (255L << 16) | (255 << 8)}) {
      int[] out = new int[2 * L];
      MontgomeryLanes.twoDigitRows(mod, modMont, quotMont, small, out, 0);
      for (int i = 0; i < L; i++) {
        long v = (epochs[i] << 24) + small;
        assertThat((long) MontgomeryLanes.fromMontgomery(out[i])).isEqualTo(v % p);
        assertThat((long) MontgomeryLanes.fromMontgomery(out[L + i])).isEqualTo(v / p);
      }
    }
  }

  private static void check(Poseidon1 scalar, Poseidon1IntLanes lanes) {
    assumeTrue(VectorSupport.modulePresent(), "Vector API module not present");
    int width = scalar.width();
    SplittableRandom rnd = new SplittableRandom(width);
    for (int round = 0; round < 50; round++) {
      long[][] states = new long[L][width];
      int[] packed = new int[width * L];
      for (int lane = 0; lane < L; lane++) {
        for (int i = 0; i < width; i++) {
          long v = round == 0 ? KoalaBear.P - 1 - lane : rnd.nextLong(KoalaBear.P);
          states[lane][i] = v;
          packed[i * L + lane] = MontgomeryLanes.toMontgomery(v);
        }
        scalar.permute(states[lane]);
      }
      lanes.permute(packed, new int[lanes.scratchLength()]);
      MontgomeryLanes.fromMontgomery(packed, 0, packed.length);
      for (int lane = 0; lane < L; lane++) {
        for (int i = 0; i < width; i++) {
          assertThat((long) packed[i * L + lane])
              .as("lane %d element %d", lane, i)
              .isEqualTo(states[lane][i]);
        }
      }
    }
  }
}
