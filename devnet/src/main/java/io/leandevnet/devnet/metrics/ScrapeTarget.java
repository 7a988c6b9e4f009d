package io.leandevnet.devnet.metrics;

import java.util.Objects;

/**
 * One node Prometheus scrapes.
 *
 * @param job the node name ({@code builtin_0}): Prometheus' {@code job} label
 * @param address {@code host:port} of its metrics port as Prometheus reaches it
 * @param client the client it runs ({@code builtin}, {@code zeam}): the {@code client} label
 */
public record ScrapeTarget(String job, String address, String client) {
  public ScrapeTarget {
    Objects.requireNonNull(job, "job");
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(client, "client");
  }
}
