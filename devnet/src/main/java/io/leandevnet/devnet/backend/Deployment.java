package io.leandevnet.devnet.backend;

import io.leandevnet.devnet.registry.DevnetRecord;
import java.util.List;

/** A running devnet as the backend that started it sees it. {@link #close()} stops all of it. */
public interface Deployment extends AutoCloseable {

  List<DevnetRecord.LeanEndpoint> lean();

  List<DevnetRecord.ElEndpoint> el();

  List<DevnetRecord.ServiceEndpoint> services();

  /**
   * Whether the services live inside this process (the embedded backend), so that {@code up} must
   * stay in the foreground for the devnet to keep running.
   */
  boolean inProcess();

  /**
   * Stops one Lean node (by node name), leaving the rest running: for tests of what a devnet does
   * when a node goes away.
   *
   * @throws IllegalArgumentException when there is no such node
   */
  void stopNode(String node);

  @Override
  void close();
}
