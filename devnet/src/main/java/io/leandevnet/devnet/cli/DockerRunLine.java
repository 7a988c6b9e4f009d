package io.leandevnet.devnet.cli;

import io.leandevnet.devnet.clients.GeneratedFile;
import io.leandevnet.devnet.clients.Mount;
import io.leandevnet.devnet.clients.SecurityOption;
import io.leandevnet.devnet.clients.ServicePort;
import io.leandevnet.devnet.clients.ServiceSpec;
import io.leandevnet.devnet.config.Resources;
import io.leandevnet.devnet.plan.Endpoint;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A {@link ServiceSpec} written as the {@code docker run} command that starts it, one line a user
 * can paste into a POSIX shell: what {@code up --dry-run} prints and what the launchers' golden
 * files hold.
 *
 * <pre>
 * docker run -d --name S --hostname S --network NET --ip IP [--label K=V]… [--security-opt O]…
 *   [--user U] [--cpus C] [--cpu-shares W] [--memory M] [--memory-reservation R]
 *   [-p 127.0.0.1:HOST:PORT/PROTO]… [-v SRC:TARGET[:ro]]… [-e K=V]… [--entrypoint E] IMAGE ARGS…
 * </pre>
 *
 * @param network the Docker network's name
 * @param dirs where each volume lives on the host
 */
public record DockerRunLine(String network, HostDirs dirs) {

  private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9_@%+=:,./-]+");

  /**
   * The host directories behind the {@link io.leandevnet.devnet.clients.Volume}s: the genesis
   * bundle, {@code dataRoot/<owner>} per service, {@code configRoot/<owner>} per service, and
   * {@code filesRoot/<service>/<file>} for generated files.
   */
  public record HostDirs(Path genesis, Path dataRoot, Path configRoot, Path filesRoot) {}

  /**
   * The line for {@code spec}, at {@code inside} on the network, with its ports published as {@code
   * host} says (only where the host reaches it elsewhere than at the container's address).
   */
  public String render(ServiceSpec spec, Endpoint inside, Endpoint host) {
    List<String> argv = new ArrayList<>(List.of("docker", "run", "-d"));
    argv.addAll(List.of("--name", spec.name(), "--hostname", spec.name()));
    argv.addAll(List.of("--network", network, "--ip", inside.ip()));
    spec.labels().forEach((k, v) -> argv.addAll(List.of("--label", k + "=" + v)));
    for (SecurityOption o : spec.security()) {
      argv.addAll(List.of("--security-opt", o.dockerValue()));
    }
    spec.user().ifPresent(u -> argv.addAll(List.of("--user", u)));
    resources(spec.resources(), argv);
    if (!host.equals(inside)) {
      for (ServicePort p : spec.ports()) {
        if (host.ports().containsKey(p.name())) {
          argv.addAll(
              List.of(
                  "-p",
                  host.ip()
                      + ":"
                      + host.port(p.name())
                      + ":"
                      + p.number()
                      + "/"
                      + p.protocol().name().toLowerCase(Locale.ROOT)));
        }
      }
    }
    for (Mount m : spec.mounts()) {
      Path source =
          switch (m.source()) {
            case GENESIS -> dirs.genesis();
            case DATA -> dirs.dataRoot().resolve(owner(spec));
            case CONFIG -> config(spec);
          };
      argv.addAll(List.of("-v", source + ":" + m.target() + (m.readOnly() ? ":ro" : "")));
    }
    for (GeneratedFile f : spec.files()) {
      argv.addAll(List.of("-v", file(spec, f) + ":" + f.path() + ":ro"));
    }
    for (Map.Entry<String, String> e : spec.env().entrySet()) {
      argv.addAll(List.of("-e", e.getKey() + "=" + e.getValue()));
    }
    List<String> command = new ArrayList<>(spec.command());
    if (!spec.entrypoint().isEmpty()) {
      argv.addAll(List.of("--entrypoint", spec.entrypoint().getFirst()));
      command.addAll(0, spec.entrypoint().subList(1, spec.entrypoint().size()));
    }
    argv.add(spec.image());
    argv.addAll(command);
    return shellLine(argv);
  }

  /** The host directory behind {@code spec}'s CONFIG mounts. */
  public Path config(ServiceSpec spec) {
    return dirs.configRoot().resolve(owner(spec));
  }

  /** The node (or service) a spec's directories are named after. */
  private static String owner(ServiceSpec spec) {
    return spec.labels().getOrDefault(ServiceSpec.LABEL_NODE, spec.name());
  }

  /** Where the generated file {@code f} of {@code spec} is kept on the host. */
  public Path file(ServiceSpec spec, GeneratedFile f) {
    return dirs.filesRoot().resolve(spec.name()).resolve(f.fileName());
  }

  /** {@code argv} as one POSIX shell line, each word quoted where it needs to be. */
  public static String shellLine(List<String> argv) {
    return String.join(" ", argv.stream().map(DockerRunLine::quote).toList());
  }

  static String quote(String word) {
    if (SAFE.matcher(word).matches()) {
      return word;
    }
    return "'" + word.replace("'", "'\\''") + "'";
  }

  private static void resources(Resources r, List<String> argv) {
    if (r.maxCpu() > 0) {
      argv.addAll(List.of("--cpus", cores(r.maxCpu())));
    }
    if (r.minCpu() > 0) {
      argv.addAll(List.of("--cpu-shares", String.valueOf(Math.max(2, r.minCpu() * 1024 / 1000))));
    }
    if (r.maxMem() > 0) {
      argv.addAll(List.of("--memory", r.maxMem() + "m"));
    }
    if (r.minMem() > 0) {
      argv.addAll(List.of("--memory-reservation", r.minMem() + "m"));
    }
  }

  /** Millicores as Docker's decimal cores: 1500 gives {@code 1.5}. */
  private static String cores(int millicores) {
    return BigDecimal.valueOf(millicores, 3).stripTrailingZeros().toPlainString();
  }
}
