package io.leandevnet.devnet.backend.kubernetes;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Which {@code up} made a devnet's objects: its machine, its lean-devnet home and its process id,
 * kept as annotations on the devnet's namespace, Services and pods. A cluster is shared by many
 * machines, so {@code gc} removes only devnets made from its own home on its own machine, and
 * leaves alone one whose {@code up} still runs there (it has no record yet).
 *
 * @param host the machine's host name
 * @param home the lean-devnet home's absolute path
 * @param pid the {@code up}'s process id
 */
public record UpOwner(String host, String home, long pid) {

  /** Annotation: {@code <pid>@<host>}. */
  static final String STARTED_BY = "lean-devnet.io/started-by";

  /** Annotation: the lean-devnet home whose registry records the devnet. */
  static final String HOME = "lean-devnet.io/home";

  public UpOwner {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(home, "home");
  }

  /** This process, starting devnets recorded under {@code home}. */
  public static UpOwner current(Path home) {
    return new UpOwner(
        thisHost(), home.toAbsolutePath().normalize().toString(), ProcessHandle.current().pid());
  }

  /** This machine's host name, as {@link #host} records it. */
  static String thisHost() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      return Optional.ofNullable(System.getenv("HOSTNAME")).orElse("localhost");
    }
  }

  /** The annotations that record this owner. */
  Map<String, String> annotations() {
    Map<String, String> a = new LinkedHashMap<>();
    a.put(STARTED_BY, pid + "@" + host);
    a.put(HOME, home);
    return a;
  }

  /** The owner {@code annotations} record, if they record one. */
  static Optional<UpOwner> of(Map<String, String> annotations) {
    if (annotations == null
        || annotations.get(STARTED_BY) == null
        || annotations.get(HOME) == null) {
      return Optional.empty();
    }
    String startedBy = annotations.get(STARTED_BY);
    int at = startedBy.indexOf('@');
    try {
      return Optional.of(
          new UpOwner(
              startedBy.substring(at + 1),
              annotations.get(HOME),
              Long.parseLong(startedBy.substring(0, Math.max(at, 0)))));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** Whether {@code other} is the same home on the same machine. */
  boolean sameHome(UpOwner other) {
    return host.equals(other.host) && home.equals(other.home);
  }

  /** Whether this owner's {@code up} still runs on this machine and is not this process. */
  boolean stillRunning() {
    return host.equals(thisHost())
        && pid != ProcessHandle.current().pid()
        && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
  }

  /** {@code HOME on HOST} for messages. */
  String describe() {
    return home + " on " + host;
  }
}
