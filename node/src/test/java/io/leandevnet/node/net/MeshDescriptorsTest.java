package io.leandevnet.node.net;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class MeshDescriptorsTest {

  @Test
  void aFullMeshNeedsBothSocketEndsOfEveryPairTwiceWhileItForms() {
    assertThat(MeshDescriptors.needed(1)).isEqualTo(16);
    assertThat(MeshDescriptors.needed(64)).isEqualTo(2L * 64 * 63 + 16 * 64);
    assertThat(MeshDescriptors.needed(128)).isEqualTo(34_560);
  }

  @Test
  void aLimitBelowTheNeedIsAProblemNamingBothNumbersAndTheWayOut() {
    assertThat(MeshDescriptors.problem(128, OptionalLong.of(20_000)))
        .hasValueSatisfying(
            p ->
                assertThat(p)
                    .contains("128 built-in nodes", "34560 file descriptors", "limit is 20000")
                    .contains("ulimit -n 34560"));
    assertThat(MeshDescriptors.problem(64, OptionalLong.of(20_000))).isEmpty();
    assertThat(MeshDescriptors.problem(64, OptionalLong.of(MeshDescriptors.needed(64)))).isEmpty();
    assertThat(MeshDescriptors.problem(64, OptionalLong.of(MeshDescriptors.needed(64) - 1)))
        .isPresent();
    assertThat(MeshDescriptors.problem(1_000, OptionalLong.empty())).isEmpty();
  }

  @Test
  void thisProcessKnowsItsLimitOnLinux() {
    assertThat(MeshDescriptors.processLimit()).isPresent();
    assertThat(MeshDescriptors.processLimit().getAsLong()).isPositive();
  }
}
