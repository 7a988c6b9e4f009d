package io.leandevnet.crypto.xmss;

import static org.assertj.core.api.Assertions.assertThat;

import io.leandevnet.crypto.poseidon.Poseidon1;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Frozen answers of leanSpec tests/spec/crypto/xmss/test_poseidon.py for the building blocks. */
class PoseidonTweakHashTest {

  private static long[] iota(int n) {
    long[] a = new long[n];
    for (int i = 0; i < n; i++) {
      a[i] = i;
    }
    return a;
  }

  @Test
  void compressWidth16OfZeroToSeven() {
    assertThat(PoseidonTweakHash.compress(Poseidon1.koalaBear16(), iota(8), 8))
        .containsExactly(
            1322417907,
            1303287496,
            1541273089,
            1618220094,
            1711479283,
            239494928,
            1755981565,
            1393953151);
  }

  @Test
  void compressWidth24OfZeroToSeven() {
    assertThat(PoseidonTweakHash.compress(Poseidon1.koalaBear24(), iota(8), 8))
        .containsExactly(
            1114630880,
            1895839298,
            1019726674,
            919764788,
            323823531,
            372774729,
            1191983079,
            70660318);
  }

  @Test
  void domainSeparatorOfTheTestConfigLengths() {
    assertThat(
            PoseidonTweakHash.domainSeparator(Poseidon1.koalaBear24(), new int[] {5, 2, 4, 8}, 9))
        .containsExactly(
            627826400,
            1244476188,
            370678638,
            978729783,
            1996000804,
            1380088873,
            1753334201,
            433326939,
            1294775677);
  }

  @Test
  void spongeOverFiveOnes() {
    long[] capacity =
        PoseidonTweakHash.domainSeparator(Poseidon1.koalaBear24(), new int[] {1, 2, 3, 4}, 9);
    assertThat(
            PoseidonTweakHash.replacementSponge(
                Poseidon1.koalaBear24(), capacity, new long[] {1, 1, 1, 1, 1}, 8))
        .containsExactly(
            477552014,
            972552740,
            1695413639,
            12018845,
            1258639896,
            1015276872,
            1156253900,
            190862312);
  }

  @Test
  void spongeSqueezesPastOneRate() {
    long[] capacity =
        PoseidonTweakHash.domainSeparator(Poseidon1.koalaBear24(), new int[] {1, 2, 3, 4}, 9);
    long[] longer =
        PoseidonTweakHash.replacementSponge(
            Poseidon1.koalaBear24(), capacity, new long[] {1, 1, 1, 1, 1}, 16);
    assertThat(longer).hasSize(16);
    long[] shorter =
        PoseidonTweakHash.replacementSponge(
            Poseidon1.koalaBear24(), capacity, new long[] {1, 1, 1, 1, 1}, 8);
    assertThat(Arrays.copyOf(longer, 8)).containsExactly(shorter);
  }

  @Test
  void tweakEncodingsSplitIntoBasePDigitsLeastSignificantFirst() {
    long[] d = new long[2];
    Tweaks.digits(Tweaks.chain(0xffffffffL, 255, 255), d, 0, 2);
    long v = (0xffffffffL << 24) | (255L << 16) | (255L << 8);
    assertThat(d).containsExactly(v % 2130706433L, v / 2130706433L);
    Tweaks.digits(Tweaks.tree(32, 7), d, 0, 2);
    assertThat(d)
        .containsExactly(
            (32L << 40 | 7L << 8 | 1) % 2130706433L, (32L << 40 | 7L << 8 | 1) / 2130706433L);
  }
}
