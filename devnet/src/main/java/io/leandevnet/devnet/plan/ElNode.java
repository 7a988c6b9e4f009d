package io.leandevnet.devnet.plan;

import io.leandevnet.devnet.config.ClientSettings;
import io.leandevnet.devnet.config.ElClient;
import io.leandevnet.devnet.config.LeanClient;
import java.util.List;
import java.util.Objects;

/**
 * One execution node of the plan, driven over the Engine API by exactly one Lean node.
 *
 * @param number 1-based over all execution nodes, in args-file order
 * @param serviceName {@code el-<number>-<el>-<cl>}, ethereum-package style ({@code
 *     el-1-ethrex-ethlambda})
 * @param client which execution client runs
 * @param settings image, extra parameters and environment, log level, resources
 * @param pairedLean the node name of the Lean node that drives it
 */
public record ElNode(
    int number, String serviceName, ElClient client, ClientSettings settings, String pairedLean)
    implements Service {

  public static final String RPC = "rpc";
  public static final String WS = "ws";
  public static final String ENGINE = "engine";
  public static final String P2P = "p2p";
  public static final String DISCOVERY = "discovery";
  public static final String METRICS = "metrics";

  public ElNode {
    Objects.requireNonNull(serviceName, "serviceName");
    Objects.requireNonNull(client, "client");
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(pairedLean, "pairedLean");
  }

  /** {@code el-1-ethrex-ethlambda}. */
  public static String serviceName(int number, ElClient el, LeanClient cl) {
    return "el-" + number + "-" + el.key() + "-" + cl.key().replace('_', '-');
  }

  /** The image asked for, else the client's default. */
  public String image() {
    return settings.image().orElse(client.defaultImage());
  }

  /** ethereum-package's EL ports; metrics moved to 9001 for every client. */
  @Override
  public List<Port> ports() {
    return List.of(
        new Port(RPC, 8545, Protocol.TCP),
        new Port(WS, 8546, Protocol.TCP),
        new Port(ENGINE, 8551, Protocol.TCP),
        new Port(P2P, 30303, Protocol.TCP),
        new Port(DISCOVERY, 30303, Protocol.UDP),
        new Port(METRICS, 9001, Protocol.TCP));
  }
}
