package io.leandevnet.devnet.observe;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Connects a devnet's execution clients to each other once they are up, through the JSON-RPC {@code
 * admin} namespace every launcher enables: {@code admin_nodeInfo} gives each client's node id, and
 * every client is asked to {@code admin_addPeer} every other one as {@code enode://<id>@<its devnet
 * IP>:<p2p port>}. The address comes from the devnet's plan, not from the client's own enode
 * (which, behind no {@code --nat}, may name 127.0.0.1), so no client needs {@code --nat} or
 * bootnodes to find the others.
 *
 * <p>The chain does not depend on it: each Lean node hands its own client every block over the
 * Engine API. Peers carry what the Engine API does not: transactions sent to one client reach the
 * others' mempools, and a client that missed a payload can fetch it. A client that refuses (no
 * {@code admin_addPeer}) is reported and left unpeered; it never stops a launch.
 */
public final class ElPeering implements AutoCloseable {

  private static final Pattern ENODE_ID = Pattern.compile("^enode://([0-9a-fA-F]{128})@");

  /**
   * One execution client.
   *
   * @param service its service name
   * @param rpc its JSON-RPC URL as lean-devnet reaches it
   * @param p2p {@code ip:port} of its devp2p listener as the other clients reach it
   */
  public record Member(String service, URI rpc, String p2p) {
    public Member {
      Objects.requireNonNull(service, "service");
      Objects.requireNonNull(rpc, "rpc");
      Objects.requireNonNull(p2p, "p2p");
    }
  }

  /** What became of one client. */
  public sealed interface Outcome {
    String service();

    /** It took every other client that has a node id as a peer. */
    record Peered(String service, List<String> peers) implements Outcome {
      public Peered {
        peers = List.copyOf(peers);
      }
    }

    /** It took none, or not all: why, naming the call that failed. */
    record Unpeered(String service, List<String> peers, String reason) implements Outcome {
      public Unpeered {
        peers = List.copyOf(peers);
      }
    }
  }

  private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
  private final RpcClient rpc;

  /**
   * @param requestTimeout how long one request may take
   */
  public ElPeering(Duration requestTimeout) {
    this.rpc = new RpcClient(requestTimeout, executor);
  }

  /** Peers every member with every other one; one outcome per member, in order. */
  public List<Outcome> connect(List<Member> members) throws InterruptedException {
    Map<String, String> ids = new LinkedHashMap<>();
    Map<String, String> idErrors = new LinkedHashMap<>();
    List<Future<RpcClient.Call>> infos = new ArrayList<>();
    for (Member m : members) {
      infos.add(executor.submit(() -> rpc.call(m.rpc(), "admin_nodeInfo", "[]")));
    }
    for (int i = 0; i < members.size(); i++) {
      RpcClient.Call info = get(infos.get(i));
      String enode = info.result() == null ? null : info.result().path("enode").asText(null);
      Matcher id = enode == null ? null : ENODE_ID.matcher(enode);
      if (id != null && id.find()) {
        ids.put(members.get(i).service(), id.group(1).toLowerCase(Locale.ROOT));
      } else {
        idErrors.put(
            members.get(i).service(),
            "admin_nodeInfo: "
                + (info.error() != null ? info.error() : "no enode in " + info.result()));
      }
    }
    List<Future<Outcome>> outcomes = new ArrayList<>();
    for (Member m : members) {
      outcomes.add(executor.submit(() -> addPeers(m, members, ids, idErrors)));
    }
    List<Outcome> out = new ArrayList<>();
    for (Future<Outcome> f : outcomes) {
      out.add(get(f));
    }
    return out;
  }

  private Outcome addPeers(
      Member self, List<Member> members, Map<String, String> ids, Map<String, String> idErrors)
      throws InterruptedException {
    if (idErrors.containsKey(self.service())) {
      return new Outcome.Unpeered(self.service(), List.of(), idErrors.get(self.service()));
    }
    List<String> peers = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (Member other : members) {
      if (other == self) {
        continue;
      }
      String id = ids.get(other.service());
      if (id == null) {
        continue; // reported as that client's own outcome
      }
      String enode = "enode://" + id + "@" + other.p2p();
      RpcClient.Call added = rpc.call(self.rpc(), "admin_addPeer", "[\"" + enode + "\"]");
      if (added.result() != null && added.result().asBoolean(false)) {
        peers.add(other.service());
      } else {
        problems.add("admin_addPeer " + other.service() + ": " + added.describe());
      }
    }
    return problems.isEmpty()
        ? new Outcome.Peered(self.service(), peers)
        : new Outcome.Unpeered(self.service(), peers, String.join("; ", problems));
  }

  private static <T> T get(Future<T> f) throws InterruptedException {
    try {
      return f.get();
    } catch (ExecutionException e) {
      throw new IllegalStateException("peering the execution clients failed", e.getCause());
    }
  }

  @Override
  public void close() {
    executor.shutdownNow();
    rpc.close();
  }
}
