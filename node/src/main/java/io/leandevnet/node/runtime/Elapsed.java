package io.leandevnet.node.runtime;

/** Seconds since a {@link System#nanoTime()} reading, as the duration histograms take them. */
final class Elapsed {

  private Elapsed() {}

  static double secondsSince(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }
}
