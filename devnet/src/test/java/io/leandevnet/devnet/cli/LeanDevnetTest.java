package io.leandevnet.devnet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LeanDevnetTest {

  @Test
  void versionNamesTheProjectVersion() {
    CliRun r = CliRun.of("--version");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).containsPattern("lean-devnet \\d+\\.\\d+\\.\\d+");
  }

  @Test
  void unknownCommandIsAUsageError() {
    CliRun r = CliRun.of("frobnicate");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("Unmatched argument").contains("frobnicate");
  }
}
