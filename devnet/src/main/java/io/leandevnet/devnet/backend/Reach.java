package io.leandevnet.devnet.backend;

import io.leandevnet.devnet.registry.DevnetRecord;
import java.util.Objects;

/**
 * The way from this process to a recorded devnet's APIs, metrics and helpers, open while this is:
 * {@link #record} is the devnet's record with the URLs to use meanwhile (on Kubernetes, local ports
 * forwarded through the API server; elsewhere the recorded ones). {@link #close} closes the way.
 */
public record Reach(DevnetRecord record, AutoCloseable closer) implements AutoCloseable {

  public Reach {
    Objects.requireNonNull(record, "record");
    Objects.requireNonNull(closer, "closer");
  }

  /** The record as it is: its URLs are reachable from here. */
  public static Reach direct(DevnetRecord record) {
    return new Reach(record, () -> {});
  }

  @Override
  public void close() {
    try {
      closer.close();
    } catch (Exception e) {
      // closing local forwards or a client: nothing the caller could do about it
    }
  }
}
