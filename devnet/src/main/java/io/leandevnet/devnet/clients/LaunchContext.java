package io.leandevnet.devnet.clients;

import io.leandevnet.consensus.genesis.BundleLayout;
import io.leandevnet.devnet.plan.Addresses;
import io.leandevnet.devnet.plan.DevnetPlan;
import io.leandevnet.devnet.plan.Endpoint;
import io.leandevnet.devnet.plan.Service;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Everything a launcher may read besides the planned service itself. A launcher is a pure function
 * of its service and this context: the same context always gives the same {@link ServiceSpec}.
 *
 * @param devnet the devnet's name (the {@link ServiceSpec#LABEL_DEVNET} label)
 * @param plan the whole plan: network parameters, devnet profile, the other services
 * @param addresses where every service listens; a launcher binds its service to {@code
 *     addresses.of(service)}'s ports (the same logical numbers in every container on Docker and
 *     Kubernetes, distinct numbers on the embedded backend's shared loopback)
 * @param filesystem where the genesis bundle and the data directory are, as the service sees them
 * @param genesisTime GENESIS_TIME in Unix seconds (peam writes it into its config file)
 * @param arch the architecture images are chosen for
 */
public record LaunchContext(
    String devnet,
    DevnetPlan plan,
    Addresses addresses,
    Filesystem filesystem,
    long genesisTime,
    HostArch arch) {

  public LaunchContext {
    Objects.requireNonNull(devnet, "devnet");
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(addresses, "addresses");
    Objects.requireNonNull(filesystem, "filesystem");
    Objects.requireNonNull(arch, "arch");
  }

  /** Where {@code service} listens, as other services reach it. */
  public Endpoint at(Service service) {
    return addresses.of(service);
  }

  /**
   * The start of a node's spec, {@code serviceName} on {@code image}: its {@linkplain
   * ServiceSpec.Builder#labels labels} ({@code node} names it, {@code client} runs it in {@code
   * role}), the genesis bundle mounted read-only and {@code node}'s data directory, both where
   * {@link #filesystem} places them.
   */
  public ServiceSpec.Builder nodeSpec(
      String serviceName, String image, String node, String client, ServiceSpec.Role role) {
    return ServiceSpec.builder(serviceName, image)
        .labels(devnet, node, client, role)
        .mount(Mount.genesis(filesystem.genesisDir()))
        .mount(Mount.data(filesystem.dataDir(node)));
  }

  /** The genesis bundle's files as the service sees them. */
  public BundleLayout genesis() {
    return BundleLayout.at(Path.of(filesystem.genesisDir()));
  }

  /**
   * Where the service sees the genesis bundle and its own data directory: inside a container, or on
   * the host (the embedded backend, which runs the built-in node's command line in-process).
   */
  public sealed interface Filesystem permits Container, Host {

    /** The genesis bundle directory, e.g. {@code /config}. */
    String genesisDir();

    /** The data directory of the service whose node or service name is {@code owner}. */
    String dataDir(String owner);
  }

  /**
   * Container paths, lean-quickstart's: the bundle at {@link #GENESIS_DIR}, the service's own data
   * directory at {@link #DATA_DIR}.
   */
  public record Container() implements Filesystem {

    /** Where every container sees the genesis bundle (read-only). */
    public static final String GENESIS_DIR = "/config";

    /** Where every container sees its own data directory. */
    public static final String DATA_DIR = "/data";

    @Override
    public String genesisDir() {
      return GENESIS_DIR;
    }

    @Override
    public String dataDir(String owner) {
      return DATA_DIR;
    }
  }

  /**
   * Host paths: the bundle at {@code genesis}, each service's data under {@code dataRoot/<owner>}.
   */
  public record Host(Path genesis, Path dataRoot) implements Filesystem {

    public Host {
      Objects.requireNonNull(genesis, "genesis");
      Objects.requireNonNull(dataRoot, "dataRoot");
    }

    @Override
    public String genesisDir() {
      return genesis.toString();
    }

    @Override
    public String dataDir(String owner) {
      return dataRoot.resolve(owner).toString();
    }
  }
}
