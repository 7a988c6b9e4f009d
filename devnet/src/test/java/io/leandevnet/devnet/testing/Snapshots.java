package io.leandevnet.devnet.testing;

import io.leandevnet.devnet.observe.DevnetStatus;
import io.leandevnet.devnet.observe.Health;
import io.leandevnet.devnet.observe.LeanSnapshot;
import java.time.Instant;
import java.util.List;

/** Hand-made observer snapshots for tests of what reads them. */
public final class Snapshots {
  private Snapshots() {}

  /** A built-in node that answered: its head slot and root, its justified and finalized slots. */
  public static LeanSnapshot up(
      String name, long head, String root, long justified, long finalized) {
    return node(name, Health.UP, head, root, justified, finalized, null);
  }

  /** A built-in node that did not answer: no figures, and "connection refused" its last error. */
  public static LeanSnapshot down(String name) {
    return node(name, Health.DOWN, null, null, null, null, "connection refused");
  }

  private static LeanSnapshot node(
      String name, Health h, Long head, String root, Long just, Long fin, String lastError) {
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
        lastError);
  }

  /** A poll of these nodes and no execution clients. */
  public static DevnetStatus status(LeanSnapshot... nodes) {
    return new DevnetStatus(Instant.EPOCH, List.of(nodes), List.of());
  }
}
