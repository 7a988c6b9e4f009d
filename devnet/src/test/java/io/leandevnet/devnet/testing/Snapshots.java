package io.leandevnet.devnet.testing;

import io.leandevnet.devnet.observe.DevnetStatus;
import io.leandevnet.devnet.observe.Health;
import io.leandevnet.devnet.observe.LeanSnapshot;
import java.time.Instant;
import java.util.List;

/** Hand-made observer snapshots for tests of what reads them. */
public final class Snapshots {
  private Snapshots() {}

  /** A built-in node's snapshot; a DOWN node's last error is "connection refused". */
  public static LeanSnapshot node(
      String name, Health h, Long head, String root, Long just, Long fin) {
    return new LeanSnapshot(
        name,
        "builtin",
        Instant.EPOCH,
        h,
        head,
        root,
        just,
        fin,
        null,
        null,
        1L,
        false,
        4L,
        List.of(),
        h == Health.DOWN ? "connection refused" : null);
  }

  /** A poll of these nodes and no execution clients. */
  public static DevnetStatus status(LeanSnapshot... nodes) {
    return new DevnetStatus(Instant.EPOCH, List.of(nodes), List.of());
  }
}
