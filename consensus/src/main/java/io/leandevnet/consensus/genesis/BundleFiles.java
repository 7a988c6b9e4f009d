package io.leandevnet.consensus.genesis;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The text of each file in the genesis bundle ({@link BundleLayout} names them), byte for byte as
 * lean-quickstart's generate-genesis.sh and eth-beacon-genesis write them: the one writer of these
 * formats, used by {@code lean-devnet genesis} and by the node module's test bundles. Pure
 * functions: no I/O.
 */
public final class BundleFiles {

  private static final Set<String> YAML_WORDS =
      Set.of("true", "false", "yes", "no", "on", "off", "y", "n", "null", "~");

  private BundleFiles() {}

  /** {@code <node>.key}: the privkey as written in validator-config.yaml (hex), then a newline. */
  public static String nodeKey(String privkeyHex) {
    return privkeyHex + "\n";
  }

  /**
   * nodes.yaml: Go's {@code yaml.Marshal([]string)} of the distinct ENRs in first-appearance order
   * (eth-beacon-genesis leanvalidators/output.go).
   */
  public static String nodes(List<String> enrs) {
    StringBuilder out = new StringBuilder();
    for (String enr : new LinkedHashSet<>(enrs)) {
      out.append("- ").append(enr).append('\n');
    }
    return out.toString();
  }

  /**
   * validators.yaml: Go's {@code yaml.Marshal(map[string][]int)}: keys in yaml.v3's order, list
   * items indented by four spaces, an empty list as {@code []}.
   */
  public static String validators(Map<String, List<Integer>> indicesByNode) {
    StringBuilder out = new StringBuilder();
    for (Map.Entry<String, List<Integer>> e : sortedLikeGo(indicesByNode).entrySet()) {
      out.append(goKey(e.getKey())).append(':');
      if (e.getValue().isEmpty()) {
        out.append(" []\n");
        continue;
      }
      out.append('\n');
      for (int index : e.getValue()) {
        out.append("    - ").append(index).append('\n');
      }
    }
    return out.toString();
  }

  /**
   * config.yaml as generate-genesis.sh writes it (its header, kept byte for byte including the two
   * spaces after "Validator Settings"), after eth-beacon-genesis rewrote VALIDATOR_COUNT, with
   * GENESIS_VALIDATORS appended in validator-index order.
   */
  public static String config(
      long genesisTime,
      int committeeCount,
      int logNumActiveEpochs,
      List<ValidatorPubkeys> validators) {
    StringBuilder out = new StringBuilder();
    out.append("# Genesis Settings\n");
    out.append("GENESIS_TIME: ").append(genesisTime).append("\n\n");
    out.append("# Chain Settings\n");
    out.append("ATTESTATION_COMMITTEE_COUNT: ").append(committeeCount).append("\n\n");
    out.append("# Key Settings\n");
    out.append("ACTIVE_EPOCH: ").append(logNumActiveEpochs).append("\n\n");
    out.append("# Validator Settings  \n");
    out.append("VALIDATOR_COUNT: ").append(validators.size()).append('\n');
    out.append('\n');
    out.append("# List of Genesis Validators' Public Keys (attestation + proposal)\n");
    out.append("GENESIS_VALIDATORS:\n");
    for (ValidatorPubkeys v : validators) {
      out.append("  - attestation_pubkey: \"").append(v.attestationHex()).append("\"\n");
      out.append("    proposal_pubkey: \"").append(v.proposalHex()).append("\"\n");
    }
    return out.toString();
  }

  /**
   * annotated_validators.yaml: for each node of validators.yaml (same order), an attester row and a
   * proposer row per index, a blank line between nodes, {@code []} for a node without validators.
   */
  public static String annotatedValidators(
      Map<String, List<Integer>> indicesByNode, List<ValidatorPubkeys> validators) {
    List<String> blocks = new ArrayList<>();
    for (Map.Entry<String, List<Integer>> e : sortedLikeGo(indicesByNode).entrySet()) {
      StringBuilder b = new StringBuilder();
      b.append(e.getKey()).append(":\n");
      if (e.getValue().isEmpty()) {
        b.append("  []\n");
      }
      for (int i : e.getValue()) {
        ValidatorPubkeys keys = validators.get(i);
        row(b, i, keys.attestationHex(), "attester");
        row(b, i, keys.proposalHex(), "proposer");
      }
      blocks.add(b.toString());
    }
    return String.join("\n", blocks);
  }

  private static void row(StringBuilder b, int index, String pubkey, String role) {
    b.append("  - index: ").append(index).append('\n');
    b.append("    pubkey_hex: ").append(pubkey).append('\n');
    b.append("    privkey_file: validator_")
        .append(index)
        .append('_')
        .append(role)
        .append("_key_sk.ssz\n");
  }

  private static Map<String, List<Integer>> sortedLikeGo(Map<String, List<Integer>> m) {
    TreeMap<String, List<Integer>> sorted = new TreeMap<>(GoYamlKeyOrder.INSTANCE);
    sorted.putAll(m);
    return sorted;
  }

  /** A node name as yaml.v3 writes a key: plain, or double-quoted if it would read as non-text. */
  private static String goKey(String name) {
    boolean numberLike = name.matches("[-+]?[0-9][0-9_.eE+-]*");
    return numberLike || YAML_WORDS.contains(name.toLowerCase(Locale.ROOT))
        ? '"' + name + '"'
        : name;
  }
}
