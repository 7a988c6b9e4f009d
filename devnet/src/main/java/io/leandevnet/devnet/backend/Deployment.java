package io.leandevnet.devnet.backend;

import io.leandevnet.devnet.plan.AuxService;
import io.leandevnet.devnet.registry.BackendHandle;
import java.nio.file.Path;
import java.util.List;

/**
 * A running devnet as the backend that started it sees it. {@link #close()} stops all of it and
 * removes what the backend created.
 */
public interface Deployment extends AutoCloseable {

  /** What the record keeps so that any process finds this devnet again. */
  BackendHandle handle();

  /**
   * Whether the services live inside this process (the embedded backend), so that {@code up} must
   * stay in the foreground for the devnet to keep running.
   */
  boolean inProcess();

  /** The helper services (Prometheus, Grafana) this deployment runs; empty if none. */
  List<AuxService> helpers();

  /**
   * The log file of {@code service} on the host, or null when the backend keeps logs elsewhere
   * (Docker: the engine).
   */
  Path logFile(String service);

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
