package io.leandevnet.devnet.launch;

import io.leandevnet.devnet.backend.Readiness;
import io.leandevnet.devnet.backend.ServiceReadiness;
import io.leandevnet.devnet.backend.docker.DockerBackend;
import io.leandevnet.devnet.backend.kubernetes.ServiceSource;
import io.leandevnet.devnet.clients.HostArch;
import io.leandevnet.devnet.clients.LaunchContext;
import io.leandevnet.devnet.clients.ServiceSpec;
import io.leandevnet.devnet.clients.execution.ElLaunchers;
import io.leandevnet.devnet.clients.lean.LeanLaunchers;
import io.leandevnet.devnet.files.DirectoryTree;
import io.leandevnet.devnet.metrics.MetricsOptions;
import io.leandevnet.devnet.metrics.MetricsServices;
import io.leandevnet.devnet.plan.AuxService;
import io.leandevnet.devnet.plan.DevnetPlan;
import io.leandevnet.devnet.plan.ElNode;
import io.leandevnet.devnet.plan.LeanNode;
import io.leandevnet.devnet.plan.Service;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The services of a devnet as the launchers describe them, for the Kubernetes backend (and for the
 * Docker backend its nodes' specs, images and readiness; it makes Prometheus' and Grafana's
 * containers itself): each Lean node's and execution node's {@link ServiceSpec} from its client's
 * launcher, Prometheus and Grafana from {@link MetricsServices} with their files from the same
 * writer the Docker backend uses ({@link MetricsServices#writeConfig}), and every service's
 * readiness from {@link ServiceReadiness}. Grafana's admin password is drawn once per instance (one
 * {@code up}).
 */
public final class LauncherServices implements ServiceSource, DockerBackend.SpecSource {

  private final MetricsOptions metrics;
  private final String grafanaPassword;

  public LauncherServices(MetricsOptions metrics) {
    this.metrics = metrics;
    this.grafanaPassword = MetricsServices.adminPassword();
  }

  @Override
  public ServiceSpec spec(Service service, LaunchContext context) {
    return switch (service) {
      case LeanNode n -> LeanLaunchers.spec(n, context);
      case ElNode e -> ElLaunchers.spec(e, context);
      case AuxService a ->
          MetricsServices.spec(context.devnet(), a, metrics.image(a), grafanaPassword);
    };
  }

  @Override
  public String image(Service service, DevnetPlan plan) {
    return switch (service) {
      case LeanNode n ->
          LeanLaunchers.of(n.client()).image(n, plan.network().devnet(), HostArch.current());
      case ElNode e -> e.image();
      case AuxService a -> metrics.image(a);
    };
  }

  @Override
  public Readiness readiness(Service service) {
    return ServiceReadiness.of(service);
  }

  /**
   * What {@link MetricsServices#writeConfig} writes for {@code helper} (Prometheus' scrape
   * configuration, Grafana's provisioning tree), read back from a temporary directory.
   */
  @Override
  public Map<String, String> configFiles(AuxService helper, LaunchContext context) {
    Path dir = null;
    try {
      dir = Files.createTempDirectory("lean-devnet-" + helper.serviceName() + "-");
      MetricsServices.writeConfig(
          dir,
          helper,
          context.devnet(),
          context.plan(),
          context.addresses(),
          metrics.grafanaDashboards());
      return read(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      if (dir != null) {
        try {
          DirectoryTree.delete(dir);
        } catch (IOException e) {
          // a temporary directory; the system cleans it eventually
        }
      }
    }
  }

  /** Every regular file below {@code dir}, by its {@code /}-separated relative path. */
  private static Map<String, String> read(Path dir) throws IOException {
    Map<String, String> files = new LinkedHashMap<>();
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path f : all.filter(Files::isRegularFile).sorted().toList()) {
        files.put(
            dir.relativize(f).toString().replace('\\', '/'),
            Files.readString(f, StandardCharsets.UTF_8));
      }
    }
    return files;
  }

  @Override
  public Set<String> secretEnv(Service service) {
    return service instanceof AuxService a && a.kind() == AuxService.GRAFANA.kind()
        ? Set.of(MetricsServices.GRAFANA_PASSWORD_ENV)
        : Set.of();
  }

  @Override
  public String started(AuxService helper) {
    return helper.kind() == AuxService.GRAFANA.kind()
        ? "grafana: user admin, password "
            + grafanaPassword
            + " (printed only now); anonymous users may view"
        : "";
  }
}
