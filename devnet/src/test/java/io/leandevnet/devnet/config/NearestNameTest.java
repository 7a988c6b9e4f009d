package io.leandevnet.devnet.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class NearestNameTest {

  @Test
  void distanceCountsEdits() {
    assertThat(NearestName.distance("zeem", "zeam")).isEqualTo(1);
    assertThat(NearestName.distance("kitten", "sitting")).isEqualTo(3);
    assertThat(NearestName.distance("", "abc")).isEqualTo(3);
  }

  @Test
  void suggestsCloseOrContainingNames() {
    List<String> clients = LeanClient.keys();
    assertThat(NearestName.among("zeem", clients)).contains("zeam");
    assertThat(NearestName.among("Ethlambda", clients)).contains("ethlambda");
    assertThat(NearestName.among("grandine", clients)).contains("lean_grandine");
    assertThat(NearestName.among("xyzzy", clients)).isEmpty();
  }

  @Property(tries = 200)
  void distanceIsSymmetricAndBoundedByLength(@ForAll String a, @ForAll String b) {
    int d = NearestName.distance(a, b);
    assertThat(d).isEqualTo(NearestName.distance(b, a));
    assertThat(d).isBetween(Math.abs(a.length() - b.length()), Math.max(a.length(), b.length()));
    assertThat(NearestName.distance(a, a)).isZero();
  }
}
