package io.leandevnet.devnet.backend;

import io.leandevnet.devnet.plan.AuxService;
import io.leandevnet.devnet.registry.BackendHandle;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A deployment that runs outside this process, on an engine or a cluster, and outlives the process
 * that started it: found again by its {@link #handle()}, its services' logs kept by the engine or
 * cluster ({@code lean-devnet logs} reads them there). What differs between backends is how one
 * node stops and how everything is removed.
 */
public abstract class DetachedDeployment implements Deployment {
  private final BackendHandle handle;
  private final List<AuxService> helpers;

  protected DetachedDeployment(BackendHandle handle, List<AuxService> helpers) {
    this.handle = Objects.requireNonNull(handle, "handle");
    this.helpers = List.copyOf(helpers);
  }

  @Override
  public final BackendHandle handle() {
    return handle;
  }

  /** False: the services run on the engine or cluster, {@code up} need not stay. */
  @Override
  public final boolean inProcess() {
    return false;
  }

  @Override
  public final List<AuxService> helpers() {
    return helpers;
  }

  /** None: the engine or cluster keeps the logs. */
  @Override
  public final Path logFile(String service) {
    return null;
  }
}
