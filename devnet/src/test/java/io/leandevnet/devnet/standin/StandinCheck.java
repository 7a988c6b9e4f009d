package io.leandevnet.devnet.standin;

import io.leandevnet.consensus.genesis.BundleLayout;
import io.leandevnet.devnet.clients.lean.Peam;
import io.leandevnet.devnet.genesis.GenesisException;
import io.leandevnet.devnet.genesis.ValidatorConfig;
import io.leandevnet.devnet.genesis.ValidatorConfigYaml;
import io.leandevnet.devnet.genesis.ValidatorEntry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a client's command line as its real binary would see it: every flag is one its parser
 * accepts ({@link ClientFlags}), given at most once unless the parser lets a later one win, with a
 * value where it takes one; every path exists in the container (genesis files inside the genesis
 * bundle, the node key, the writable data directory); every port it is told is the one
 * validator-config.yaml gives the node, which is the ServiceSpec's (both come from the plan's
 * addresses); bind addresses are {@code 0.0.0.0}; the committee count and subnet ids agree with the
 * bundle. The first violation ends the check.
 */
final class StandinCheck {

  private static final Pattern QUIC_MULTIADDR =
      Pattern.compile("/ip4/0\\.0\\.0\\.0/udp/(\\d+)/quic-v1");
  private static final Pattern NODE_KEY = Pattern.compile("(0x)?[0-9a-fA-F]{64}");

  /** The keys peam.conf may hold (clients.md §1.4, peam-cmd.sh). */
  private static final Map<String, FlagKind> PEAM_KEYS = peamKeys();

  /** Where the built-in node keeps its data when the client was given no data directory. */
  static final String UNTOLD_DATA_DIR = "/tmp/standin-data";

  private final ClientFlags table;
  private final ContainerPaths paths;

  StandinCheck(ClientFlags table, ContainerPaths paths) {
    this.table = table;
    this.paths = paths;
  }

  /** One flag or config entry as given. */
  private record Given(String name, FlagKind kind, String value) {
    String shown() {
      return value == null ? name : name + " " + value;
    }
  }

  /**
   * Checks {@code args}, the arguments after the binary.
   *
   * @throws StandinViolation naming the client, the flag or path, and the rule it breaks
   */
  CheckedNode check(List<String> args) throws StandinViolation {
    String client = table.client().key();
    List<Given> given = parse(args, client, who(args, client));
    int flagCount = given.size();
    for (Given g : List.copyOf(given)) {
      if (g.kind() == FlagKind.PEAM_CONFIG) {
        given.addAll(peamConfig(g, client));
      }
    }

    String nodeId = single(given, FlagKind.NODE_ID).map(Given::value).orElse(null);
    String who = nodeId == null ? client : nodeId + " (" + client + ")";
    if (nodeId == null) {
      throw new StandinViolation(who, "node id", "no flag names the node (its validator row)");
    }
    String genesisDir = genesisDir(given, who);
    ValidatorConfig config = validatorConfig(genesisDir, who);
    ValidatorEntry entry =
        config.validators().stream()
            .filter(v -> v.name().equals(nodeId))
            .findFirst()
            .orElseThrow(
                () ->
                    new StandinViolation(
                        who,
                        "--node-id " + nodeId,
                        "no such node in "
                            + genesisDir
                            + "/"
                            + BundleLayout.VALIDATOR_CONFIG_YAML));
    int committees = config.config().committeeCount();

    int pathCount = 0;
    Map<PortRole, Integer> ports = new EnumMap<>(PortRole.class);
    Map<PortRole, String> portFlags = new EnumMap<>(PortRole.class);
    boolean aggregator = false;
    for (Given g : given) {
      if (checkValue(g, who, genesisDir, committees)) {
        pathCount++;
      }
      PortRole role = role(g.kind());
      if (role != null) {
        ports.put(role, port(g));
        portFlags.put(role, g.shown());
      }
      if (g.kind() == FlagKind.AGGREGATOR) {
        aggregator = true;
      }
    }

    List<String> notes = new ArrayList<>();
    Map<PortRole, Integer> expected = new EnumMap<>(PortRole.class);
    expected.put(PortRole.QUIC, entry.enrFields().quic());
    expected.put(PortRole.API, entry.apiPort());
    expected.put(PortRole.METRICS, entry.metricsPort());
    for (PortRole role : List.of(PortRole.QUIC, PortRole.API, PortRole.METRICS)) {
      Integer want = expected.get(role);
      if (!ports.containsKey(role)) {
        String rule = table.untold().get(role);
        if (rule == null) {
          throw new StandinViolation(
              who, role.portName() + " port", "no flag tells " + client + " which port to use");
        }
        if (want == null) {
          throw new StandinViolation(
              who, role.portName() + " port", "validator-config.yaml gives none for " + nodeId);
        }
        ports.put(role, want);
        notes.add(role.portName() + " port not told: " + rule);
      } else if (want != null && !want.equals(ports.get(role))) {
        throw new StandinViolation(
            who,
            portFlags.get(role),
            "validator-config.yaml gives "
                + nodeId
                + " "
                + role.portName()
                + " port "
                + want
                + " (the port its ServiceSpec publishes)");
      }
    }
    Integer discovery = ports.get(PortRole.DISCOVERY);
    if (discovery != null) {
      for (PortRole role : List.of(PortRole.QUIC, PortRole.API, PortRole.METRICS)) {
        if (discovery.equals(ports.get(role))) {
          throw new StandinViolation(
              who,
              portFlags.get(PortRole.DISCOVERY),
              "must differ from the "
                  + role.portName()
                  + " port ("
                  + client
                  + " exits at startup)");
        }
      }
    }
    if (table.flags().values().stream().anyMatch(f -> f.kind() == FlagKind.AGGREGATOR)
        && aggregator != entry.isAggregator()) {
      throw new StandinViolation(
          who,
          "--is-aggregator",
          (aggregator ? "given, but " : "missing, but ")
              + "validator-config.yaml says isAggregator: "
              + entry.isAggregator());
    }
    String nodeKey = required(given, FlagKind.NODE_KEY, who, "no flag gives the node key");
    String dataDir;
    Optional<Given> data = single(given, FlagKind.DATA_DIR);
    if (data.isPresent()) {
      dataDir = data.get().value();
    } else if (table.untoldDataDir().isPresent()) {
      dataDir = UNTOLD_DATA_DIR;
      notes.add("data dir not told: " + table.untoldDataDir().get());
    } else {
      throw new StandinViolation(who, "data dir", "no flag gives " + client + " a data directory");
    }
    Optional<Given> count = single(given, FlagKind.COMMITTEE_COUNT);
    return new CheckedNode(
        table,
        nodeId,
        genesisDir,
        nodeKey,
        dataDir,
        ports,
        aggregator,
        count.map(g -> Integer.parseInt(g.value())).orElse(committees),
        flagCount,
        pathCount,
        notes);
  }

  /**
   * Who a violation found while parsing names: the node, when a node-id flag names it anywhere on
   * the command line ({@code zeam_0 (zeam)}), else the client.
   */
  private String who(List<String> args, String client) {
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      int eq = arg.indexOf('=');
      String name = arg.startsWith("--") && eq > 0 ? arg.substring(0, eq) : arg;
      Optional<Flag> flag = table.flag(name).or(() -> table.globalFlag(name));
      if (flag.isPresent() && flag.get().kind() == FlagKind.NODE_ID) {
        String value = eq > 0 && name.length() < arg.length() ? arg.substring(eq + 1) : null;
        if (value == null && i + 1 < args.size()) {
          value = args.get(i + 1);
        }
        if (value != null && !value.isEmpty()) {
          return value + " (" + client + ")";
        }
      }
    }
    return client;
  }

  private List<Given> parse(List<String> args, String client, String who) throws StandinViolation {
    Map<String, Given> seen = new LinkedHashMap<>();
    int i = 0;
    boolean inCommand = table.subcommand().isEmpty();
    int word = 0;
    while (i < args.size()) {
      String arg = args.get(i);
      if (!inCommand && !arg.startsWith("-")) {
        String want = table.subcommand().get(word);
        if (!arg.equals(want)) {
          throw new StandinViolation(
              who, arg, "expected the subcommand '" + want + "' (" + table.source() + ")");
        }
        word++;
        inCommand = word == table.subcommand().size();
        i++;
        continue;
      }
      String name = arg;
      String inline = null;
      int eq = arg.indexOf('=');
      if (arg.startsWith("--") && eq > 0) {
        name = arg.substring(0, eq);
        inline = arg.substring(eq + 1);
      }
      Optional<Flag> flag = inCommand ? table.flag(name) : table.globalFlag(name);
      if (flag.isEmpty()) {
        String where =
            table.subcommand().isEmpty()
                ? ""
                : inCommand
                    ? " after '" + String.join(" ", table.subcommand()) + "'"
                    : " before '" + String.join(" ", table.subcommand()) + "'";
        String also =
            !inCommand && table.flag(name).isPresent()
                ? "; it belongs after the subcommand"
                : inCommand && table.globalFlag(name).isPresent()
                    ? "; it belongs before the subcommand"
                    : "";
        throw new StandinViolation(
            who,
            arg,
            "not a flag " + client + " accepts" + where + " (" + table.source() + ")" + also);
      }
      Flag f = flag.get();
      String value;
      if (f.kind() == FlagKind.ATTACHED_TEXT) {
        value = arg.substring(f.name().length());
        name = f.name();
      } else if (!f.takesValue()) {
        if (inline != null) {
          throw new StandinViolation(who, arg, "takes no value");
        }
        value = null;
      } else if (inline != null) {
        value = inline;
      } else {
        if (i + 1 >= args.size() || isFlag(args.get(i + 1))) {
          throw new StandinViolation(who, arg, "needs a value");
        }
        value = args.get(++i);
      }
      if (seen.containsKey(name) && !table.lastWins()) {
        throw new StandinViolation(
            who, arg, "given twice; " + client + "'s parser rejects a repeated flag");
      }
      seen.put(name, new Given(name, f.kind(), value));
      i++;
    }
    if (!inCommand) {
      throw new StandinViolation(
          who,
          "'" + String.join(" ", table.subcommand()) + "'",
          "missing: " + client + " needs the subcommand");
    }
    return new ArrayList<>(seen.values());
  }

  private static boolean isFlag(String arg) {
    return arg.startsWith("-") && !arg.matches("-\\d+");
  }

  private List<Given> peamConfig(Given config, String client) throws StandinViolation {
    Path file = paths.resolve(config.value());
    if (!Files.isRegularFile(file)) {
      throw new StandinViolation(client, config.value(), "no such file in the container");
    }
    List<Given> entries = new ArrayList<>();
    List<String> lines;
    try {
      lines = Files.readAllLines(file);
    } catch (IOException e) {
      throw new StandinViolation(client, config.value(), "cannot be read: " + e.getMessage());
    }
    for (String line : lines) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      int eq = line.indexOf('=');
      String key = eq < 0 ? line : line.substring(0, eq);
      FlagKind kind = PEAM_KEYS.get(key);
      if (eq < 0 || kind == null) {
        throw new StandinViolation(
            client, config.value() + ": " + key, "not a key peam's config accepts");
      }
      if (kind != FlagKind.TEXT) {
        entries.add(new Given(Peam.CONFIG_FILE + " " + key, kind, line.substring(eq + 1)));
      }
    }
    return entries;
  }

  private String genesisDir(List<Given> given, String who) throws StandinViolation {
    Optional<Given> dir = single(given, FlagKind.GENESIS_DIR);
    if (dir.isPresent()) {
      if (!Files.isRegularFile(paths.resolve(dir.get().value() + "/" + BundleLayout.CONFIG_YAML))) {
        throw new StandinViolation(
            who,
            dir.get().shown(),
            "not the genesis bundle in the container (no config.yaml in it)");
      }
      return dir.get().value();
    }
    Optional<Given> config = single(given, FlagKind.GENESIS_CONFIG);
    if (config.isPresent()) {
      return parent(config.get().value());
    }
    // peam: its config names bundle files, not the bundle.
    for (Given g : given) {
      if (g.kind() == FlagKind.GENESIS_FILE) {
        return parent(g.value());
      }
    }
    throw new StandinViolation(
        who, "genesis", "no flag names the genesis bundle or its config.yaml");
  }

  private static String parent(String path) {
    int slash = path.lastIndexOf('/');
    return slash <= 0 ? "/" : path.substring(0, slash);
  }

  private ValidatorConfig validatorConfig(String genesisDir, String who) throws StandinViolation {
    String file = genesisDir + "/" + BundleLayout.VALIDATOR_CONFIG_YAML;
    Path p = paths.resolve(file);
    if (!Files.isRegularFile(p)) {
      throw new StandinViolation(
          who, file, "no such file in the container: is the bundle mounted?");
    }
    try {
      return ValidatorConfigYaml.read(p);
    } catch (GenesisException e) {
      throw new StandinViolation(who, file, e.getMessage());
    }
  }

  /** Checks one value; true when it named a path. */
  private boolean checkValue(Given g, String who, String genesisDir, int committees)
      throws StandinViolation {
    String v = g.value();
    switch (g.kind()) {
      case SWITCH, AGGREGATOR, NODE_ID -> {
        return false;
      }
      case TEXT, ATTACHED_TEXT -> {
        if (v.isBlank()) {
          throw new StandinViolation(who, g.name(), "needs a value");
        }
        return false;
      }
      case NUMBER -> {
        number(g, who);
        return false;
      }
      case BOOLEAN -> {
        if (!v.equals("true") && !v.equals("false")) {
          throw new StandinViolation(who, g.shown(), "must be true or false");
        }
        return false;
      }
      case URL -> {
        if (!v.startsWith("http://") && !v.startsWith("https://")) {
          throw new StandinViolation(who, g.shown(), "must be an http(s) URL");
        }
        return false;
      }
      case BIND_ADDRESS -> {
        if (!v.equals("0.0.0.0")) {
          throw new StandinViolation(
              who, g.shown(), "must be 0.0.0.0 in a container, or nothing outside reaches it");
        }
        return false;
      }
      case QUIC_PORT, API_PORT, METRICS_PORT, DISCOVERY_PORT, QUIC_MULTIADDR -> {
        int p = port(g);
        if (p < 1 || p > 65535) {
          throw new StandinViolation(
              who,
              g.shown(),
              g.kind() == FlagKind.QUIC_MULTIADDR
                  ? "must be /ip4/0.0.0.0/udp/<port>/quic-v1"
                  : "not a port number");
        }
        return false;
      }
      case COMMITTEE_COUNT -> {
        if (number(g, who) != committees) {
          throw new StandinViolation(
              who,
              g.shown(),
              "the bundle's attestation_committee_count is "
                  + committees
                  + " (validator-config.yaml)");
        }
        return false;
      }
      case SUBNET_IDS -> {
        for (String id : v.split(",", -1)) {
          int n;
          try {
            n = Integer.parseInt(id.strip());
          } catch (NumberFormatException e) {
            throw new StandinViolation(who, g.shown(), "not a comma-separated list of subnet ids");
          }
          if (n < 0 || n >= committees) {
            throw new StandinViolation(
                who, g.shown(), "subnet " + n + " is not below the committee count " + committees);
          }
        }
        return false;
      }
      case GENESIS_FILE, GENESIS_CONFIG -> {
        inBundle(g, who, genesisDir);
        if (!Files.isRegularFile(paths.resolve(v))) {
          throw new StandinViolation(who, g.shown(), "no such file in the container");
        }
        return true;
      }
      case GENESIS_DIR -> {
        if (!Files.isRegularFile(paths.resolve(v + "/" + BundleLayout.CONFIG_YAML))) {
          throw new StandinViolation(
              who, g.shown(), "not the genesis bundle in the container (no config.yaml in it)");
        }
        return true;
      }
      case GENESIS_SUBDIR -> {
        inBundle(g, who, genesisDir);
        if (!Files.isDirectory(paths.resolve(v))) {
          throw new StandinViolation(who, g.shown(), "no such directory in the container");
        }
        return true;
      }
      case GENESIS_FILE_OR_DIR -> {
        inBundle(g, who, genesisDir);
        if (!Files.exists(paths.resolve(v))) {
          throw new StandinViolation(who, g.shown(), "no such file or directory in the container");
        }
        return true;
      }
      case GENESIS_DIR_OR_BOOTNODE -> {
        if (v.equals("genesis_bootnode")) {
          return false;
        }
        if (!Files.isDirectory(paths.resolve(v))) {
          throw new StandinViolation(
              who,
              g.shown(),
              "must be a directory or genesis_bootnode (a file fails with NotDir, devnet5.md §2.4)");
        }
        return true;
      }
      case DATA_DIR -> {
        Path dir = paths.resolve(v);
        if (!Files.isDirectory(dir)) {
          throw new StandinViolation(who, g.shown(), "no such directory in the container");
        }
        try {
          Files.delete(Files.createTempFile(dir, ".standin", ".probe"));
        } catch (IOException e) {
          throw new StandinViolation(who, g.shown(), "not writable in the container");
        }
        return true;
      }
      case NODE_KEY -> {
        Path key = paths.resolve(v);
        if (!Files.isRegularFile(key)) {
          throw new StandinViolation(who, g.shown(), "no such file in the container");
        }
        try {
          if (!NODE_KEY.matcher(Files.readString(key).strip()).matches()) {
            throw new StandinViolation(who, g.shown(), "not a secp256k1 key (64 hex digits)");
          }
        } catch (IOException e) {
          throw new StandinViolation(who, g.shown(), "cannot be read in the container");
        }
        return true;
      }
      case PEAM_CONFIG -> {
        return true;
      }
    }
    throw new IllegalStateException("unhandled kind " + g.kind());
  }

  private static void inBundle(Given g, String who, String genesisDir) throws StandinViolation {
    if (!g.value().startsWith(genesisDir + "/")) {
      throw new StandinViolation(
          who, g.shown(), "not in the genesis bundle " + genesisDir + " the node was given");
    }
  }

  private static int number(Given g, String who) throws StandinViolation {
    try {
      return Integer.parseInt(g.value());
    } catch (NumberFormatException e) {
      throw new StandinViolation(who, g.shown(), "not a number");
    }
  }

  private static PortRole role(FlagKind kind) {
    return switch (kind) {
      case QUIC_PORT, QUIC_MULTIADDR -> PortRole.QUIC;
      case API_PORT -> PortRole.API;
      case METRICS_PORT -> PortRole.METRICS;
      case DISCOVERY_PORT -> PortRole.DISCOVERY;
      default -> null;
    };
  }

  private static int port(Given g) {
    if (g.kind() == FlagKind.QUIC_MULTIADDR) {
      Matcher m = QUIC_MULTIADDR.matcher(g.value());
      return m.matches() ? parsePort(m.group(1)) : -1;
    }
    return parsePort(g.value());
  }

  private static int parsePort(String s) {
    try {
      return Integer.parseInt(s);
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private static Optional<Given> single(List<Given> given, FlagKind kind) {
    return given.stream().filter(g -> g.kind() == kind).reduce((a, b) -> b);
  }

  private static String required(List<Given> given, FlagKind kind, String who, String rule)
      throws StandinViolation {
    return single(given, kind)
        .map(Given::value)
        .orElseThrow(
            () ->
                new StandinViolation(
                    who, kind.name().toLowerCase(Locale.ROOT).replace('_', ' '), rule));
  }

  private static Map<String, FlagKind> peamKeys() {
    Map<String, FlagKind> keys = new LinkedHashMap<>();
    keys.put("genesis_time", FlagKind.NUMBER);
    keys.put("metrics", FlagKind.BOOLEAN);
    keys.put("metrics_address", FlagKind.BIND_ADDRESS);
    keys.put("metrics_port", FlagKind.METRICS_PORT);
    keys.put("http_api", FlagKind.BOOLEAN);
    keys.put("listen_addr", FlagKind.QUIC_MULTIADDR);
    keys.put("node_key_path", FlagKind.NODE_KEY);
    keys.put("bootnodes_file", FlagKind.GENESIS_FILE);
    keys.put("validator_count", FlagKind.NUMBER);
    keys.put("local_validator_index", FlagKind.NUMBER);
    keys.put("attestation_committee_count", FlagKind.COMMITTEE_COUNT);
    keys.put("validator_config_path", FlagKind.GENESIS_FILE);
    keys.put("allowed_topics", FlagKind.TEXT);
    keys.put("topic_scores", FlagKind.TEXT);
    keys.put("topic_validators", FlagKind.TEXT);
    keys.put("metrics_node_name", FlagKind.TEXT);
    keys.put("metrics_client_name", FlagKind.TEXT);
    return Map.copyOf(keys);
  }
}
