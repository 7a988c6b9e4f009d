package io.leandevnet.devnet.clients.lean;

import io.leandevnet.devnet.clients.HostArch;
import io.leandevnet.devnet.clients.LaunchContext;
import io.leandevnet.devnet.clients.ServiceSpec;
import io.leandevnet.devnet.config.DevnetProfile;
import io.leandevnet.devnet.config.LeanClient;
import io.leandevnet.devnet.config.Problem;
import io.leandevnet.devnet.plan.DevnetPlan;
import io.leandevnet.devnet.plan.LeanNode;
import java.util.List;

/**
 * How one Lean consensus client is started: its default image per devnet profile, its command line,
 * files, ports and quirks. One class per client, each with its launch contract in its doc comment
 * (as ethereum-package's {@code *_launcher.star} files); {@link LeanLaunchers#of} is the exhaustive
 * registry. Adding a client is one class here, one {@code permits} entry and one registry line.
 *
 * <p>Every launcher gives its node:
 *
 * <ul>
 *   <li>the genesis bundle read-only at {@code /config} and its own data directory at {@code /data}
 *       (lean-quickstart's paths; {@link LaunchContext.Container}), unless the client takes none;
 *   <li>the ports {@code quic} (UDP, libp2p QUIC; TCP for the built-in node), {@code api} (unless
 *       {@link #servesApi()} is false) and {@code metrics} (HTTP) at the numbers of {@code
 *       context.at(node)};
 *   <li>{@code --attestation-committee-count} (except where the client has no such flag) and, on
 *       aggregators, {@code --is-aggregator} plus {@code --aggregate-subnet-ids <own subnet>} where
 *       the client accepts it: an aggregator aggregates its own subnet only, the first validator
 *       index modulo {@code attestation_committee_count} (lean-quickstart's devnet5 rule);
 *   <li>{@code cl_log_level} in the client's own spelling, {@code cl_extra_params} appended last,
 *       {@code cl_extra_env_vars} over the launcher's environment, {@code cl_min_cpu} … as {@link
 *       ServiceSpec#resources}, and the devnet/node/client/role labels.
 * </ul>
 */
public sealed interface LeanLauncher
    permits Ethlambda,
        Ream,
        Zeam,
        Qlean,
        Lantern,
        Gean,
        LeanGrandine,
        LeanLighthouse,
        Nlean,
        Peam,
        Builtin {

  /** The client this launcher starts. */
  LeanClient client();

  /** The image a node runs when its participant sets no {@code cl_image}. */
  String defaultImage(DevnetProfile profile, HostArch arch);

  /** The container (or, for the built-in node on the embedded backend, process) of {@code node}. */
  ServiceSpec spec(LeanNode node, LaunchContext context);

  /**
   * What the user should hear about running {@code node} in {@code plan} with this client: warnings
   * (the client is discontinued, a flag cannot be honoured) and errors (it cannot work). Paths name
   * the participant, e.g. {@code participants[2].cl_type}; lines are 0.
   */
  default List<Problem> check(LeanNode node, DevnetPlan plan) {
    return List.of();
  }

  /**
   * Whether the client is told the port of its {@code /lean/v0} API, so that its spec has an {@code
   * api} port and readiness waits on {@code /lean/v0/health} there; when false, nothing is
   * published or probed on a port the client may not open, and readiness waits on its metrics.
   */
  default boolean servesApi() {
    return true;
  }

  /** The image {@code node} runs: its {@code cl_image}, else this client's default. */
  default String image(LeanNode node, DevnetProfile profile, HostArch arch) {
    return node.settings().image().orElseGet(() -> defaultImage(profile, arch));
  }
}
