package io.leandevnet.devnet.observe;

import static org.assertj.core.api.Assertions.assertThat;

import io.leandevnet.devnet.testing.LoopbackJsonRpc;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Peering execution clients through admin_nodeInfo and admin_addPeer, on loopback stand-ins. */
class ElPeeringTest {

  private final List<LoopbackJsonRpc> servers = new ArrayList<>();
  private final ElPeering peering = new ElPeering(Duration.ofSeconds(2));

  /**
   * A client whose enode names 127.0.0.1 (no --nat) and which records the peers it is given, or
   * answers admin_addPeer with "method not found" when {@code takesPeers} is false.
   */
  private ElPeering.Member client(
      String service, char idDigit, String p2p, boolean takesPeers, List<String> added)
      throws IOException {
    String enode = "enode://" + String.valueOf(idDigit).repeat(128) + "@127.0.0.1:30303";
    LoopbackJsonRpc server =
        LoopbackJsonRpc.start(
            body -> {
              if (body.contains("\"admin_nodeInfo\"")) {
                return LoopbackJsonRpc.result("{\"enode\":\"" + enode + "\"}");
              }
              if (body.contains("\"admin_addPeer\"") && takesPeers) {
                added.add(body.substring(body.indexOf("enode://"), body.indexOf("\"]")));
                return LoopbackJsonRpc.result("true");
              }
              return LoopbackJsonRpc.error(-32601, "the method admin_addPeer does not exist");
            });
    servers.add(server);
    return new ElPeering.Member(service, server.uri(), p2p);
  }

  @AfterEach
  void stop() {
    servers.forEach(LoopbackJsonRpc::close);
    peering.close();
  }

  @Test
  void everyClientGetsEveryOtherAtItsDevnetAddressAndARefusalIsReported() throws Exception {
    List<String> addedToA = new CopyOnWriteArrayList<>();
    List<String> addedToB = new CopyOnWriteArrayList<>();
    ElPeering.Member a = client("el-1-geth-ethlambda", 'a', "10.77.0.4:30303", true, addedToA);
    ElPeering.Member b = client("el-2-reth-ethlambda", 'b', "10.77.0.5:30303", true, addedToB);
    ElPeering.Member c =
        client("el-3-nimbus-ethlambda", 'c', "10.77.0.6:30303", false, new ArrayList<>());

    List<ElPeering.Outcome> out = peering.connect(List.of(a, b, c));

    assertThat(out.get(0))
        .isEqualTo(
            new ElPeering.Outcome.Peered(
                a.service(), List.of("el-2-reth-ethlambda", "el-3-nimbus-ethlambda")));
    assertThat(out.get(1)).isInstanceOf(ElPeering.Outcome.Peered.class);
    assertThat(out.get(2)).isInstanceOf(ElPeering.Outcome.Unpeered.class);
    assertThat(((ElPeering.Outcome.Unpeered) out.get(2)).reason())
        .contains(
            "admin_addPeer el-1-geth-ethlambda: error the method admin_addPeer does not exist");
    // the devnet's address, not the 127.0.0.1 the client's own enode names
    assertThat(addedToA)
        .containsExactly(
            "enode://" + "b".repeat(128) + "@10.77.0.5:30303",
            "enode://" + "c".repeat(128) + "@10.77.0.6:30303");
    assertThat(addedToB).contains("enode://" + "a".repeat(128) + "@10.77.0.4:30303");
  }

  @Test
  void aClientWithoutNodeInfoIsUnpeeredAndTheOthersStillPeer() throws Exception {
    List<String> added = new CopyOnWriteArrayList<>();
    ElPeering.Member a = client("el-1-geth-ethlambda", 'a', "10.77.0.4:30303", true, added);
    ElPeering.Member gone =
        new ElPeering.Member("el-2-besu-ethlambda", URI.create("http://127.0.0.1:1/"), "x:1");
    ElPeering.Member c = client("el-3-reth-ethlambda", 'c', "10.77.0.6:30303", true, added);

    List<ElPeering.Outcome> out = peering.connect(List.of(a, gone, c));

    assertThat(out.get(1))
        .isEqualTo(
            new ElPeering.Outcome.Unpeered(
                "el-2-besu-ethlambda", List.of(), "admin_nodeInfo: connection refused"));
    assertThat(out.get(0))
        .isEqualTo(new ElPeering.Outcome.Peered(a.service(), List.of("el-3-reth-ethlambda")));
    assertThat(out.get(2))
        .isEqualTo(new ElPeering.Outcome.Peered(c.service(), List.of("el-1-geth-ethlambda")));
  }
}
