package io.leandevnet.devnet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.leandevnet.devnet.observe.DevnetStatus;
import io.leandevnet.devnet.observe.Health;
import io.leandevnet.devnet.observe.LeanSnapshot;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatusTableTest {

  private static LeanSnapshot node(String name, Health h, Long head, String root, Long just, Long fin) {
    return new LeanSnapshot(name, "builtin", Instant.EPOCH, h, head, root, just, fin, null, null, 1L, false, 4L, List.of(),
        h == Health.DOWN ? "connection refused" : null);
  }

  private static DevnetStatus status(LeanSnapshot... nodes) {
    return new DevnetStatus(Instant.EPOCH, List.of(nodes), List.of());
  }

  @Test
  void tableShowsEveryNodeAndASummary() {
    DevnetStatus before = status(node("builtin_0", Health.UP, 5L, "0x1", 4L, 3L), node("builtin_1", Health.UP, 5L, "0x1", 4L, 3L));
    DevnetStatus now = status(node("builtin_0", Health.UP, 7L, "0x2", 6L, 5L), node("builtin_1", Health.DOWN, null, null, null, null));
    String table = StatusTable.render(now, before);
    assertThat(table).contains("NODE").contains("builtin_0  builtin  7     6          5")
        .contains("builtin_1  builtin  ?     ?          ?").contains("down").contains("connection refused");
    assertThat(table).contains("1/2 nodes up · heads differ · justified 6 (advancing) · finalized 5 (advancing)");
  }
}
