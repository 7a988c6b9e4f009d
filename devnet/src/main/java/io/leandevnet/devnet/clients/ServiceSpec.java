package io.leandevnet.devnet.clients;

import io.leandevnet.devnet.config.Resources;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One container of a devnet, described without naming a backend: what a launcher (one class per
 * client) produces from a planned node, and what the Docker and Kubernetes backends map onto a
 * container or a pod. The embedded backend runs the built-in node's {@link #command} in-process.
 *
 * <p>How a backend maps each field (Docker flag / Kubernetes field):
 *
 * <ul>
 *   <li>{@link #name}: container name and DNS name ({@code --name}, {@code --hostname}) / pod and
 *       service name. RFC 1035, e.g. {@code lean-zeam-0}.
 *   <li>{@link #image}: the image reference, pulled or already present.
 *   <li>{@link #entrypoint}: empty keeps the image's ENTRYPOINT; otherwise replaces it ({@code
 *       --entrypoint} takes the first element, the rest go before {@link #command}) / {@code
 *       command:}.
 *   <li>{@link #command}: the arguments after the entrypoint, exactly as listed, no shell ({@code
 *       docker run IMAGE ARGS…}) / {@code args:}.
 *   <li>{@link #env}: environment variables, in this order ({@code -e K=V}) / {@code env:}.
 *   <li>{@link #mounts}: directories the backend provides at a path inside the container; see
 *       {@link Mount} and {@link Volume} for what each source is ({@code -v host:target[:ro]}) /
 *       volumes.
 *   <li>{@link #files}: small files the launcher generated (e.g. peam's {@code peam.conf}); the
 *       backend makes each exist at its path before the entrypoint runs (Docker: written into the
 *       mounted directory that contains the path, or copied in; Kubernetes: a ConfigMap key).
 *   <li>{@link #ports}: the ports the service listens on, by logical name; the number is the one
 *       inside the container's network namespace. The backend publishes them as its layout says
 *       ({@code io.leandevnet.devnet.plan.Addresses}).
 *   <li>{@link #security}: {@link SecurityOption}s ({@code --security-opt}) / {@code
 *       securityContext}.
 *   <li>{@link #user}: {@code uid[:gid]} or a name to run as; empty keeps the image's user.
 *   <li>{@link #resources}: CPU (millicores) and memory (MB) requests and limits from {@code
 *       cl_min_cpu} … {@code cl_max_mem}, 0 meaning unset ({@code --cpus}, {@code --memory}, {@code
 *       --memory-reservation}, {@code --cpu-shares}) / {@code resources:}.
 *   <li>{@link #labels}: {@link #LABEL_DEVNET}, {@link #LABEL_NODE}, {@link #LABEL_CLIENT}, {@link
 *       #LABEL_ROLE} on every service, so that {@code down} and a reaper find everything of a
 *       devnet ({@code --label}) / metadata labels.
 * </ul>
 *
 * <p>Every list and map is immutable and in a fixed order, so the same plan always gives the same
 * spec (the golden tests rely on it).
 */
public record ServiceSpec(
    String name,
    String image,
    List<String> entrypoint,
    List<String> command,
    Map<String, String> env,
    List<Mount> mounts,
    List<GeneratedFile> files,
    List<ServicePort> ports,
    List<SecurityOption> security,
    Optional<String> user,
    Resources resources,
    Map<String, String> labels) {

  /** Label naming the devnet a service belongs to; its value is the devnet name. */
  public static final String LABEL_DEVNET = "io.lean-devnet.devnet";

  /** Label naming the node ({@code zeam_0}) or the service ({@code lean-prometheus}). */
  public static final String LABEL_NODE = "io.lean-devnet.node";

  /** Label naming the client ({@code zeam}, {@code geth}, {@code prometheus}). */
  public static final String LABEL_CLIENT = "io.lean-devnet.client";

  /** Label naming the service's role; values in {@link Role}. */
  public static final String LABEL_ROLE = "io.lean-devnet.role";

  public ServiceSpec {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(image, "image");
    entrypoint = List.copyOf(entrypoint);
    command = List.copyOf(command);
    env = ordered(env);
    mounts = List.copyOf(mounts);
    files = List.copyOf(files);
    ports = List.copyOf(ports);
    security = List.copyOf(security);
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(resources, "resources");
    labels = ordered(labels);
    List<String> portNames = ports.stream().map(ServicePort::name).toList();
    if (portNames.stream().distinct().count() != portNames.size()) {
      throw new IllegalArgumentException(name + ": port names must be unique: " + portNames);
    }
  }

  /** A new builder for the service {@code name} running {@code image}. */
  public static Builder builder(String name, String image) {
    return new Builder(name, image);
  }

  /** The port named {@code name}, e.g. {@code quic}. */
  public Optional<ServicePort> port(String portName) {
    return ports.stream().filter(p -> p.name().equals(portName)).findFirst();
  }

  /** The mount of {@code volume}, if the service has one. */
  public Optional<Mount> mount(Volume volume) {
    return mounts.stream().filter(m -> m.source() == volume).findFirst();
  }

  /** The entrypoint (when set) followed by the command: the process's whole argument vector. */
  public List<String> argv() {
    List<String> all = new ArrayList<>(entrypoint);
    all.addAll(command);
    return List.copyOf(all);
  }

  private static Map<String, String> ordered(Map<String, String> map) {
    return Collections.unmodifiableMap(new LinkedHashMap<>(map));
  }

  /** The roles {@link #LABEL_ROLE} takes. */
  public enum Role {
    /** A Lean consensus node. */
    CONSENSUS,
    /** An execution client paired with a Lean node. */
    EXECUTION,
    /** Prometheus, Grafana, the dashboard. */
    OBSERVABILITY;

    /** The label value: the lower-case name. */
    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** Builds a {@link ServiceSpec} step by step; launchers use it, backends never need it. */
  public static final class Builder {
    private final String name;
    private String image;
    private final List<String> entrypoint = new ArrayList<>();
    private final List<String> command = new ArrayList<>();
    private final Map<String, String> env = new LinkedHashMap<>();
    private final List<Mount> mounts = new ArrayList<>();
    private final List<GeneratedFile> files = new ArrayList<>();
    private final List<ServicePort> ports = new ArrayList<>();
    private final List<SecurityOption> security = new ArrayList<>();
    private Optional<String> user = Optional.empty();
    private Resources resources = Resources.NONE;
    private final Map<String, String> labels = new LinkedHashMap<>();

    private Builder(String name, String image) {
      this.name = Objects.requireNonNull(name, "name");
      this.image = Objects.requireNonNull(image, "image");
    }

    public Builder image(String value) {
      this.image = Objects.requireNonNull(value, "image");
      return this;
    }

    public Builder entrypoint(String... argv) {
      entrypoint.clear();
      entrypoint.addAll(List.of(argv));
      return this;
    }

    /** Appends arguments. */
    public Builder args(String... args) {
      command.addAll(List.of(args));
      return this;
    }

    /** Appends arguments. */
    public Builder args(List<String> args) {
      command.addAll(args);
      return this;
    }

    /** Appends {@code flag value} (two arguments). */
    public Builder flag(String flag, Object value) {
      command.add(flag);
      command.add(String.valueOf(value));
      return this;
    }

    /** Appends {@code flag} when {@code on}. */
    public Builder flagIf(boolean on, String flag) {
      if (on) {
        command.add(flag);
      }
      return this;
    }

    /** Sets {@code name=value}, replacing an earlier value. */
    public Builder env(String variable, String value) {
      env.put(variable, value);
      return this;
    }

    /** Sets every entry of {@code variables}, replacing earlier values. */
    public Builder env(Map<String, String> variables) {
      env.putAll(variables);
      return this;
    }

    public Builder mount(Mount mount) {
      mounts.add(mount);
      return this;
    }

    /** Drops the mounts of {@code volume}: for a client that never writes to it. */
    public Builder withoutMount(Volume volume) {
      mounts.removeIf(m -> m.source() == volume);
      return this;
    }

    public Builder file(GeneratedFile file) {
      files.add(file);
      return this;
    }

    public Builder port(ServicePort port) {
      ports.add(port);
      return this;
    }

    /** Drops the port named {@code name}: for a client that cannot be told to open it. */
    public Builder withoutPort(String name) {
      ports.removeIf(p -> p.name().equals(name));
      return this;
    }

    public Builder security(SecurityOption option) {
      security.add(option);
      return this;
    }

    public Builder user(String value) {
      user = Optional.of(value);
      return this;
    }

    public Builder resources(Resources value) {
      resources = Objects.requireNonNull(value, "resources");
      return this;
    }

    public Builder label(String key, String value) {
      labels.put(key, value);
      return this;
    }

    /**
     * The four labels every service carries: {@link #LABEL_DEVNET} {@code devnet}, {@link
     * #LABEL_NODE} {@code node}, {@link #LABEL_CLIENT} {@code client}, {@link #LABEL_ROLE} {@code
     * role}.
     */
    public Builder labels(String devnet, String node, String client, Role role) {
      return label(LABEL_DEVNET, devnet)
          .label(LABEL_NODE, node)
          .label(LABEL_CLIENT, client)
          .label(LABEL_ROLE, role.label());
    }

    public ServiceSpec build() {
      return new ServiceSpec(
          name,
          image,
          entrypoint,
          command,
          env,
          mounts,
          files,
          ports,
          security,
          user,
          resources,
          labels);
    }
  }
}
