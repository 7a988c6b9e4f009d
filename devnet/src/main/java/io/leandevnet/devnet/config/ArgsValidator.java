package io.leandevnet.devnet.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Checks a parsed args file by hand and builds the {@link DevnetSpec}, collecting every problem
 * instead of stopping at the first. One instance checks one document.
 */
final class ArgsValidator {

  static final List<String> TOP_KEYS =
      List.of("participants", "lean_network_params", "additional_services");

  static final List<String> PARTICIPANT_KEYS =
      List.of(
          "el_type",
          "el_image",
          "cl_type",
          "cl_image",
          "count",
          "validator_count",
          "is_aggregator",
          "cl_extra_params",
          "cl_extra_env_vars",
          "el_extra_params",
          "el_extra_env_vars",
          "cl_log_level",
          "el_log_level",
          "cl_min_cpu",
          "cl_max_cpu",
          "cl_min_mem",
          "cl_max_mem",
          "el_min_cpu",
          "el_max_cpu",
          "el_min_mem",
          "el_max_mem",
          "node_selectors",
          "tolerations",
          "cl_tolerations",
          "el_tolerations");

  /** ethereum-package participant keys that make sense only on Kubernetes or for Kurtosis. */
  static final List<String> IGNORED_PARTICIPANT_KEYS =
      List.of("cl_extra_labels", "el_extra_labels", "prometheus_config");

  static final List<String> NETWORK_KEYS =
      List.of(
          "genesis_delay",
          "genesis_time",
          "active_epoch",
          "attestation_committee_count",
          "num_validator_keys_per_node",
          "metrics_enabled",
          "genesis_generator_image",
          "hash_sig_cli_image",
          "public_port_start",
          "xmss_scheme",
          "devnet");

  /** Beacon-chain consensus clients someone may write in cl_type, with their Lean counterpart. */
  private static final Map<String, String> BEACON_CLIENTS =
      Map.of(
          "lighthouse",
          "lean_lighthouse",
          "grandine",
          "lean_grandine",
          "teku",
          "",
          "prysm",
          "",
          "lodestar",
          "",
          "nimbus",
          "",
          "caplin",
          "");

  private static final Pattern ENV_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  private static final Pattern IMAGE = Pattern.compile("[^\\s]+");
  private static final int MAX_ACTIVE_EPOCH = 32;
  private static final long MAX_GENESIS_DELAY = 7 * 24 * 3600;

  /** Unix seconds above this are surely milliseconds (year 5138). */
  private static final long MAX_GENESIS_TIME = 100_000_000_000L;

  private final YamlLocations locations;
  private final List<Problem> problems = new ArrayList<>();

  ArgsValidator(YamlLocations locations) {
    this.locations = locations;
  }

  ArgsFile.Result validate(JsonNode root) {
    if (root == null || root.isMissingNode() || root.isNull()) {
      error(
          "participants",
          "missing: the args file is empty; list at least one participant,"
              + " e.g. participants: [{cl_type: builtin, count: 4, is_aggregator: true}]");
      return result(null);
    }
    if (!(root instanceof ObjectNode top)) {
      error(
          "",
          "expected a mapping with the keys "
              + String.join(", ", TOP_KEYS)
              + " at the top of the args file, got "
              + describe(root));
      return result(null);
    }
    for (YamlLocations.Alias alias : locations.aliases()) {
      error(
          alias.path(),
          "YAML alias *"
              + alias.name()
              + " is not supported (it would be read as"
              + " the text '"
              + alias.name()
              + "'); write the values out instead");
    }
    checkKeys(top, "", TOP_KEYS, List.of());
    NetworkParams network = networkParams(top);
    List<Participant> participants = participants(top, network);
    if (network != null && participants != null && !participants.isEmpty()) {
      network = resolveXmss(top, network, participants);
    }
    Set<AdditionalService> services = additionalServices(top, network);
    if (participants != null && !participants.isEmpty()) {
      checkTotals(participants, network, services.size());
      checkExecutionClients(participants, network);
    }
    boolean ok = participants != null && !participants.isEmpty() && network != null;
    return result(ok ? new DevnetSpec(participants, network, services) : null);
  }

  private ArgsFile.Result result(DevnetSpec spec) {
    // File order reads best; problems without a line (whole-file ones) come first.
    problems.sort(java.util.Comparator.comparingInt(Problem::line));
    if (spec == null || problems.stream().anyMatch(Problem::isError)) {
      return new ArgsFile.Invalid(problems);
    }
    return new ArgsFile.Valid(spec, problems);
  }

  // --- lean_network_params -----------------------------------------------------------------

  private NetworkParams networkParams(ObjectNode top) {
    String path = "lean_network_params";
    JsonNode node = present(top, path);
    if (node == null) {
      return NetworkParams.DEFAULTS;
    }
    if (!(node instanceof ObjectNode obj)) {
      error(
          path,
          "expected a mapping of network settings ("
              + String.join(", ", NETWORK_KEYS)
              + "), got "
              + describe(node));
      return null;
    }
    checkKeys(obj, path, NETWORK_KEYS, List.of());
    NetworkParams d = NetworkParams.DEFAULTS;
    long delay =
        number(
            obj,
            path,
            "genesis_delay",
            0,
            MAX_GENESIS_DELAY,
            "seconds from launch to genesis",
            d.genesisDelay());
    long time =
        number(
            obj,
            path,
            "genesis_time",
            0,
            Long.MAX_VALUE,
            "Unix seconds of slot 0, or 0 for launch time + genesis_delay",
            d.genesisTime());
    if (time > MAX_GENESIS_TIME) {
      error(
          path + ".genesis_time",
          time
              + " looks like milliseconds; genesis_time is in Unix"
              + " seconds (or 0 for launch time + genesis_delay)");
    }
    int activeEpoch =
        (int)
            number(
                obj,
                path,
                "active_epoch",
                1,
                MAX_ACTIVE_EPOCH,
                "log2 of the epochs each XMSS key is active for; the key lifetime is 2^32",
                d.activeEpoch());
    int committees =
        (int)
            number(
                obj,
                path,
                "attestation_committee_count",
                1,
                DevnetSpec.MAX_VALIDATORS,
                "the number of attestation subnets",
                d.attestationCommitteeCount());
    int keysPerNode =
        (int)
            number(
                obj,
                path,
                "num_validator_keys_per_node",
                1,
                DevnetSpec.MAX_VALIDATORS,
                "the default validator_count of every participant",
                d.numValidatorKeysPerNode());
    boolean metrics = bool(obj, path, "metrics_enabled", d.metricsEnabled());
    String genesisImage = image(obj, path, "genesis_generator_image", d.genesisGeneratorImage());
    String hashSigImage = image(obj, path, "hash_sig_cli_image", d.hashSigCliImage());
    int portStart =
        (int)
            number(
                obj,
                path,
                "public_port_start",
                0,
                65535,
                "the first host port to publish, or 0 for the backend's default layout",
                d.publicPortStart());
    if (portStart > 0 && portStart < 1024) {
      error(
          path + ".public_port_start",
          "must be 0 or between 1024 and 65535, got "
              + portStart
              + " (ports below 1024 need root)");
    }
    return new NetworkParams(
        delay,
        time,
        activeEpoch,
        committees,
        keysPerNode,
        metrics,
        genesisImage,
        hashSigImage,
        portStart,
        d.xmssScheme(),
        devnetProfile(obj, path, d.devnet()));
  }

  private DevnetProfile devnetProfile(ObjectNode obj, String path, DevnetProfile fallback) {
    String name = string(obj, path, "devnet", "");
    if (name.isEmpty()) {
      return fallback;
    }
    Optional<DevnetProfile> profile = DevnetProfile.byKey(name);
    if (profile.isEmpty()) {
      error(
          path + ".devnet",
          "unknown devnet '"
              + name
              + "'"
              + hint(name, DevnetProfile.keys())
              + "; it chooses every client's default image");
      return fallback;
    }
    return profile.get();
  }

  /**
   * {@code xmss_scheme}: {@code small} by default when every node is {@code builtin} (keys in a
   * fraction of a second, active_epoch 12 unless given), {@code devnet4} otherwise; {@code small}
   * with another client, or an {@code active_epoch} beyond its lifetime, is an error.
   */
  private NetworkParams resolveXmss(
      ObjectNode top, NetworkParams network, List<Participant> participants) {
    String path = "lean_network_params";
    JsonNode params = top.get(path);
    ObjectNode obj = params instanceof ObjectNode o ? o : null;
    boolean allBuiltin = participants.stream().allMatch(p -> p.clType() == LeanClient.BUILTIN);
    String given = obj == null ? null : string(obj, path, "xmss_scheme", null);
    String scheme =
        given == null
            ? (allBuiltin ? NetworkParams.XMSS_SMALL : NetworkParams.XMSS_DEVNET4)
            : given;
    if (!scheme.equals(NetworkParams.XMSS_DEVNET4) && !scheme.equals(NetworkParams.XMSS_SMALL)) {
      String near =
          NearestName.among(scheme, List.of(NetworkParams.XMSS_DEVNET4, NetworkParams.XMSS_SMALL))
              .map(n -> " (did you mean '" + n + "'?)")
              .orElse("");
      error(
          path + ".xmss_scheme",
          "unknown XMSS scheme '"
              + scheme
              + "'"
              + near
              + "; use devnet4 (every client) or small (built-in nodes only)");
      return network;
    }
    boolean activeGiven =
        obj != null
            && obj.hasNonNull("active_epoch")
            && !obj.get("active_epoch").asText().isEmpty();
    int active = network.activeEpoch();
    if (scheme.equals(NetworkParams.XMSS_SMALL)) {
      for (Participant p : participants) {
        if (p.clType() != LeanClient.BUILTIN) {
          error(
              "participants[" + p.index() + "].cl_type",
              p.clType().key()
                  + " cannot read small XMSS keys (xmss_scheme: small"
                  + " is for built-in nodes only); set lean_network_params.xmss_scheme: devnet4");
          return network;
        }
      }
      if (!activeGiven) {
        active = NetworkParams.DEFAULT_SMALL_ACTIVE_EPOCH;
      } else if (active > NetworkParams.SMALL_LOG_LIFETIME) {
        error(
            path + ".active_epoch",
            "small XMSS keys live 2^"
                + NetworkParams.SMALL_LOG_LIFETIME
                + " slots, so active_epoch"
                + " is at most "
                + NetworkParams.SMALL_LOG_LIFETIME
                + ", got "
                + active
                + " (or set xmss_scheme: devnet4)");
      }
    }
    return network.withXmss(scheme, active);
  }

  // --- participants ------------------------------------------------------------------------

  private List<Participant> participants(ObjectNode top, NetworkParams network) {
    String path = "participants";
    JsonNode node = present(top, path);
    String example = "e.g. participants: [{cl_type: builtin, count: 4, is_aggregator: true}]";
    if (node == null) {
      error(path, "missing: list at least one participant, " + example);
      return null;
    }
    if (!(node instanceof ArrayNode list)) {
      error(path, "expected a list of participants, got " + describe(node) + "; " + example);
      return null;
    }
    if (list.isEmpty()) {
      error(path, "empty: list at least one participant, " + example);
      return null;
    }
    int keysPerNode = network == null ? 1 : network.numValidatorKeysPerNode();
    List<Participant> result = new ArrayList<>();
    boolean allValid = true;
    for (int i = 0; i < list.size(); i++) {
      Participant p = participant(list.get(i), i, keysPerNode);
      if (p == null) {
        allValid = false;
      } else {
        result.add(p);
      }
    }
    return allValid ? result : null;
  }

  private Participant participant(JsonNode node, int index, int keysPerNode) {
    String path = "participants[" + index + "]";
    if (!(node instanceof ObjectNode obj)) {
      error(path, "expected a mapping such as {cl_type: zeam, count: 1}, got " + describe(node));
      return null;
    }
    long errorsBefore = errorCount();
    checkKeys(obj, path, PARTICIPANT_KEYS, IGNORED_PARTICIPANT_KEYS);

    String elName = string(obj, path, "el_type", "");
    if (elName.isEmpty()) {
      elName = ElClient.NONE;
    }
    Optional<ElClient> elType = Optional.empty();
    if (!elName.equals(ElClient.NONE)) {
      elType = ElClient.byKey(elName);
      if (elType.isEmpty()) {
        List<String> known = new ArrayList<>(ElClient.keys());
        known.add(0, ElClient.NONE);
        error(path + ".el_type", "unknown execution client '" + elName + "'" + hint(elName, known));
      }
    }
    LeanClient clType = clType(obj, path, elName);

    if (clType != null && elType.isPresent() && !clType.speaksEngineApi()) {
      error(
          path + ".el_type",
          clType.key()
              + " does not speak the Engine API, so it cannot drive "
              + elName
              + "; only ethlambda can be paired with an execution client"
              + " (set el_type: none, or cl_type: ethlambda)");
    }

    ClientSettings cl = settings(obj, path, "cl_");
    Optional<Execution> el = Optional.empty();
    if (elType.isPresent()) {
      el = Optional.of(new Execution(elType.get(), settings(obj, path, "el_")));
    } else if (elName.equals(ElClient.NONE)) {
      for (String key : PARTICIPANT_KEYS) {
        if (key.startsWith("el_") && !key.equals("el_type") && present(obj, key) != null) {
          warning(
              path + "." + key,
              "ignored because el_type is none (this participant runs no" + " execution client)");
        }
      }
    }

    int count =
        (int)
            number(
                obj,
                path,
                "count",
                1,
                DevnetSpec.MAX_VALIDATORS,
                "how many nodes this participant starts; remove the participant rather than use 0",
                1);
    int validators =
        (int)
            number(
                obj,
                path,
                "validator_count",
                1,
                DevnetSpec.MAX_VALIDATORS,
                "validators per node; every Lean node needs one, or its ENR is left out of nodes.yaml",
                keysPerNode);
    boolean aggregator = bool(obj, path, "is_aggregator", false);

    if (clType == null || errorCount() > errorsBefore) {
      return null;
    }
    return new Participant(index, clType, cl, el, count, validators, aggregator);
  }

  private LeanClient clType(ObjectNode obj, String path, String elName) {
    String where = path + ".cl_type";
    JsonNode node = present(obj, "cl_type");
    if (node == null) {
      error(where, "missing: name the Lean client, one of " + String.join(", ", LeanClient.keys()));
      return null;
    }
    String name = string(obj, path, "cl_type", null);
    if (name == null || name.isEmpty()) {
      if (name != null) {
        error(where, "empty: name the Lean client, one of " + String.join(", ", LeanClient.keys()));
      }
      return null;
    }
    Optional<LeanClient> client = LeanClient.byKey(name);
    if (client.isPresent()) {
      return client.get();
    }
    if (BEACON_CLIENTS.containsKey(name)) {
      String lean = BEACON_CLIENTS.get(name);
      String without =
          elName.equals(ElClient.NONE)
              ? "; it needs an execution client and a beacon-chain genesis, and el_type: none gives"
                  + " it neither"
              : "";
      error(
          where,
          "'"
              + name
              + "' is a beacon-chain client, not a Lean consensus client"
              + without
              + "; lean-devnet runs Lean clients only ("
              + (lean.isEmpty()
                  ? "known: " + String.join(", ", LeanClient.keys())
                  : "did you mean '" + lean + "'?")
              + ")");
      return null;
    }
    error(where, "unknown client '" + name + "'" + hint(name, LeanClient.keys()));
    return null;
  }

  private ClientSettings settings(ObjectNode obj, String path, String prefix) {
    String image = image(obj, path, prefix + "image", "");
    return new ClientSettings(
        image.isEmpty() ? Optional.empty() : Optional.of(image),
        stringList(obj, path, prefix + "extra_params"),
        env(obj, path, prefix + "extra_env_vars"),
        logLevel(obj, path, prefix + "log_level"),
        resources(obj, path, prefix),
        scheduling(obj, path, prefix));
  }

  /**
   * ethereum-package's Kubernetes placement: {@code node_selectors} for both clients, {@code
   * cl_tolerations} / {@code el_tolerations}, else the participant's {@code tolerations}.
   */
  private Scheduling scheduling(ObjectNode obj, String path, String prefix) {
    Map<String, String> selectors = new LinkedHashMap<>();
    JsonNode n = present(obj, "node_selectors");
    if (n != null) {
      if (!(n instanceof ObjectNode map)) {
        error(
            path + ".node_selectors",
            "expected a mapping of node labels to values such as {disktype: ssd}, got "
                + describe(n));
      } else {
        for (var e : map.properties()) {
          if (!e.getValue().isValueNode() || e.getValue().isNull()) {
            error(
                path + ".node_selectors." + e.getKey(),
                "expected a string value, got " + describe(e.getValue()));
          } else {
            selectors.put(e.getKey(), e.getValue().asText());
          }
        }
      }
    }
    String key =
        present(obj, prefix + "tolerations") != null ? prefix + "tolerations" : "tolerations";
    return new Scheduling(selectors, tolerations(obj, path, key));
  }

  private List<Toleration> tolerations(ObjectNode obj, String path, String key) {
    JsonNode n = present(obj, key);
    if (n == null) {
      return List.of();
    }
    String where = path + "." + key;
    if (!n.isArray()) {
      error(
          where,
          "expected a list such as [{key: dedicated, operator: Equal, value: lean, effect:"
              + " NoSchedule}], got "
              + describe(n));
      return List.of();
    }
    List<Toleration> out = new ArrayList<>();
    for (int i = 0; i < n.size(); i++) {
      String at = where + "[" + i + "]";
      if (!(n.get(i) instanceof ObjectNode t)) {
        error(
            at, "expected a mapping with key, operator, value, effect, got " + describe(n.get(i)));
        continue;
      }
      checkKeys(
          t, at, List.of("key", "operator", "value", "effect", "toleration_seconds"), List.of());
      String operator = string(t, at, "operator", "Equal");
      if (!Toleration.OPERATORS.contains(operator)) {
        error(at + ".operator", "'" + operator + "': expected Equal or Exists");
      }
      String effect = string(t, at, "effect", "");
      if (!Toleration.EFFECTS.contains(effect)) {
        error(
            at + ".effect",
            "'" + effect + "': expected NoSchedule, PreferNoSchedule or NoExecute (or none)");
      }
      JsonNode seconds = present(t, "toleration_seconds");
      Optional<Long> secs = Optional.empty();
      if (seconds != null) {
        if (!seconds.canConvertToLong() || !seconds.isIntegralNumber()) {
          error(
              at + ".toleration_seconds",
              "expected a whole number of seconds, got " + describe(seconds));
        } else {
          secs = Optional.of(seconds.asLong());
        }
      }
      out.add(
          new Toleration(
              string(t, at, "key", ""), operator, string(t, at, "value", ""), effect, secs));
    }
    return out;
  }

  private Resources resources(ObjectNode obj, String path, String prefix) {
    String cores = "millicores (1000 = one core), 0 for no limit";
    String mb = "MB, 0 for no limit";
    int minCpu = (int) number(obj, path, prefix + "min_cpu", 0, Integer.MAX_VALUE, cores, 0);
    int maxCpu = (int) number(obj, path, prefix + "max_cpu", 0, Integer.MAX_VALUE, cores, 0);
    int minMem = (int) number(obj, path, prefix + "min_mem", 0, Integer.MAX_VALUE, mb, 0);
    int maxMem = (int) number(obj, path, prefix + "max_mem", 0, Integer.MAX_VALUE, mb, 0);
    if (maxCpu > 0 && minCpu > maxCpu) {
      error(
          path + "." + prefix + "min_cpu",
          "is "
              + minCpu
              + ", more than "
              + prefix
              + "max_cpu ("
              + maxCpu
              + "); the request must not exceed the limit");
    }
    if (maxMem > 0 && minMem > maxMem) {
      error(
          path + "." + prefix + "min_mem",
          "is "
              + minMem
              + ", more than "
              + prefix
              + "max_mem ("
              + maxMem
              + "); the request must not exceed the limit");
    }
    return new Resources(
        Math.max(0, minCpu), Math.max(0, maxCpu), Math.max(0, minMem), Math.max(0, maxMem));
  }

  private LogLevel logLevel(ObjectNode obj, String path, String key) {
    String name = string(obj, path, key, "");
    if (name.isEmpty()) {
      return LogLevel.INFO;
    }
    Optional<LogLevel> level = LogLevel.byKey(name);
    if (level.isEmpty()) {
      error(path + "." + key, "unknown log level '" + name + "'" + hint(name, LogLevel.keys()));
      return LogLevel.INFO;
    }
    return level.get();
  }

  // --- additional_services -----------------------------------------------------------------

  private Set<AdditionalService> additionalServices(ObjectNode top, NetworkParams network) {
    String path = "additional_services";
    JsonNode node = present(top, path);
    Set<AdditionalService> result = EnumSet.noneOf(AdditionalService.class);
    if (node == null) {
      // ethereum-package's default: the metrics stack, when there are metrics to show.
      if (network == null || network.metricsEnabled()) {
        result.add(AdditionalService.PROMETHEUS);
        result.add(AdditionalService.GRAFANA);
      }
      return result;
    }
    if (!(node instanceof ArrayNode list)) {
      error(
          path,
          "expected a list of service names ("
              + String.join(", ", AdditionalService.keys())
              + "), got "
              + describe(node));
      return result;
    }
    for (int i = 0; i < list.size(); i++) {
      String where = path + "[" + i + "]";
      JsonNode item = list.get(i);
      if (!item.isTextual()) {
        error(where, "expected a service name, got " + describe(item));
        continue;
      }
      String name = item.asText();
      Optional<AdditionalService> service = AdditionalService.byKey(name);
      Optional<String> refused =
          AdditionalService.whyRefused(name.startsWith("mev") ? "mev" : name);
      if (service.isPresent()) {
        if (!result.add(service.get())) {
          warning(where, "'" + name + "' is listed twice");
        }
        boolean metricsService = service.get() != AdditionalService.DASHBOARD;
        if (metricsService && network != null && !network.metricsEnabled()) {
          error(
              where,
              name
                  + " needs metrics; remove it, or set"
                  + " lean_network_params.metrics_enabled: true");
        }
      } else if (name.equals("prometheus_grafana")) {
        result.add(AdditionalService.PROMETHEUS);
        result.add(AdditionalService.GRAFANA);
      } else if (refused.isPresent()) {
        error(
            where,
            "'"
                + name
                + "' cannot run on a Lean devnet: "
                + refused.get()
                + "; remove it (available: "
                + String.join(", ", AdditionalService.keys())
                + ")");
      } else {
        error(where, "unknown service '" + name + "'" + hint(name, AdditionalService.keys()));
      }
    }
    return result;
  }

  // --- whole-devnet checks -----------------------------------------------------------------

  private void checkTotals(
      List<Participant> participants, NetworkParams network, int additionalServices) {
    long validators = participants.stream().mapToLong(Participant::totalValidators).sum();
    if (validators > DevnetSpec.MAX_VALIDATORS) {
      error(
          "participants",
          validators
              + " validators in total (count × validator_count summed"
              + " over participants); a devnet4 state holds at most "
              + DevnetSpec.MAX_VALIDATORS
              + " (VALIDATOR_REGISTRY_LIMIT), so lower count or validator_count");
    }
    if (network != null && network.publicPortStart() > 0) {
      long services =
          participants.stream()
                  .mapToLong(p -> (long) p.count() * (p.el().isPresent() ? 2 : 1))
                  .sum()
              + additionalServices;
      long last = network.publicPortStart() + services * NetworkParams.PORTS_PER_SERVICE - 1;
      if (last > 65535) {
        error(
            "lean_network_params.public_port_start",
            services
                + " services need "
                + NetworkParams.PORTS_PER_SERVICE
                + " host ports each, up to port "
                + last
                + ", beyond 65535; lower public_port_start to at most "
                + (65536 - services * NetworkParams.PORTS_PER_SERVICE));
      }
    }
  }

  /**
   * Execution clients boot slower than Lean nodes; ten or more need a long enough genesis delay.
   */
  static final int MANY_EXECUTION_CLIENTS = 10;

  static final long EXECUTION_GENESIS_DELAY = 180;

  private void checkExecutionClients(List<Participant> participants, NetworkParams network) {
    long els =
        participants.stream().filter(p -> p.el().isPresent()).mapToLong(Participant::count).sum();
    if (network != null
        && network.genesisTime() == 0
        && els >= MANY_EXECUTION_CLIENTS
        && network.genesisDelay() < EXECUTION_GENESIS_DELAY) {
      warning(
          "lean_network_params.genesis_delay",
          network.genesisDelay()
              + " s for "
              + els
              + " execution clients: with "
              + MANY_EXECUTION_CLIENTS
              + " or more, genesis came before they all answered (seen with the seed's"
              + " all-clients file); set genesis_delay: "
              + EXECUTION_GENESIS_DELAY
              + " or more");
    }
  }

  // --- typed field readers: each reports its own problem and returns a usable default ---------

  /** The value of {@code key}, or null when it is absent or YAML null (both mean "default"). */
  private static JsonNode present(ObjectNode obj, String key) {
    JsonNode n = obj.get(key);
    return n == null || n.isNull() ? null : n;
  }

  private long number(
      ObjectNode obj, String path, String key, long min, long max, String meaning, long fallback) {
    JsonNode n = present(obj, key);
    if (n == null) {
      return fallback;
    }
    String where = path.isEmpty() ? key : path + "." + key;
    if (!n.isIntegralNumber() || !n.canConvertToLong()) {
      String quoted =
          n.isTextual() && n.asText().strip().matches("-?\\d+") ? " (remove the quotes)" : "";
      error(where, "expected a whole number (" + meaning + "), got " + describe(n) + quoted);
      return fallback;
    }
    long v = n.asLong();
    if (v < min) {
      error(where, "must be at least " + min + ", got " + v + " (" + meaning + ")");
      return fallback;
    }
    if (v > max) {
      error(where, "must be at most " + max + ", got " + v + " (" + meaning + ")");
      return fallback;
    }
    return v;
  }

  private boolean bool(ObjectNode obj, String path, String key, boolean fallback) {
    JsonNode n = present(obj, key);
    if (n == null) {
      return fallback;
    }
    if (!n.isBoolean()) {
      error(path + "." + key, "expected true or false, got " + describe(n));
      return fallback;
    }
    return n.asBoolean();
  }

  private String string(ObjectNode obj, String path, String key, String fallback) {
    JsonNode n = present(obj, key);
    if (n == null) {
      return fallback;
    }
    if (!n.isTextual()) {
      error(path + "." + key, "expected a string, got " + describe(n));
      return fallback;
    }
    return n.asText().strip();
  }

  private String image(ObjectNode obj, String path, String key, String fallback) {
    String image = string(obj, path, key, "");
    if (image.isEmpty()) {
      return fallback;
    }
    if (!IMAGE.matcher(image).matches() || image.startsWith("-")) {
      error(
          path + "." + key,
          "'" + image + "' is not an image reference such as" + " ghcr.io/owner/name:tag");
      return fallback;
    }
    return image;
  }

  private List<String> stringList(ObjectNode obj, String path, String key) {
    JsonNode n = present(obj, key);
    if (n == null) {
      return List.of();
    }
    String where = path + "." + key;
    if (!(n instanceof ArrayNode list)) {
      error(where, "expected a list of strings such as [\"--flag=value\"], got " + describe(n));
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      JsonNode item = list.get(i);
      if (!item.isValueNode() || item.isNull()) {
        error(where + "[" + i + "]", "expected a string, got " + describe(item));
      } else {
        out.add(item.asText());
      }
    }
    return out;
  }

  private Map<String, String> env(ObjectNode obj, String path, String key) {
    JsonNode n = present(obj, key);
    if (n == null) {
      return Map.of();
    }
    String where = path + "." + key;
    if (!(n instanceof ObjectNode map)) {
      error(
          where,
          "expected a mapping of variable names to values such as {RUST_LOG: debug},"
              + " got "
              + describe(n));
      return Map.of();
    }
    Map<String, String> out = new LinkedHashMap<>();
    for (var e : map.properties()) {
      String var = where + "." + e.getKey();
      if (!ENV_NAME.matcher(e.getKey()).matches()) {
        error(
            var,
            "'"
                + e.getKey()
                + "' is not an environment variable name (letters, digits"
                + " and _, not starting with a digit)");
      } else if (!e.getValue().isValueNode() || e.getValue().isNull()) {
        error(var, "expected a string value, got " + describe(e.getValue()));
      } else {
        out.put(e.getKey(), e.getValue().asText());
      }
    }
    return out;
  }

  private void checkKeys(ObjectNode obj, String path, List<String> known, List<String> ignored) {
    for (var property : obj.properties()) {
      String key = property.getKey();
      if (known.contains(key)) {
        continue;
      }
      String where = path.isEmpty() ? key : path + "." + key;
      if (ignored.contains(key)) {
        warning(where, "ignored: lean-devnet does not use this ethereum-package key");
      } else if (key.equals("lean_participants")) {
        error(
            where,
            "unknown key 'lean_participants': lean-devnet reads participants with cl_type"
                + " and cl_image (rename lean_participants to participants, lean_type to cl_type)");
      } else if (key.startsWith("lean_") && known.contains("cl_" + key.substring(5))) {
        error(where, "unknown key '" + key + "' (did you mean 'cl_" + key.substring(5) + "'?)");
      } else {
        error(where, "unknown key '" + key + "'" + hint(key, known));
      }
    }
  }

  private static String hint(String input, Collection<String> known) {
    return NearestName.among(input, known)
        .map(s -> " (did you mean '" + s + "'?)")
        .orElse(" (known: " + String.join(", ", known) + ")");
  }

  private static String describe(JsonNode n) {
    Function<String, String> cut = s -> s.length() > 40 ? s.substring(0, 37) + "..." : s;
    if (n.isTextual()) {
      return "a string (\"" + cut.apply(n.asText()) + "\")";
    }
    if (n.isBoolean()) {
      return "a boolean (" + n.asText() + ")";
    }
    if (n.isIntegralNumber()) {
      return (n.canConvertToLong() ? "a number (" : "a number too large (")
          + cut.apply(n.asText())
          + ")";
    }
    if (n.isNumber()) {
      return "a decimal number (" + n.asText() + ")";
    }
    if (n.isArray()) {
      return "a list";
    }
    if (n.isObject()) {
      return "a mapping";
    }
    return n.getNodeType().toString().toLowerCase(java.util.Locale.ROOT);
  }

  private long errorCount() {
    return problems.stream().filter(Problem::isError).count();
  }

  private void error(String path, String message) {
    problems.add(new Problem(Problem.Severity.ERROR, path, locations.lineOf(path), message));
  }

  private void warning(String path, String message) {
    problems.add(new Problem(Problem.Severity.WARNING, path, locations.lineOf(path), message));
  }
}
