package io.leandevnet.devnet.cli;

import static io.leandevnet.devnet.testing.Snapshots.node;
import static io.leandevnet.devnet.testing.Snapshots.status;
import static org.assertj.core.api.Assertions.assertThat;

import io.leandevnet.devnet.observe.DevnetStatus;
import io.leandevnet.devnet.observe.Health;
import org.junit.jupiter.api.Test;

class StatusTableTest {

  @Test
  void tableShowsEveryNodeAndASummary() {
    DevnetStatus before =
        status(
            node("builtin_0", Health.UP, 5L, "0x1", 4L, 3L),
            node("builtin_1", Health.UP, 5L, "0x1", 4L, 3L));
    DevnetStatus now =
        status(
            node("builtin_0", Health.UP, 7L, "0x2", 6L, 5L),
            node("builtin_1", Health.DOWN, null, null, null, null));
    String table = StatusTable.render(now, before);
    assertThat(table)
        .contains("NODE")
        .contains("builtin_0  builtin  7     6          5")
        .contains("builtin_1  builtin  ?     ?          ?")
        .contains("down")
        .contains("connection refused");
    assertThat(table)
        .contains(
            "1/2 nodes up · heads differ · justified 6 (advancing) · finalized 5 (advancing)");
  }
}
