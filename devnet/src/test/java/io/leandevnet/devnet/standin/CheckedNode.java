package io.leandevnet.devnet.standin;

import io.leandevnet.consensus.genesis.BundleLayout;
import io.leandevnet.devnet.clients.lean.Builtin;
import io.leandevnet.devnet.config.DevnetProfile;
import io.leandevnet.devnet.plan.LeanNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a stand-in learned from a client's command line once every check passed: enough to run a
 * built-in node in the client's place with the same node, key, validators and ports.
 *
 * @param table the client's flag table
 * @param nodeId the node's name ({@code zeam_0})
 * @param genesisDir the genesis bundle directory, as the container sees it
 * @param nodeKey the node key file
 * @param dataDir the writable data directory
 * @param ports the port of each role the node listens on
 * @param aggregator whether the client was told to aggregate
 * @param committees the attestation committee count the client runs with
 * @param flags how many flags were checked
 * @param paths how many paths were checked
 * @param notes ports no flag gave, with the rule the client follows for them
 */
record CheckedNode(
    ClientFlags table,
    String nodeId,
    String genesisDir,
    String nodeKey,
    String dataDir,
    Map<PortRole, Integer> ports,
    boolean aggregator,
    int committees,
    int flags,
    int paths,
    List<String> notes) {

  CheckedNode {
    ports = Map.copyOf(ports);
    notes = List.copyOf(notes);
  }

  /** The line the stand-in prints once the checks pass. */
  String line() {
    StringBuilder s =
        new StringBuilder("standin ")
            .append(nodeId)
            .append(": ")
            .append(table.client().key())
            .append(' ')
            .append(table.profile().key())
            .append(" at ")
            .append(table.binary())
            .append(", ")
            .append(flags)
            .append(" flags ok, ")
            .append(paths)
            .append(" paths ok, ports");
    for (PortRole role : PortRole.values()) {
      Integer p = ports.get(role);
      if (p != null) {
        s.append(' ').append(role.portName()).append(' ').append(p);
      }
    }
    s.append(" as validator-config.yaml gives them");
    if (aggregator) {
      s.append(", aggregator");
    }
    for (String note : notes) {
      s.append("; ").append(note);
    }
    return s.toString();
  }

  /**
   * A pattern for the start of {@link #line()} of {@code node} under {@code profile}, up to the
   * ports, whatever the counts: what a test looks for in the node's log.
   */
  static String linePattern(LeanNode node, DevnetProfile profile) {
    return "(?m)^standin "
        + node.name()
        + ": "
        + node.client().key()
        + " "
        + profile.key()
        + " at "
        + Standin.binary(node.client(), profile)
        + ", \\d+ flags ok, \\d+ paths ok, ";
  }

  /**
   * The built-in node's command line ({@code lean-devnet node …}) that runs in the client's place.
   */
  List<String> builtinCommand() {
    BundleLayout bundle = BundleLayout.at(Path.of(genesisDir));
    List<String> args = new ArrayList<>();
    args.add(Builtin.SUBCOMMAND);
    add(args, "--genesis", bundle.configYaml());
    add(args, "--validators", bundle.annotatedValidatorsYaml());
    add(args, "--bootnodes", bundle.nodesYaml());
    add(args, "--validator-config", bundle.validatorConfigYaml());
    add(args, "--hash-sig-keys-dir", bundle.hashSigKeys());
    add(args, "--node-id", nodeId);
    add(args, "--node-key", nodeKey);
    add(args, "--gossipsub-port", ports.get(PortRole.QUIC));
    add(args, "--listen-address", "0.0.0.0");
    add(args, "--http-address", "0.0.0.0");
    add(args, "--api-port", ports.get(PortRole.API));
    add(args, "--metrics-port", ports.get(PortRole.METRICS));
    add(args, "--attestation-committee-count", committees);
    if (aggregator) {
      args.add("--is-aggregator");
    }
    add(args, "--data-dir", dataDir);
    return List.copyOf(args);
  }

  private static void add(List<String> args, String flag, Object value) {
    args.add(flag);
    args.add(String.valueOf(value));
  }
}
