package io.leandevnet.devnet.backend.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.CreateContainerCmd;
import com.github.dockerjava.api.exception.DockerException;
import com.github.dockerjava.api.model.Bind;
import com.github.dockerjava.api.model.ExposedPort;
import com.github.dockerjava.api.model.HostConfig;
import com.github.dockerjava.api.model.InternetProtocol;
import com.github.dockerjava.api.model.LogConfig;
import com.github.dockerjava.api.model.Ports;
import com.github.dockerjava.api.model.RestartPolicy;
import io.leandevnet.devnet.clients.GeneratedFile;
import io.leandevnet.devnet.clients.Mount;
import io.leandevnet.devnet.clients.ServicePort;
import io.leandevnet.devnet.clients.ServiceSpec;
import io.leandevnet.devnet.clients.Volume;
import io.leandevnet.devnet.config.Resources;
import io.leandevnet.devnet.plan.Endpoint;
import io.leandevnet.devnet.plan.Protocol;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a {@link ServiceSpec} into a container on the devnet's network: its fixed IP and DNS name,
 * its ports published on the host, its mounts as host directories under the devnet's directory, its
 * resource limits, restart policy none, and the devnet's labels.
 */
final class Containers {

  /** How a spec's mounts map to host directories. */
  record HostDirs(Path genesis, Path data, Path config) {}

  private Containers() {}

  /** The container name of {@code service} in {@code devnet}: unique on the engine. */
  static String name(String devnet, String service) {
    return devnet + "_" + service;
  }

  /** The owner of a spec's data directory: the node name for nodes, else the service name. */
  static String owner(ServiceSpec spec) {
    return spec.labels().getOrDefault(ServiceSpec.LABEL_NODE, spec.name());
  }

  /** The host directories of {@code spec}'s mounts under {@code devnetDir}. */
  static HostDirs hostDirs(Path devnetDir, Path genesisDir, ServiceSpec spec) {
    return new HostDirs(
        genesisDir,
        devnetDir.resolve("data").resolve(owner(spec)),
        devnetDir.resolve("config").resolve(spec.name()));
  }

  /**
   * Creates (does not start) {@code spec}'s container.
   *
   * @param ip its address on {@code network}
   * @param published the host address and port of each of its ports to publish (names of {@code
   *     spec}'s ports; those missing are not published)
   * @param home the registry's home directory (a label, for {@code gc})
   * @return the container id
   */
  static String create(
      DockerClient api,
      String devnet,
      ServiceSpec spec,
      String network,
      String ip,
      Endpoint published,
      String publishAddress,
      HostDirs dirs,
      Path home)
      throws IOException {
    List<Bind> binds = new ArrayList<>();
    for (Mount m : spec.mounts()) {
      Path host =
          switch (m.source()) {
            case GENESIS -> dirs.genesis();
            case DATA -> dirs.data();
            case CONFIG -> dirs.config();
          };
      Files.createDirectories(host);
      if (!m.readOnly()) {
        // images often run as a user of their own: let it write its data directory
        host.toFile().setWritable(true, false);
        host.toFile().setExecutable(true, false);
      }
      binds.add(
          Bind.parse(
              host.toAbsolutePath() + ":" + m.target() + ":" + (m.readOnly() ? "ro" : "rw")));
    }
    for (GeneratedFile f : spec.files()) {
      writeIntoMount(spec, f, dirs);
    }
    List<ExposedPort> exposed = new ArrayList<>();
    Ports bindings = new Ports();
    for (ServicePort p : spec.ports()) {
      ExposedPort e =
          new ExposedPort(
              p.number(),
              p.protocol() == Protocol.UDP ? InternetProtocol.UDP : InternetProtocol.TCP);
      exposed.add(e);
      Integer hostPort = published.ports().get(p.name());
      if (hostPort != null) {
        bindings.bind(e, Ports.Binding.bindIpAndPort(publishAddress, hostPort));
      }
    }
    Map<String, String> labels = new LinkedHashMap<>(spec.labels());
    labels.putAll(DevnetLabels.of(devnet, spec.name(), role(spec), home));
    HostConfig host =
        HostConfig.newHostConfig()
            .withNetworkMode(network)
            .withBinds(binds)
            .withPortBindings(bindings)
            .withRestartPolicy(RestartPolicy.noRestart())
            .withSecurityOpts(spec.security().stream().map(s -> s.dockerValue()).toList())
            .withLogConfig(
                new LogConfig(LogConfig.LoggingType.JSON_FILE, Map.of("max-size", "50m")));
    limit(host, spec.resources());
    CreateContainerCmd cmd =
        api.createContainerCmd(spec.image())
            .withName(name(devnet, spec.name()))
            .withHostName(spec.name())
            .withLabels(labels)
            .withEnv(
                spec.env().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList())
            .withCmd(spec.command())
            .withExposedPorts(exposed)
            .withIpv4Address(ip)
            .withAliases(spec.name())
            .withHostConfig(host);
    if (!spec.entrypoint().isEmpty()) {
      cmd = cmd.withEntrypoint(spec.entrypoint());
    }
    if (spec.user().isPresent()) {
      cmd = cmd.withUser(spec.user().get());
    }
    try {
      return cmd.exec().getId();
    } catch (DockerException e) {
      throw new IOException(
          "cannot create the container of " + spec.name() + ": " + DockerErrors.message(e), e);
    }
  }

  private static String role(ServiceSpec spec) {
    return spec.labels().getOrDefault(ServiceSpec.LABEL_ROLE, "service");
  }

  private static void limit(HostConfig host, Resources r) {
    if (r.maxCpu() > 0) {
      host.withNanoCPUs(r.maxCpu() * 1_000_000L);
    }
    if (r.minCpu() > 0) {
      host.withCpuShares(Math.max(2, r.minCpu() * 1024 / 1000));
    }
    if (r.maxMem() > 0) {
      host.withMemory(r.maxMem() * 1024L * 1024L);
    }
    if (r.minMem() > 0) {
      host.withMemoryReservation(r.minMem() * 1024L * 1024L);
    }
  }

  /** Writes a generated file into the host directory of the mount that holds its path. */
  private static void writeIntoMount(ServiceSpec spec, GeneratedFile f, HostDirs dirs)
      throws IOException {
    for (Mount m : spec.mounts()) {
      String prefix = m.target().endsWith("/") ? m.target() : m.target() + "/";
      if (f.path().startsWith(prefix) && m.source() != Volume.GENESIS) {
        Path base = m.source() == Volume.DATA ? dirs.data() : dirs.config();
        Path target = base.resolve(f.path().substring(prefix.length()));
        Files.createDirectories(target.getParent());
        Files.writeString(target, f.content(), StandardCharsets.UTF_8);
        return;
      }
    }
    throw new IOException(
        spec.name()
            + ": generated file "
            + f.path()
            + " lies under no data or config mount of the service, so the Docker backend has"
            + " nowhere to write it");
  }
}
