package io.leandevnet.crypto.leanspec;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.leandevnet.crypto.poseidon.Poseidon1;
import io.leandevnet.fixtures.Fixture;
import io.leandevnet.fixtures.FixtureRunner;
import io.leandevnet.fixtures.FixtureSuite;
import io.leandevnet.fixtures.SkipList;
import java.util.Map;

/**
 * The crypto module against leanSpec's fixtures: {@code poseidon_permutation} (Poseidon1 over
 * KoalaBear, widths 16 and 24), one test per fixture, one summary line.
 *
 * <p>{@code verify_signatures_test} needs the consensus containers (the message is the block's
 * hash_tree_root), so the consensus module's runner checks it, with this module's XMSS verifier.
 */
class CryptoLeanSpecFixturesTest extends FixtureRunner {
  CryptoLeanSpecFixturesTest() {
    super(
        new FixtureSuite(
            Map.of("poseidon_permutation", CryptoLeanSpecFixturesTest::poseidonPermutation),
            SkipList.none()));
  }

  /** {@code poseidon_permutation}: permute(inputState) = outputState at the given width. */
  static void poseidonPermutation(Fixture fixture) {
    int width = fixture.field("width").asInt();
    Poseidon1 poseidon =
        switch (width) {
          case 16 -> Poseidon1.koalaBear16();
          case 24 -> Poseidon1.koalaBear24();
          default -> throw new IllegalArgumentException("no Poseidon1 of width " + width);
        };
    long[] state = elements(fixture.field("input").get("inputState"));
    long[] expected = elements(fixture.field("output").get("outputState"));
    assertThat(state).as("inputState").hasSize(width);
    poseidon.permute(state);
    assertThat(state).as("permute(inputState)").containsExactly(expected);
  }

  private static long[] elements(JsonNode array) {
    long[] out = new long[array.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = Long.parseLong(array.get(i).asText());
    }
    return out;
  }
}
