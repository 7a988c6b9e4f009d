package io.leandevnet.devnet.cli;

import static io.leandevnet.devnet.testing.Snapshots.down;
import static io.leandevnet.devnet.testing.Snapshots.status;
import static io.leandevnet.devnet.testing.Snapshots.up;
import static org.assertj.core.api.Assertions.assertThat;

import io.leandevnet.devnet.observe.DevnetStatus;
import org.junit.jupiter.api.Test;

class StatusTableTest {

  @Test
  void tableShowsEveryNodeAndASummary() {
    DevnetStatus before = status(up("builtin_0", 5, "0x1", 4, 3), up("builtin_1", 5, "0x1", 4, 3));
    DevnetStatus now = status(up("builtin_0", 7, "0x2", 6, 5), down("builtin_1"));
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
