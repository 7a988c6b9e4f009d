package io.leandevnet.node.runtime;

import io.leandevnet.node.net.GossipVerdict;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * The one thread that touches a node's fork-choice store: the clock, gossip and sync queue their
 * work here. A platform thread: the store's work is CPU-bound (signatures), and a virtual thread is
 * never preempted, so many busy stores would hold every carrier and delay the clock and the
 * network.
 */
final class StoreThread {

  private final ExecutorService executor;
  private final NodeLog log;

  StoreThread(String nodeId, NodeLog log) {
    this.executor =
        Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name(nodeId + "-store").daemon(true).factory());
    this.log = log;
  }

  /** Queues {@code task}; a failure is logged, never fatal. Nothing runs once closing. */
  void execute(Runnable task) {
    try {
      executor.execute(
          () -> {
            try {
              task.run();
            } catch (RuntimeException e) {
              log.info("internal error: " + e);
            }
          });
    } catch (RejectedExecutionException e) {
      // closing
    }
  }

  /** Runs {@code task} on the thread and waits for its verdict; IGNORE when it cannot run. */
  GossipVerdict call(Callable<GossipVerdict> task) {
    try {
      return executor.submit(task).get();
    } catch (RejectedExecutionException e) {
      return GossipVerdict.IGNORE;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return GossipVerdict.IGNORE;
    } catch (ExecutionException e) {
      log.info("internal error handling gossip: " + e.getCause());
      return GossipVerdict.IGNORE;
    }
  }

  /** Stops after the work already queued (waits up to 2 s). */
  void close() {
    executor.shutdown();
    try {
      if (!executor.awaitTermination(2, TimeUnit.SECONDS)) {
        executor.shutdownNow();
      }
    } catch (InterruptedException e) {
      executor.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }
}
