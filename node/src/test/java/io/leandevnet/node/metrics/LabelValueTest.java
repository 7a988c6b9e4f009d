package io.leandevnet.node.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class LabelValueTest {

  enum Sample implements LabelValue {
    REMOTE_CLOSE,
    INVALID
  }

  @Test
  void theLabelIsTheConstantNameInLowerCase() {
    assertThat(Arrays.stream(Sample.values()).map(LabelValue::label))
        .containsExactly("remote_close", "invalid");
  }

  @Test
  void syncStatusGivesTheLeanMetricsStatusValues() {
    assertThat(Arrays.stream(SyncStatus.values()).map(SyncStatus::label))
        .containsExactly("idle", "syncing", "synced");
  }
}
