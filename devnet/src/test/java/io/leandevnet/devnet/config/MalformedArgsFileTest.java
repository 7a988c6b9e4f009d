package io.leandevnet.devnet.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** One malformed args file per row, with the exact error the user must see for it. */
class MalformedArgsFileTest {

  private static final String OK = "participants:\n  - cl_type: zeam\n    is_aggregator: true\n";

  static Stream<Arguments> cases() {
    return Stream.of(
        row(
            "bad YAML: unclosed flow list",
            "participants:\n  - cl_type: [zeam\n",
            "YAML syntax error at line 3, column 1: expected ',' or ']', but got <stream end>"
                + " (while parsing a flow sequence that starts at line 2, column 14)"),
        row(
            "bad YAML: tab indentation",
            "participants:\n\t- cl_type: zeam\n",
            "YAML syntax error at line 2, column 1: found character '\\t(TAB)' that cannot start"
                + " any token. (Do not use \\t(TAB) for indentation)"),
        row(
            "bad YAML: duplicate key",
            "participants:\n  - cl_type: zeam\n    count: 1\n    count: 2\n",
            "YAML syntax error at line 4: duplicate key 'count' (a key may appear once"
                + " per mapping)"),
        row(
            "YAML alias",
            "participants:\n  - &z {cl_type: zeam, is_aggregator: true}\n  - *z\n",
            "participants[1]: YAML alias *z is not supported (it would be read as the text 'z');"
                + " write the values out instead"),
        row(
            "empty file",
            "",
            "participants: missing: the args file is empty; list at least one participant, e.g."
                + " participants: [{cl_type: builtin, count: 4, is_aggregator: true}]"),
        row(
            "top level is a list",
            "- cl_type: zeam\n",
            "expected a mapping with the keys participants, lean_network_params,"
                + " additional_services, global_node_selectors, global_tolerations at the top of"
                + " the args file, got a list"),
        row(
            "participants missing",
            "lean_network_params:\n  genesis_delay: 10\n",
            "participants: missing: list at least one participant, e.g. participants: [{cl_type:"
                + " builtin, count: 4, is_aggregator: true}]"),
        row(
            "participants empty",
            "participants: []\n",
            "participants: empty: list at least one participant, e.g. participants: [{cl_type:"
                + " builtin, count: 4, is_aggregator: true}]"),
        row(
            "participants not a list",
            "participants: zeam\n",
            "participants: expected a list of participants, got a string (\"zeam\"); e.g."
                + " participants: [{cl_type: builtin, count: 4, is_aggregator: true}]"),
        row(
            "participant not a mapping",
            "participants:\n  - zeam\n",
            "participants[0]: expected a mapping such as {cl_type: zeam, count: 1}, got a string"
                + " (\"zeam\")"),
        row(
            "unknown top-level key",
            OK + "additonal_services: []\n",
            "additonal_services: unknown key 'additonal_services' (did you mean"
                + " 'additional_services'?)"),
        row(
            "ethereum-package network_params",
            OK + "network_params: {}\n",
            "network_params: unknown key 'network_params' (did you mean 'lean_network_params'?)"),
        row(
            "kurtosis lean_participants",
            "lean_participants: []\n" + OK,
            "lean_participants: unknown key 'lean_participants': lean-devnet reads participants"
                + " with cl_type and cl_image (rename lean_participants to participants, lean_type"
                + " to cl_type)"),
        row(
            "unknown participant key",
            OK + "    cl_tpye: zeam\n",
            "participants[0].cl_tpye: unknown key 'cl_tpye' (did you mean 'cl_type'?)"),
        row(
            "kurtosis lean_image key",
            OK + "    lean_image: x\n",
            "participants[0].lean_image: unknown key 'lean_image' (did you mean 'cl_image'?)"),
        row(
            "unknown network key",
            OK + "lean_network_params:\n  genesis_dealy: 5\n",
            "lean_network_params.genesis_dealy: unknown key 'genesis_dealy' (did you mean"
                + " 'genesis_delay'?)"),
        row(
            "cl_type missing",
            "participants:\n  - count: 1\n",
            "participants[0].cl_type: missing: name the Lean client, one of ethlambda, ream, zeam,"
                + " qlean, lantern, gean, lean_grandine, lean_lighthouse, nlean, peam, builtin"),
        row(
            "unknown client",
            "participants:\n  - cl_type: zeem\n",
            "participants[0].cl_type: unknown client 'zeem' (did you mean 'zeam'?)"),
        row(
            "unknown client far from every name",
            "participants:\n  - cl_type: xyzzy\n",
            "participants[0].cl_type: unknown client 'xyzzy' (known: ethlambda, ream, zeam, qlean,"
                + " lantern, gean, lean_grandine, lean_lighthouse, nlean, peam, builtin)"),
        row(
            "beacon-chain client with el_type none",
            "participants:\n  - cl_type: lighthouse\n    el_type: none\n",
            "participants[0].cl_type: 'lighthouse' is a beacon-chain client, not a Lean consensus"
                + " client; it needs an execution client and a beacon-chain genesis, and el_type:"
                + " none gives it neither; lean-devnet runs Lean clients only (did you mean"
                + " 'lean_lighthouse'?)"),
        row(
            "beacon-chain client with an EL",
            "participants:\n  - cl_type: teku\n    el_type: geth\n",
            "participants[0].cl_type: 'teku' is a beacon-chain client, not a Lean consensus"
                + " client; lean-devnet runs Lean clients only (known: ethlambda, ream, zeam, qlean,"
                + " lantern, gean, lean_grandine, lean_lighthouse, nlean, peam, builtin)"),
        row(
            "unknown execution client",
            "participants:\n  - cl_type: ethlambda\n    el_type: gteh\n",
            "participants[0].el_type: unknown execution client 'gteh' (did you mean 'geth'?)"),
        row(
            "geth paired with zeam",
            "participants:\n  - cl_type: zeam\n    el_type: geth\n",
            "participants[0].el_type: zeam does not speak the Engine API, so it cannot drive geth;"
                + " only ethlambda can be paired with an execution client (set el_type: none, or"
                + " cl_type: ethlambda)"),
        row(
            "builtin paired with an EL",
            "participants:\n  - cl_type: builtin\n    el_type: reth\n",
            "participants[0].el_type: builtin does not speak the Engine API, so it cannot drive"
                + " reth; only ethlambda can be paired with an execution client (set el_type: none,"
                + " or cl_type: ethlambda)"),
        row(
            "count zero",
            "participants:\n  - cl_type: zeam\n    count: 0\n",
            "participants[0].count: must be at least 1, got 0 (how many nodes this participant"
                + " starts; remove the participant rather than use 0)"),
        row(
            "count negative",
            "participants:\n  - cl_type: zeam\n    count: -3\n",
            "participants[0].count: must be at least 1, got -3 (how many nodes this participant"
                + " starts; remove the participant rather than use 0)"),
        row(
            "validator_count zero",
            "participants:\n  - cl_type: zeam\n    validator_count: 0\n",
            "participants[0].validator_count: must be at least 1, got 0 (validators per node;"
                + " every Lean node needs one, or its ENR is left out of nodes.yaml)"),
        row(
            "count quoted",
            "participants:\n  - cl_type: zeam\n    count: \"2\"\n",
            "participants[0].count: expected a whole number (how many nodes this participant"
                + " starts; remove the participant rather than use 0), got a string (\"2\")"
                + " (remove the quotes)"),
        row(
            "count decimal",
            "participants:\n  - cl_type: zeam\n    count: 1.5\n",
            "participants[0].count: expected a whole number (how many nodes this participant"
                + " starts; remove the participant rather than use 0), got a decimal number (1.5)"),
        row(
            "cl_type a number",
            "participants:\n  - cl_type: 7\n",
            "participants[0].cl_type: expected a string, got a number (7)"),
        row(
            "is_aggregator a string",
            "participants:\n  - cl_type: zeam\n    is_aggregator: \"true\"\n",
            "participants[0].is_aggregator: expected true or false, got a string (\"true\")"),
        row(
            "extra params not a list",
            OK + "    cl_extra_params: --foo\n",
            "participants[0].cl_extra_params: expected a list of strings such as"
                + " [\"--flag=value\"], got a string (\"--foo\")"),
        row(
            "extra env not a mapping",
            OK + "    cl_extra_env_vars: [A]\n",
            "participants[0].cl_extra_env_vars: expected a mapping of variable names to values"
                + " such as {RUST_LOG: debug}, got a list"),
        row(
            "bad env name",
            OK + "    cl_extra_env_vars: {9LIVES: x}\n",
            "participants[0].cl_extra_env_vars.9LIVES: '9LIVES' is not an environment variable"
                + " name (letters, digits and _, not starting with a digit)"),
        row(
            "unknown log level",
            OK + "    cl_log_level: verbose\n",
            "participants[0].cl_log_level: unknown log level 'verbose' (known: error, warn, info,"
                + " debug, trace)"),
        row(
            "negative memory",
            OK + "    cl_max_mem: -1\n",
            "participants[0].cl_max_mem: must be at least 0, got -1 (MB, 0 for no limit)"),
        row(
            "cpu request above limit",
            OK + "    cl_min_cpu: 2000\n    cl_max_cpu: 500\n",
            "participants[0].cl_min_cpu: is 2000, more than cl_max_cpu (500); the request must not"
                + " exceed the limit"),
        row(
            "image with a space",
            OK + "    cl_image: blockblaz/zeam devnet4\n",
            "participants[0].cl_image: 'blockblaz/zeam devnet4' is not an image reference such as"
                + " ghcr.io/owner/name:tag"),
        row(
            "too many validators",
            "participants:\n  - cl_type: builtin\n    count: 3\n    validator_count: 1500\n"
                + "    is_aggregator: true\n",
            "participants: 4500 validators in total (count × validator_count summed over"
                + " participants); a devnet4 state holds at most 4096 (VALIDATOR_REGISTRY_LIMIT), so"
                + " lower count or validator_count"),
        row(
            "network params not a mapping",
            OK + "lean_network_params: 5\n",
            "lean_network_params: expected a mapping of network settings (genesis_delay,"
                + " genesis_time, active_epoch, attestation_committee_count,"
                + " num_validator_keys_per_node, metrics_enabled, genesis_generator_image,"
                + " hash_sig_cli_image, public_port_start, xmss_scheme, devnet), got a number (5)"),
        row(
            "genesis_time in milliseconds",
            OK + "lean_network_params:\n  genesis_time: 1763712794000\n",
            "lean_network_params.genesis_time: 1763712794000 looks like milliseconds; genesis_time"
                + " is in Unix seconds (or 0 for launch time + genesis_delay)"),
        row(
            "negative genesis_delay",
            OK + "lean_network_params:\n  genesis_delay: -5\n",
            "lean_network_params.genesis_delay: must be at least 0, got -5 (seconds from launch to"
                + " genesis)"),
        row(
            "active_epoch too large",
            OK + "lean_network_params:\n  active_epoch: 33\n",
            "lean_network_params.active_epoch: must be at most 32, got 33 (log2 of the epochs each"
                + " XMSS key is active for; the key lifetime is 2^32)"),
        row(
            "zero committees",
            OK + "lean_network_params:\n  attestation_committee_count: 0\n",
            "lean_network_params.attestation_committee_count: must be at least 1, got 0 (the"
                + " number of attestation subnets)"),
        row(
            "metrics_enabled not a boolean",
            OK + "lean_network_params:\n  metrics_enabled: 1\n",
            "lean_network_params.metrics_enabled: expected true or false, got a number (1)"),
        row(
            "privileged public port",
            OK + "lean_network_params:\n  public_port_start: 80\n",
            "lean_network_params.public_port_start: must be 0 or between 1024 and 65535, got 80"
                + " (ports below 1024 need root)"),
        row(
            "public ports beyond 65535",
            "participants:\n  - cl_type: builtin\n    count: 100\n    is_aggregator: true\n"
                + "lean_network_params:\n  public_port_start: 65000\n",
            "lean_network_params.public_port_start: 102 services need 10 host ports each, up to"
                + " port 66019, beyond 65535; lower public_port_start to at most 64516"),
        row(
            "additional_services not a list",
            OK + "additional_services: prometheus\n",
            "additional_services: expected a list of service names (prometheus, grafana,"
                + " dashboard), got a string (\"prometheus\")"),
        row(
            "dora needs a Beacon API",
            OK + "additional_services: [dora]\n",
            "additional_services[0]: 'dora' cannot run on a Lean devnet: dora is a beacon-chain"
                + " explorer and needs the Beacon API (/eth/v1/...), which Lean clients do not serve"
                + " (they serve /lean/v0); remove it (available: prometheus, grafana, dashboard)"),
        row(
            "spamoor drives ELs",
            OK + "additional_services: [spamoor]\n",
            "additional_services[0]: 'spamoor' cannot run on a Lean devnet: spamoor drives"
                + " execution clients; lean-devnet does not launch it (execution clients are"
                + " optional here and only ethlambda pairs with one); remove it (available:"
                + " prometheus, grafana, dashboard)"),
        row(
            "unknown service",
            OK + "additional_services: [grafanna]\n",
            "additional_services[0]: unknown service 'grafanna' (did you mean 'grafana'?)"),
        row(
            "grafana without metrics",
            OK + "lean_network_params:\n  metrics_enabled: false\nadditional_services: [grafana]\n",
            "additional_services[0]: grafana needs metrics; remove it, or set"
                + " lean_network_params.metrics_enabled: true"),
        row(
            "grafana without prometheus",
            OK + "additional_services: [grafana, dashboard]\n",
            "additional_services: grafana shows what prometheus collects; add prometheus to the"
                + " list"));
  }

  private static Arguments row(String name, String yaml, String error) {
    return Arguments.of(name, yaml, error);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void eachMalformedFileNamesItsProblem(String name, String yaml, String expected) {
    ArgsFile.Result result = ArgsFile.parse(yaml);
    assertThat(result).isInstanceOf(ArgsFile.Invalid.class);
    List<String> errors =
        ((ArgsFile.Invalid) result).errors().stream().map(Problem::toString).toList();
    assertThat(errors).contains(expected);
  }
}
