package io.leandevnet.devnet.launch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.leandevnet.crypto.xmss.XmssSchemeKind;
import io.leandevnet.devnet.backend.Backend;
import io.leandevnet.devnet.backend.DeployRequest;
import io.leandevnet.devnet.backend.Deployment;
import io.leandevnet.devnet.backend.Reach;
import io.leandevnet.devnet.backend.RunState;
import io.leandevnet.devnet.config.ArgsFile;
import io.leandevnet.devnet.genesis.KeyCache;
import io.leandevnet.devnet.plan.Addresses;
import io.leandevnet.devnet.plan.AuxService;
import io.leandevnet.devnet.plan.DevnetPlan;
import io.leandevnet.devnet.plan.ElNode;
import io.leandevnet.devnet.plan.Endpoint;
import io.leandevnet.devnet.plan.Service;
import io.leandevnet.devnet.registry.BackendHandle;
import io.leandevnet.devnet.registry.DevnetRecord;
import io.leandevnet.devnet.registry.DevnetRegistry;
import io.leandevnet.devnet.testing.LoopbackJsonRpc;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code up}'s execution check end to end without Docker: a backend whose "execution client" is a
 * JSON-RPC stand-in on loopback that answers with whatever block 0 the test gives it. A stand-in
 * that serves the bundle's genesis hash lets the launch finish; one that serves another hash stops
 * it, stopping what was deployed, with both hashes in the message.
 */
class LaunchExecutionCheckTest {

  @TempDir Path tmp;
  private LoopbackJsonRpc server;
  private final AtomicReference<String> servedHash = new AtomicReference<>();

  @AfterEach
  void stop() {
    if (server != null) {
      server.close();
    }
  }

  @Test
  void theLaunchFinishesWhenBlockZeroIsTheBundlesAndStopsOtherwise() throws Exception {
    StandInBackend backend = new StandInBackend(startStandIn());
    // The stand-in answers with the hash of whatever genesis the launch wrote: a match.
    servedHash.set("bundle");
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    try (Launch.Started started = Launch.start(request("match", backend, log))) {
      String hash = started.bundle().executionGenesisHash().orElseThrow().toHex();
      assertThat(log.toString(StandardCharsets.UTF_8))
          .contains("execution: el-1-geth-ethlambda ready, block 0 " + hash);
      assertThat(started.record().el())
          .singleElement()
          .extracting(DevnetRecord.ElEndpoint::pairedLean)
          .isEqualTo("ethlambda_0");
      assertThat(Files.readString(started.bundle().layout().jwtSecret())).matches("0x[0-9a-f]{64}");
    }

    String other = "0x25a5cc106eea7138acab33231d7160d69cb777ee0c2c553fcddf5138993e6dd9";
    servedHash.set(other);
    StandInBackend second = new StandInBackend(server.port());
    Launch.LaunchException e =
        assertThrows(
            Launch.LaunchException.class,
            () -> Launch.start(request("mismatch", second, new ByteArrayOutputStream())));
    String expected =
        Files.readString(tmp.resolve("home/mismatch/genesis/execution/genesis-hash.txt")).trim();
    assertThat(e.getMessage())
        .isEqualTo(
            "execution clients failed the genesis check:\n  el-1-geth-ethlambda: block 0 is "
                + other
                + " but the devnet's execution genesis (genesis/execution/genesis.json) is "
                + expected
                + "; the client did not boot from the bundle's genesis.json");
    assertThat(second.closed).isTrue();
  }

  @Test
  void theCheckGoesThroughTheBackendsReachWhenTheRecordedRpcIsNotReachableFromHere()
      throws Exception {
    int standIn = startStandIn();
    int nothing;
    try (ServerSocket closed = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      nothing = closed.getLocalPort();
    }
    // as on Kubernetes: the recorded RPC URL answers only inside the cluster, reach() forwards
    StandInBackend backend = new StandInBackend(nothing, standIn);
    servedHash.set("bundle");
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    try (Launch.Started started = Launch.start(request("reached", backend, log))) {
      assertThat(log.toString(StandardCharsets.UTF_8))
          .contains("execution: el-1-geth-ethlambda ready, block 0 ");
      assertThat(started.record().el().getFirst().rpc().getPort()).isEqualTo(nothing);
      assertThat(backend.reached).isTrue();
    }
  }

  private Launch.Request request(String name, Backend backend, ByteArrayOutputStream log) {
    ArgsFile.Valid args =
        (ArgsFile.Valid)
            ArgsFile.parse(
                "participants: [{cl_type: ethlambda, el_type: geth, is_aggregator: true}]\n"
                    + "lean_network_params: {active_epoch: 4, genesis_delay: 2,"
                    + " metrics_enabled: false}\n");
    return new Launch.Request(
        name,
        DevnetPlan.of(args.spec()),
        backend,
        new DevnetRegistry(tmp.resolve("home")),
        "test.yaml",
        new KeyCache(tmp.resolve("keys"), XmssSchemeKind.SMALL, line -> {}),
        false,
        -1,
        new PrintStream(log, true, StandardCharsets.UTF_8));
  }

  /** A JSON-RPC server answering eth_chainId and block 0 with {@link #servedHash}. */
  private int startStandIn() throws IOException {
    server =
        LoopbackJsonRpc.start(
            body ->
                body.contains("eth_chainId")
                    ? LoopbackJsonRpc.result("\"0x301824\"")
                    : LoopbackJsonRpc.blockZero(servedHash.get()));
    return server.port();
  }

  /**
   * Places every service on loopback (the embedded layout) but the execution client's RPC on the
   * stand-in; deploying starts nothing else. When {@link #servedHash} is {@code bundle}, deploy
   * sets it to the hash the bundle carries, as a client booted from it would answer.
   */
  private final class StandInBackend implements Backend {
    private final int rpcPort;
    private final int reachPort;
    private boolean closed;
    private boolean reached;

    StandInBackend(int rpcPort) {
      this(rpcPort, rpcPort);
    }

    /** The execution client recorded at {@code rpcPort}, reached through {@code reachPort}. */
    StandInBackend(int rpcPort, int reachPort) {
      this.rpcPort = rpcPort;
      this.reachPort = reachPort;
    }

    @Override
    public Reach reach(DevnetRecord record) {
      reached = true;
      List<DevnetRecord.ElEndpoint> els =
          record.el().stream()
              .map(
                  e ->
                      new DevnetRecord.ElEndpoint(
                          e.service(),
                          e.client(),
                          e.image(),
                          e.address(),
                          URI.create("http://127.0.0.1:" + reachPort),
                          e.log(),
                          e.pairedLean()))
              .toList();
      return new Reach(record.withEndpoints(record.lean(), els, record.services()), () -> {});
    }

    @Override
    public String name() {
      return "standin";
    }

    @Override
    public List<String> unsupported(DevnetPlan plan) {
      return List.of();
    }

    @Override
    public List<String> preflight(DevnetPlan plan, Addresses addresses, PrintStream progress) {
      return List.of();
    }

    @Override
    public Addresses addresses(DevnetPlan plan) {
      Addresses local = Addresses.local(plan);
      return new Addresses() {
        @Override
        public Endpoint of(Service service) {
          return place(service, local.of(service));
        }

        @Override
        public Endpoint fromHost(Service service) {
          return place(service, local.fromHost(service));
        }

        private Endpoint place(Service service, Endpoint e) {
          if (!(service instanceof ElNode)) {
            return e;
          }
          Map<String, Integer> ports = new HashMap<>(e.ports());
          ports.put(ElNode.RPC, rpcPort);
          return new Endpoint(e.ip(), ports);
        }
      };
    }

    @Override
    public Deployment deploy(DeployRequest request) {
      if ("bundle".equals(servedHash.get())) {
        servedHash.set(request.bundle().executionGenesisHash().orElseThrow().toHex());
      }
      return new Deployment() {
        @Override
        public BackendHandle handle() {
          return new BackendHandle.OwnerProcess(ProcessHandle.current().pid());
        }

        @Override
        public boolean inProcess() {
          return false;
        }

        @Override
        public List<AuxService> helpers() {
          return List.of();
        }

        @Override
        public Path logFile(String service) {
          return tmp.resolve(service + ".log");
        }

        @Override
        public void stopNode(String node) {}

        @Override
        public void close() {
          closed = true;
        }
      };
    }

    @Override
    public RunState state(DevnetRecord record) {
      return RunState.STOPPED;
    }

    @Override
    public void logs(
        DevnetRecord record, String service, boolean follow, int tail, PrintStream out) {}

    @Override
    public void destroy(DevnetRecord record, PrintStream progress) {}

    @Override
    public int gc(DevnetRegistry registry, PrintStream progress) {
      return 0;
    }
  }
}
