package io.leandevnet.devnet.cli;

import io.leandevnet.devnet.backend.Reach;
import io.leandevnet.devnet.observe.DevnetStatus;
import io.leandevnet.devnet.observe.Observer;
import io.leandevnet.devnet.registry.DevnetRecord;
import java.time.Duration;

/**
 * A recorded devnet polled from this process: its nodes reached the backend's way (forwarded ports
 * on Kubernetes, the recorded endpoints elsewhere), each request bounded by one timeout. {@code
 * status} and {@code verify} poll through it; closing it closes the way and the observer.
 */
final class ReachedDevnet implements AutoCloseable {

  private final Reach reach;
  private final Observer observer;

  ReachedDevnet(DevnetRecord record, Duration requestTimeout) {
    this.reach = Devnets.reach(record);
    this.observer = new Observer(requestTimeout);
  }

  /** The record with the endpoints as reached from here. */
  DevnetRecord via() {
    return reach.record();
  }

  /** One poll of every Lean node and execution client. */
  DevnetStatus poll() {
    DevnetRecord via = reach.record();
    return observer.poll(via.leanTargets(), via.elTargets());
  }

  @Override
  public void close() {
    try {
      observer.close();
    } finally {
      reach.close();
    }
  }
}
