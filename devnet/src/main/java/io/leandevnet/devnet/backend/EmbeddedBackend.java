package io.leandevnet.devnet.backend;

import io.leandevnet.devnet.clients.HostArch;
import io.leandevnet.devnet.clients.LaunchContext;
import io.leandevnet.devnet.clients.ServiceSpec;
import io.leandevnet.devnet.clients.lean.Builtin;
import io.leandevnet.devnet.clients.lean.LeanLaunchers;
import io.leandevnet.devnet.config.LeanClient;
import io.leandevnet.devnet.files.DirectoryTree;
import io.leandevnet.devnet.genesis.GenesisBundle;
import io.leandevnet.devnet.plan.Addresses;
import io.leandevnet.devnet.plan.AuxService;
import io.leandevnet.devnet.plan.DevnetPlan;
import io.leandevnet.devnet.plan.ElNode;
import io.leandevnet.devnet.plan.Endpoint;
import io.leandevnet.devnet.plan.LeanNode;
import io.leandevnet.devnet.registry.BackendHandle;
import io.leandevnet.devnet.registry.DevnetRecord;
import io.leandevnet.devnet.registry.DevnetRegistry;
import io.leandevnet.node.BuiltinNode;
import io.leandevnet.node.NodeOptions;
import io.leandevnet.node.config.NodeConfig;
import io.leandevnet.node.net.MeshDescriptors;
import io.leandevnet.node.runtime.SignatureCache;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;

/**
 * Runs every node inside this JVM as a {@link BuiltinNode} on 127.0.0.1, each with its own ports:
 * nothing to install, but only {@code builtin} nodes, and the devnet lives as long as the process
 * that started it.
 */
public final class EmbeddedBackend implements Backend {

  private final OptionalLong descriptorLimit;

  /** An embedded backend that checks the plan against this process' file-descriptor limit. */
  public EmbeddedBackend() {
    this(MeshDescriptors.processLimit());
  }

  /** An embedded backend that checks the plan against {@code descriptorLimit} (tests). */
  EmbeddedBackend(OptionalLong descriptorLimit) {
    this.descriptorLimit = descriptorLimit;
  }

  @Override
  public String name() {
    return BackendKind.EMBEDDED.key();
  }

  @Override
  public List<String> unsupported(DevnetPlan plan) {
    List<String> problems = new ArrayList<>();
    for (LeanNode n : plan.leanNodes()) {
      if (n.client() != LeanClient.BUILTIN) {
        problems.add(
            "participants["
                + n.participantIndex()
                + "] ("
                + n.name()
                + "): cl_type "
                + n.client().key()
                + " runs from its image "
                + LeanLaunchers.of(n.client()).image(n, plan.network().devnet(), HostArch.current())
                + ", which the embedded backend cannot start; the docker"
                + " backend runs it (--backend docker), or use cl_type: builtin");
      }
    }
    for (ElNode e : plan.elNodes()) {
      problems.add(
          e.serviceName()
              + ": execution clients run from images, which the embedded backend cannot"
              + " start; the docker backend runs them (--backend docker)");
    }
    return problems;
  }

  @Override
  public Addresses addresses(DevnetPlan plan) {
    return Addresses.local(plan);
  }

  @Override
  public List<String> preflight(DevnetPlan plan, Addresses addresses, PrintStream progress) {
    List<String> problems = new ArrayList<>();
    MeshDescriptors.problem(plan.leanNodes().size(), descriptorLimit).ifPresent(problems::add);
    for (LeanNode n : plan.leanNodes()) {
      Endpoint e = addresses.of(n);
      for (String port : List.of(LeanNode.QUIC, LeanNode.API, LeanNode.METRICS)) {
        if (!PortProbe.free(e.ip(), e.port(port))) {
          problems.add(
              e.ip()
                  + ":"
                  + e.port(port)
                  + " ("
                  + n.name()
                  + " "
                  + port
                  + " port) is in use: stop what"
                  + " listens there (another devnet? `lean-devnet ls`), or set lean_network_params.public_port_start"
                  + " to a free range");
        }
      }
    }
    return problems;
  }

  @Override
  public Deployment deploy(DeployRequest request) throws IOException {
    DevnetPlan plan = request.plan();
    Addresses addresses = request.addresses();
    GenesisBundle bundle = request.bundle();
    Path devnetDir = request.devnetDir();
    PrintStream progress = request.progress();
    Path logs = Files.createDirectories(devnetDir.resolve("logs"));
    Path data = devnetDir.resolve("data");
    DirectoryTree.delete(data); // a new genesis: no node may keep an old chain
    Files.createDirectories(data);
    List<BuiltinNode> started = new ArrayList<>();
    // One cache of valid signatures for all nodes of this devnet: every node receives every vote
    // aggregate and block, and each XMSS signature is then verified once per process.
    SignatureCache verified = SignatureCache.forOneProcess();
    List<PrintStream> logStreams = new ArrayList<>();
    Map<String, Path> logFiles = new HashMap<>();
    LaunchContext context =
        new LaunchContext(
            request.name(),
            plan,
            addresses,
            new LaunchContext.Host(bundle.dir(), data),
            bundle.genesisTime(),
            HostArch.current());
    try {
      for (LeanNode n : plan.leanNodes()) {
        Endpoint at = addresses.of(n);
        Path log = logs.resolve(n.name() + ".log");
        PrintStream out = new PrintStream(Files.newOutputStream(log), true, StandardCharsets.UTF_8);
        logStreams.add(out);
        Files.createDirectories(data.resolve(n.name()));
        NodeConfig config = inProcess(LeanLaunchers.spec(n, context));
        started.add(BuiltinNode.start(config, InstantSource.system(), out, verified));
        Endpoint host = addresses.fromHost(n);
        logFiles.put(n.serviceName(), log);
        progress.println(
            "  started "
                + n.name()
                + " (p2p "
                + at.ip()
                + ":"
                + at.port(LeanNode.QUIC)
                + ", api "
                + host.httpUrl(LeanNode.API)
                + ", log "
                + log
                + ")");
      }
    } catch (IOException | RuntimeException e) {
      closeAll(started, logStreams);
      throw e;
    }
    return new EmbeddedDeployment(
        plan.leanNodes().stream().map(LeanNode::name).toList(),
        List.copyOf(started),
        List.copyOf(logStreams),
        Map.copyOf(logFiles));
  }

  /**
   * The node the built-in launcher's command line describes ({@code node --genesis …}), parsed by
   * the {@code node} command's own parser: a node started here reads exactly the arguments a
   * container would get.
   */
  static NodeConfig inProcess(ServiceSpec spec) {
    List<String> argv = spec.argv();
    if (argv.isEmpty() || !argv.getFirst().equals(Builtin.SUBCOMMAND)) {
      throw new IllegalArgumentException(
          spec.name() + " is not a built-in node's command line: " + argv);
    }
    return NodeOptions.parse(argv.subList(1, argv.size())).toConfig();
  }

  @Override
  public RunState state(DevnetRecord record) {
    if (record.stoppedAt() != null) {
      return RunState.STOPPED;
    }
    if (record.handle() instanceof BackendHandle.OwnerProcess(long pid)) {
      return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)
          ? RunState.RUNNING
          : RunState.GONE;
    }
    return RunState.RUNNING; // a record with no owner process: only its endpoints tell
  }

  @Override
  public void logs(DevnetRecord record, String service, boolean follow, int tail, PrintStream out)
      throws IOException, InterruptedException {
    Path log =
        record.lean().stream()
            .filter(l -> l.service().equals(service))
            .map(DevnetRecord.LeanEndpoint::log)
            .filter(Objects::nonNull)
            .findFirst()
            .orElseThrow(() -> new IllegalArgumentException("no log file for " + service));
    new LogFile(log).print(follow, tail, out);
  }

  @Override
  public int gc(DevnetRegistry registry, PrintStream progress) {
    return 0; // its nodes die with their process; the directories they leave are the registry's
  }

  @Override
  public void destroy(DevnetRecord record, PrintStream progress) {
    if (!(record.handle() instanceof BackendHandle.OwnerProcess(long pid))
        || record.stoppedAt() != null
        || pid == ProcessHandle.current().pid()) {
      return; // already stopped, or it is this process (which stops its own nodes)
    }
    ProcessHandle.of(pid)
        .filter(ProcessHandle::isAlive)
        .ifPresent(
            owner -> {
              progress.println(
                  "stopping process " + owner.pid() + " that runs " + record.name() + "...");
              owner.destroy();
              try {
                owner.onExit().get(Duration.ofSeconds(30).toMillis(), TimeUnit.MILLISECONDS);
              } catch (Exception e) {
                progress.println("it did not stop within 30 s; killing it");
                owner.destroyForcibly();
              }
            });
  }

  private static void closeAll(List<BuiltinNode> nodes, List<PrintStream> logs) {
    for (BuiltinNode n : nodes.reversed()) {
      try {
        n.close();
      } catch (RuntimeException e) {
        // keep closing the others
      }
    }
    logs.forEach(PrintStream::close);
  }

  private record EmbeddedDeployment(
      List<String> names, List<BuiltinNode> nodes, List<PrintStream> logs, Map<String, Path> files)
      implements Deployment {

    @Override
    public BackendHandle handle() {
      return new BackendHandle.OwnerProcess(ProcessHandle.current().pid());
    }

    @Override
    public List<AuxService> helpers() {
      return List.of();
    }

    @Override
    public Path logFile(String service) {
      return files.get(service);
    }

    @Override
    public boolean inProcess() {
      return true;
    }

    @Override
    public void stopNode(String node) {
      for (int i = 0; i < names.size(); i++) {
        if (names.get(i).equals(node)) {
          nodes.get(i).close();
          return;
        }
      }
      throw new IllegalArgumentException("no node " + node);
    }

    @Override
    public void close() {
      closeAll(nodes, logs);
    }
  }
}
