package io.leandevnet.devnet.plan;

import io.leandevnet.devnet.config.ClientSettings;
import io.leandevnet.devnet.config.LeanClient;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One Lean consensus node of the plan.
 *
 * @param position 0-based position among all Lean nodes, in args-file order
 * @param name the node name {@code <client>_<n>} with a per-client counter ({@code zeam_0}); used
 *     as {@code --node-id}, key file name, and in validators.yaml
 * @param serviceName {@code lean-<client with _ → ->-<n>} ({@code lean-lean-grandine-0})
 * @param client which Lean client runs
 * @param settings the image asked for (empty: the launcher's default), extra parameters and
 *     environment, log level, resources
 * @param validatorIndices the validators it holds, assigned round-robin over nodes
 * @param subnet its attestation subnet: first validator index modulo the committee count
 * @param aggregator whether it aggregates its subnet's attestations
 * @param participantIndex the {@code participants[]} entry it came from
 * @param pairedEl the service name of its execution node, if any
 */
public record LeanNode(
    int position,
    String name,
    String serviceName,
    LeanClient client,
    ClientSettings settings,
    List<Integer> validatorIndices,
    int subnet,
    boolean aggregator,
    int participantIndex,
    Optional<String> pairedEl)
    implements Service {

  /**
   * The p2p port, the one the ENR's {@code quic} field carries: libp2p over QUIC (UDP), or plain
   * TCP for a client that does not speak it ({@link LeanClient#speaksLibp2pQuic()}: {@code
   * builtin}).
   */
  public static final String QUIC = "quic";

  /** The {@code /lean/v0} HTTP API. */
  public static final String API = "api";

  /** Prometheus {@code /metrics}. */
  public static final String METRICS = "metrics";

  /** ethereum-package's Lean port contract: the same numbers in every container. */
  public static final int QUIC_PORT = 9000;

  public static final int API_PORT = 5052;
  public static final int METRICS_PORT = 5054;

  public LeanNode {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(serviceName, "serviceName");
    Objects.requireNonNull(client, "client");
    Objects.requireNonNull(settings, "settings");
    validatorIndices = List.copyOf(validatorIndices);
    Objects.requireNonNull(pairedEl, "pairedEl");
  }

  /** {@code zeam_0}: the node name of the {@code n}-th node of {@code client}. */
  public static String nodeName(LeanClient client, int n) {
    return client.key() + "_" + n;
  }

  /** {@code lean-lean-grandine-0}: the service name of the {@code n}-th node of {@code client}. */
  public static String serviceName(LeanClient client, int n) {
    return "lean-" + client.key().replace('_', '-') + "-" + n;
  }

  @Override
  public List<Port> ports() {
    Protocol p2p = client.speaksLibp2pQuic() ? Protocol.UDP : Protocol.TCP;
    return List.of(
        new Port(QUIC, QUIC_PORT, p2p),
        new Port(API, API_PORT, Protocol.TCP),
        new Port(METRICS, METRICS_PORT, Protocol.TCP));
  }
}
