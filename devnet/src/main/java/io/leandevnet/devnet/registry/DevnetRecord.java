package io.leandevnet.devnet.registry;

import io.leandevnet.devnet.observe.ElTarget;
import io.leandevnet.devnet.observe.LeanTarget;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * What lean-devnet remembers of a devnet it started, in {@code <home>/<name>/devnet.json}, so that
 * {@code status}, {@code verify}, {@code logs}, {@code inspect} and {@code down} work from another
 * process.
 *
 * @param backend the backend that runs it ({@code embedded}, {@code docker}, …)
 * @param ownerPid the process that runs the nodes (the embedded backend's {@code up}), or null
 * @param dashboard the dashboard URL the owner serves, or null
 * @param services helper services (Prometheus, Grafana, …)
 * @param stoppedAt when it was stopped, or null while it runs
 */
public record DevnetRecord(
    String name,
    String backend,
    Instant createdAt,
    String argsFile,
    Path genesisDir,
    long genesisTime,
    Long ownerPid,
    URI dashboard,
    List<LeanEndpoint> lean,
    List<ElEndpoint> el,
    List<ServiceEndpoint> services,
    Instant stoppedAt) {

  public DevnetRecord {
    lean = List.copyOf(lean);
    el = List.copyOf(el);
    services = List.copyOf(services);
  }

  /** One Lean node: where it lives and where its API, metrics and log are. */
  public record LeanEndpoint(
      String node,
      String client,
      String service,
      String image,
      String address,
      URI api,
      URI metrics,
      Path log) {}

  /** One execution client. */
  public record ElEndpoint(
      String service, String client, String image, String address, URI rpc, Path log) {}

  /** A helper service such as Prometheus or Grafana. */
  public record ServiceEndpoint(String service, String image, URI url, Path log) {}

  public List<LeanTarget> leanTargets() {
    return lean.stream()
        .map(l -> new LeanTarget(l.node(), l.client(), l.api(), l.metrics()))
        .toList();
  }

  public List<ElTarget> elTargets() {
    return el.stream().map(e -> new ElTarget(e.service(), e.rpc())).toList();
  }

  /** Whether the owning process still runs (always true for devnets with no owner process). */
  public boolean ownerAlive() {
    return ownerPid == null || ProcessHandle.of(ownerPid).map(ProcessHandle::isAlive).orElse(false);
  }

  /** Not stopped, and its owning process (if it has one) still runs. */
  public boolean running() {
    return stoppedAt == null && ownerAlive();
  }

  /**
   * {@code running}, {@code stopped}, or {@code gone} when its process died without stopping it.
   */
  public String state() {
    return stoppedAt != null ? "stopped" : ownerAlive() ? "running" : "gone";
  }

  public DevnetRecord withDashboard(URI url) {
    return new DevnetRecord(
        name,
        backend,
        createdAt,
        argsFile,
        genesisDir,
        genesisTime,
        ownerPid,
        url,
        lean,
        el,
        services,
        stoppedAt);
  }

  public DevnetRecord stopped(Instant at) {
    return new DevnetRecord(
        name,
        backend,
        createdAt,
        argsFile,
        genesisDir,
        genesisTime,
        ownerPid,
        dashboard,
        lean,
        el,
        services,
        at);
  }
}
