package io.leandevnet.devnet.launch;

import io.leandevnet.devnet.backend.Backend;
import io.leandevnet.devnet.backend.DeployException;
import io.leandevnet.devnet.backend.DeployRequest;
import io.leandevnet.devnet.backend.Deployment;
import io.leandevnet.devnet.backend.Reach;
import io.leandevnet.devnet.clients.HostArch;
import io.leandevnet.devnet.clients.lean.LeanLaunchers;
import io.leandevnet.devnet.config.NetworkParams;
import io.leandevnet.devnet.dashboard.DashboardServer;
import io.leandevnet.devnet.genesis.ConsensusGenesisState;
import io.leandevnet.devnet.genesis.GenesisBundle;
import io.leandevnet.devnet.genesis.GenesisBundleWriter;
import io.leandevnet.devnet.genesis.GenesisException;
import io.leandevnet.devnet.genesis.PlanGenesis;
import io.leandevnet.devnet.genesis.ValidatorConfig;
import io.leandevnet.devnet.genesis.ValidatorConfigYaml;
import io.leandevnet.devnet.genesis.XmssKeySource;
import io.leandevnet.devnet.observe.ElGenesisCheck;
import io.leandevnet.devnet.observe.ElPeering;
import io.leandevnet.devnet.observe.ElTarget;
import io.leandevnet.devnet.plan.Addresses;
import io.leandevnet.devnet.plan.AuxService;
import io.leandevnet.devnet.plan.DevnetPlan;
import io.leandevnet.devnet.plan.ElNode;
import io.leandevnet.devnet.plan.Endpoint;
import io.leandevnet.devnet.plan.LeanNode;
import io.leandevnet.devnet.registry.DevnetRecord;
import io.leandevnet.devnet.registry.DevnetRegistry;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Starting a devnet, the part every front end shares: check the backend can run the plan, place the
 * services, write the genesis (keys first: genesis time counts from when they are ready), deploy,
 * serve the dashboard and record the devnet. What goes wrong before deployment leaves nothing
 * running; a failure after it stops what was started.
 */
public final class Launch {

  /** A started devnet: its record (saved), what runs it, and its dashboard (or null). */
  public record Started(
      DevnetRecord record, Deployment deployment, DashboardServer dashboard, GenesisBundle bundle)
      implements AutoCloseable {

    /** Stops the devnet and the dashboard, and records it as stopped. */
    @Override
    public void close() {
      deployment.close();
      if (dashboard != null) {
        dashboard.close();
      }
    }
  }

  /** Why a launch cannot go on; {@code badInput} when the args file or flags are at fault. */
  public static final class LaunchException extends Exception {
    private static final long serialVersionUID = 1L;
    private final boolean badInput;

    LaunchException(String message, boolean badInput) {
      super(message);
      this.badInput = badInput;
    }

    public boolean badInput() {
      return badInput;
    }
  }

  /**
   * One launch: devnet {@code name} from {@code plan} on {@code backend}, recorded in {@code
   * registry}.
   *
   * @param argsFile recorded for {@code ls} and {@code inspect}
   * @param keys where the XMSS keys come from
   * @param forceKeygen take fresh keys from {@code keys} rather than the previous bundle's
   * @param dashboardPort 0 for a free port, -1 for no dashboard; a backend whose services outlive
   *     this process gets none ({@code lean-devnet dashboard NAME} serves one)
   */
  public record Request(
      String name,
      DevnetPlan plan,
      Backend backend,
      DevnetRegistry registry,
      String argsFile,
      XmssKeySource keys,
      boolean forceKeygen,
      int dashboardPort,
      PrintStream progress) {}

  private Launch() {}

  /** Starts the request's devnet; see {@link Launch}. */
  public static Started start(Request request) throws LaunchException, IOException {
    String name = request.name();
    DevnetPlan plan = request.plan();
    Backend backend = request.backend();
    DevnetRegistry registry = request.registry();
    PrintStream progress = request.progress();
    List<String> unsupported = backend.unsupported(plan);
    if (!unsupported.isEmpty()) {
      throw new LaunchException(
          "the "
              + backend.name()
              + " backend cannot run this devnet:\n  "
              + String.join("\n  ", unsupported),
          true);
    }
    Optional<DevnetRecord> existing = registry.find(name);
    if (existing.isPresent() && Backends.stateOf(existing.get()).live()) {
      throw new LaunchException(
          "devnet "
              + name
              + " is already running on the "
              + existing.get().backend()
              + " backend; stop it with `lean-devnet down "
              + name
              + "`, or pick another --name",
          false);
    }
    Addresses addresses;
    try {
      addresses = backend.addresses(name, plan, progress);
    } catch (IllegalArgumentException e) {
      throw new LaunchException(e.getMessage(), true);
    } catch (IOException e) {
      throw new LaunchException(e.getMessage(), false);
    }
    try {
      return deployAt(request, addresses);
    } catch (LaunchException | IOException | RuntimeException e) {
      backend.release(name, progress);
      throw e;
    }
  }

  /** The rest of {@link #start} once the services are placed: genesis, deploy, record. */
  private static Started deployAt(Request request, Addresses addresses)
      throws LaunchException, IOException {
    String name = request.name();
    DevnetPlan plan = request.plan();
    Backend backend = request.backend();
    DevnetRegistry registry = request.registry();
    PrintStream progress = request.progress();
    List<String> preflight = backend.preflight(plan, addresses, progress);
    if (!preflight.isEmpty()) {
      throw new LaunchException(
          "cannot start " + name + ":\n  " + String.join("\n  ", preflight), false);
    }

    NetworkParams network = plan.network();
    Path dir = registry.dir(name);
    registry.markStarting(name);
    Path genesisDir = dir.resolve("genesis");
    SecureRandom random = new SecureRandom();
    ValidatorConfig config =
        PlanGenesis.validatorConfig(plan, addresses, backend.name(), genesisDir, random);
    GenesisBundleWriter writer =
        new GenesisBundleWriter(
            request.keys(), Optional.of(new ConsensusGenesisState()), random, Clock.systemUTC());
    GenesisBundle bundle;
    try {
      // The writer asks for keys before it fixes anything else, but genesis time must count from
      // when the keys are ready: fetch them into the cache first (cheap the second time).
      long genesisTime = PlanGenesis.genesisTime(network, Instant.now());
      bundle =
          writer.write(
              new GenesisBundleWriter.Request(
                  config,
                  ValidatorConfigYaml.write(config),
                  genesisTime,
                  !plan.elNodes().isEmpty(),
                  false,
                  request.forceKeygen()),
              genesisDir);
      if (network.genesisTime() == 0
          && bundle.genesisTime() <= Instant.now().getEpochSecond() + 1) {
        // Key generation ate the whole delay: write again with a fresh genesis time.
        bundle =
            writer.write(
                new GenesisBundleWriter.Request(
                    config,
                    ValidatorConfigYaml.write(config),
                    PlanGenesis.genesisTime(network, Instant.now()),
                    !plan.elNodes().isEmpty(),
                    false),
                genesisDir);
      }
    } catch (GenesisException e) {
      throw new LaunchException(
          e.getMessage()
              + (e.getMessage().contains("already holds")
                  ? "\n(a devnet named "
                      + name
                      + " with other nodes was here: `lean-devnet down "
                      + name
                      + "`, or pick another --name)"
                  : ""),
          false);
    }
    progress.printf(
        "genesis: %s, GENESIS_TIME %d (%s, in %d s)%n",
        genesisDir,
        bundle.genesisTime(),
        Instant.ofEpochSecond(bundle.genesisTime()),
        Math.max(0, bundle.genesisTime() - Instant.now().getEpochSecond()));

    Deployment deployment;
    try {
      deployment = backend.deploy(new DeployRequest(name, plan, addresses, bundle, dir, progress));
    } catch (DeployException e) {
      throw new LaunchException(e.getMessage(), false);
    }
    DashboardServer dashboard = null;
    try {
      List<DevnetRecord.ElEndpoint> els = elEndpoints(plan, addresses, deployment);
      DevnetRecord record =
          new DevnetRecord(
              name,
              backend.name(),
              Instant.now(),
              request.argsFile(),
              genesisDir,
              bundle.genesisTime(),
              deployment.handle(),
              null,
              leanEndpoints(plan, addresses, deployment),
              els,
              helperEndpoints(addresses, deployment),
              null);
      if (bundle.executionGenesisHash().isPresent() && !els.isEmpty()) {
        // through the backend's way in: on Kubernetes the RPC URLs answer only inside the cluster
        try (Reach reach = backend.reach(record)) {
          List<DevnetRecord.ElEndpoint> reached = reach.record().el();
          checkExecutionGenesis(reached, bundle.executionGenesisHash().get().toHex(), progress);
          if (reached.size() > 1) {
            peerExecutionClients(reached, progress);
          }
        }
      }
      if (request.dashboardPort() >= 0 && deployment.inProcess()) {
        dashboard =
            DashboardServer.start(
                name,
                record.leanTargets(),
                record.elTargets(),
                "127.0.0.1",
                request.dashboardPort(),
                Duration.ofSeconds(2));
        record = record.withDashboard(dashboard.url());
      }
      registry.save(record);
      registry.clearStarting(name);
      return new Started(record, deployment, dashboard, bundle);
    } catch (IOException | RuntimeException | LaunchException e) {
      deployment.close();
      if (dashboard != null) {
        dashboard.close();
      }
      throw e;
    }
  }

  /** How long an execution client may take to answer {@code eth_chainId} after it is started. */
  static final Duration EL_READY_TIMEOUT = Duration.ofMinutes(5);

  /**
   * Waits for every execution client's RPC and checks its block 0 against the bundle's execution
   * genesis hash; any client not ready or on another genesis stops the launch, naming it.
   */
  private static void checkExecutionGenesis(
      List<DevnetRecord.ElEndpoint> els, String expected, PrintStream progress)
      throws LaunchException {
    progress.printf(
        "execution: waiting for %d execution client%s (eth_chainId), then block 0 = %s%n",
        els.size(), els.size() == 1 ? "" : "s", expected);
    List<ElGenesisCheck.Outcome> outcomes;
    try (ElGenesisCheck check =
        new ElGenesisCheck(Duration.ofSeconds(5), Duration.ofSeconds(1), Clock.systemUTC())) {
      outcomes =
          check.awaitAll(
              els.stream().map(e -> new ElTarget(e.service(), e.rpc(), e.pairedLean())).toList(),
              expected,
              EL_READY_TIMEOUT);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new LaunchException("interrupted while waiting for the execution clients", false);
    }
    List<String> problems = new ArrayList<>();
    for (ElGenesisCheck.Outcome o : outcomes) {
      switch (o) {
        case ElGenesisCheck.Outcome.Ready r ->
            progress.printf("execution: %s ready, block 0 %s%n", r.service(), r.blockHash());
        case ElGenesisCheck.Outcome.WrongGenesis w ->
            problems.add(
                w.service()
                    + ": block 0 is "
                    + w.actual()
                    + " but the devnet's execution genesis (genesis/execution/genesis.json) is "
                    + w.expected()
                    + "; the client did not boot from the bundle's genesis.json");
        case ElGenesisCheck.Outcome.NotReady n ->
            problems.add(
                n.service()
                    + ": not ready after "
                    + n.waited().toSeconds()
                    + " s ("
                    + n.lastError()
                    + "); see its log");
      }
    }
    if (!problems.isEmpty()) {
      throw new LaunchException(
          "execution clients failed the genesis check:\n  " + String.join("\n  ", problems), false);
    }
  }

  /**
   * Connects the execution clients to each other ({@link ElPeering}), reporting each; a client that
   * cannot take peers is a warning, not a failure (the chain goes on without it).
   */
  private static void peerExecutionClients(List<DevnetRecord.ElEndpoint> els, PrintStream progress)
      throws LaunchException {
    try (ElPeering peering = new ElPeering(Duration.ofSeconds(5))) {
      for (ElPeering.Outcome o :
          peering.connect(
              els.stream()
                  .map(e -> new ElPeering.Member(e.service(), e.rpc(), e.address()))
                  .toList())) {
        switch (o) {
          case ElPeering.Outcome.Peered p ->
              progress.printf(
                  "execution: %s peered with %d other%s (admin_addPeer)%n",
                  p.service(), p.peers().size(), p.peers().size() == 1 ? "" : "s");
          case ElPeering.Outcome.Unpeered u ->
              progress.printf(
                  "warning: execution: %s peered with %d of %d others (%s); it still gets every"
                      + " block from its Lean node over the Engine API%n",
                  u.service(), u.peers().size(), els.size() - 1, u.reason());
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new LaunchException("interrupted while peering the execution clients", false);
    }
  }

  /** The Lean nodes' endpoints: inside addresses for P2P, host addresses for API and metrics. */
  private static List<DevnetRecord.LeanEndpoint> leanEndpoints(
      DevnetPlan plan, Addresses addresses, Deployment deployment) {
    List<DevnetRecord.LeanEndpoint> out = new ArrayList<>();
    for (LeanNode n : plan.leanNodes()) {
      Endpoint inside = addresses.of(n);
      Endpoint host = addresses.fromHost(n);
      out.add(
          new DevnetRecord.LeanEndpoint(
              n.name(),
              n.client().key(),
              n.serviceName(),
              deployment.inProcess()
                  ? null
                  : LeanLaunchers.of(n.client())
                      .image(n, plan.network().devnet(), HostArch.current()),
              inside.ip() + ":" + inside.port(LeanNode.QUIC),
              URI.create(host.httpUrl(LeanNode.API)),
              URI.create(host.httpUrl(LeanNode.METRICS)),
              deployment.logFile(n.serviceName())));
    }
    return out;
  }

  private static List<DevnetRecord.ElEndpoint> elEndpoints(
      DevnetPlan plan, Addresses addresses, Deployment deployment) {
    List<DevnetRecord.ElEndpoint> out = new ArrayList<>();
    for (ElNode e : plan.elNodes()) {
      Endpoint inside = addresses.of(e);
      out.add(
          new DevnetRecord.ElEndpoint(
              e.serviceName(),
              e.client().key(),
              e.image(),
              inside.ip() + ":" + inside.port(ElNode.P2P),
              URI.create(addresses.fromHost(e).httpUrl(ElNode.RPC)),
              deployment.logFile(e.serviceName()),
              e.pairedLean()));
    }
    return out;
  }

  private static List<DevnetRecord.ServiceEndpoint> helperEndpoints(
      Addresses addresses, Deployment deployment) {
    return deployment.helpers().stream()
        .map(
            a ->
                new DevnetRecord.ServiceEndpoint(
                    a.serviceName(),
                    a.image(),
                    URI.create(addresses.fromHost(a).httpUrl(AuxService.HTTP)),
                    deployment.logFile(a.serviceName())))
        .toList();
  }
}
