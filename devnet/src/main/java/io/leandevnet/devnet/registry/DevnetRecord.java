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
 * @param handle how the backend finds the devnet again (the embedded backend's owning process, the
 *     Docker label and network, …); null in records of devnets that never started
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
    BackendHandle handle,
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

  /**
   * One Lean node: where it lives and where its API, metrics and log are.
   *
   * @param image null when the node runs inside the process (embedded backend)
   * @param address the P2P address other nodes dial (inside the devnet's network)
   * @param api the API as reached from the host
   * @param log the log file on the host, or null when the backend keeps logs (Docker)
   */
  public record LeanEndpoint(
      String node,
      String client,
      String service,
      String image,
      String address,
      URI api,
      URI metrics,
      Path log) {}

  /**
   * One execution client.
   *
   * @param pairedLean the node name of the Lean node that drives it (null in records written before
   *     pairing was recorded)
   */
  public record ElEndpoint(
      String service,
      String client,
      String image,
      String address,
      URI rpc,
      Path log,
      String pairedLean) {}

  /** A helper service such as Prometheus or Grafana. */
  public record ServiceEndpoint(String service, String image, URI url, Path log) {}

  public List<LeanTarget> leanTargets() {
    return lean.stream()
        .map(l -> new LeanTarget(l.node(), l.client(), l.api(), l.metrics()))
        .toList();
  }

  public List<ElTarget> elTargets() {
    return el.stream().map(e -> new ElTarget(e.service(), e.rpc(), e.pairedLean())).toList();
  }

  /** The devnet's directory (its genesis directory's parent). */
  public Path dir() {
    return genesisDir.getParent();
  }

  public DevnetRecord withDashboard(URI url) {
    return copy(url, lean, el, services, stoppedAt);
  }

  /** The same devnet reached at other endpoints (forwarded ports, for one process). */
  public DevnetRecord withEndpoints(
      List<LeanEndpoint> lean, List<ElEndpoint> el, List<ServiceEndpoint> services) {
    return copy(dashboard, lean, el, services, stoppedAt);
  }

  public DevnetRecord stopped(Instant at) {
    return copy(dashboard, lean, el, services, at);
  }

  /** This record with the fields that change after it is first written replaced. */
  private DevnetRecord copy(
      URI dashboard,
      List<LeanEndpoint> lean,
      List<ElEndpoint> el,
      List<ServiceEndpoint> services,
      Instant stoppedAt) {
    return new DevnetRecord(
        name,
        backend,
        createdAt,
        argsFile,
        genesisDir,
        genesisTime,
        handle,
        dashboard,
        lean,
        el,
        services,
        stoppedAt);
  }
}
