package io.leandevnet.devnet.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads {@code participants:} into {@link Participant}s: client, settings of its Lean and execution
 * containers, count, validators, aggregator role.
 */
final class ParticipantsReader {

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

  private final FieldReader f;
  private final SchedulingReader scheduling;

  ParticipantsReader(FieldReader f) {
    this.f = f;
    this.scheduling = new SchedulingReader(f);
  }

  /**
   * @param global the args file's {@code global_node_selectors} and {@code global_tolerations}, for
   *     participants that set none of their own
   */
  List<Participant> read(ObjectNode top, NetworkParams network, Scheduling global) {
    String path = "participants";
    JsonNode node = FieldReader.present(top, path);
    String example = "e.g. participants: [{cl_type: builtin, count: 4, is_aggregator: true}]";
    if (node == null) {
      f.error(path, "missing: list at least one participant, " + example);
      return null;
    }
    if (!(node instanceof ArrayNode list)) {
      f.error(
          path,
          "expected a list of participants, got " + FieldReader.describe(node) + "; " + example);
      return null;
    }
    if (list.isEmpty()) {
      f.error(path, "empty: list at least one participant, " + example);
      return null;
    }
    int keysPerNode = network == null ? 1 : network.numValidatorKeysPerNode();
    List<Participant> result = new ArrayList<>();
    boolean allValid = true;
    for (int i = 0; i < list.size(); i++) {
      Participant p = participant(list.get(i), i, keysPerNode, global);
      if (p == null) {
        allValid = false;
      } else {
        result.add(p);
      }
    }
    return allValid ? result : null;
  }

  private Participant participant(JsonNode node, int index, int keysPerNode, Scheduling global) {
    String path = "participants[" + index + "]";
    if (!(node instanceof ObjectNode obj)) {
      f.error(
          path,
          "expected a mapping such as {cl_type: zeam, count: 1}, got "
              + FieldReader.describe(node));
      return null;
    }
    long errorsBefore = f.errorCount();
    f.checkKeys(obj, path, PARTICIPANT_KEYS, IGNORED_PARTICIPANT_KEYS);

    String elName = f.string(obj, path, "el_type", "");
    if (elName.isEmpty()) {
      elName = ElClient.NONE;
    }
    Optional<ElClient> elType = Optional.empty();
    if (!elName.equals(ElClient.NONE)) {
      elType = ElClient.byKey(elName);
      if (elType.isEmpty()) {
        List<String> known = new ArrayList<>(ElClient.keys());
        known.add(0, ElClient.NONE);
        f.error(
            path + ".el_type",
            "unknown execution client '" + elName + "'" + FieldReader.hint(elName, known));
      }
    }
    LeanClient clType = clType(obj, path, elName);

    if (clType != null && elType.isPresent() && !clType.speaksEngineApi()) {
      f.error(
          path + ".el_type",
          clType.key()
              + " does not speak the Engine API, so it cannot drive "
              + elName
              + "; only ethlambda can be paired with an execution client"
              + " (set el_type: none, or cl_type: ethlambda)");
    }

    ClientSettings cl = settings(obj, path, "cl_", global);
    Optional<Execution> el = Optional.empty();
    if (elType.isPresent()) {
      el = Optional.of(new Execution(elType.get(), settings(obj, path, "el_", global)));
    } else if (elName.equals(ElClient.NONE)) {
      for (String key : PARTICIPANT_KEYS) {
        if (key.startsWith("el_")
            && !key.equals("el_type")
            && FieldReader.present(obj, key) != null) {
          f.warning(
              path + "." + key,
              "ignored because el_type is none (this participant runs no" + " execution client)");
        }
      }
    }

    int count =
        (int)
            f.number(
                obj,
                path,
                "count",
                1,
                DevnetSpec.MAX_VALIDATORS,
                "how many nodes this participant starts; remove the participant rather than use 0",
                1);
    int validators =
        (int)
            f.number(
                obj,
                path,
                "validator_count",
                1,
                DevnetSpec.MAX_VALIDATORS,
                "validators per node; every Lean node needs one, or its ENR is left out of nodes.yaml",
                keysPerNode);
    boolean aggregator = f.bool(obj, path, "is_aggregator", false);

    if (clType == null || f.errorCount() > errorsBefore) {
      return null;
    }
    return new Participant(index, clType, cl, el, count, validators, aggregator);
  }

  private LeanClient clType(ObjectNode obj, String path, String elName) {
    String where = path + ".cl_type";
    JsonNode node = FieldReader.present(obj, "cl_type");
    if (node == null) {
      f.error(
          where, "missing: name the Lean client, one of " + String.join(", ", LeanClient.keys()));
      return null;
    }
    String name = f.string(obj, path, "cl_type", null);
    if (name == null || name.isEmpty()) {
      if (name != null) {
        f.error(
            where, "empty: name the Lean client, one of " + String.join(", ", LeanClient.keys()));
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
      f.error(
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
    f.error(where, "unknown client '" + name + "'" + FieldReader.hint(name, LeanClient.keys()));
    return null;
  }

  private ClientSettings settings(ObjectNode obj, String path, String prefix, Scheduling global) {
    String image = f.image(obj, path, prefix + "image", "");
    return new ClientSettings(
        image.isEmpty() ? Optional.empty() : Optional.of(image),
        f.stringList(obj, path, prefix + "extra_params"),
        f.env(obj, path, prefix + "extra_env_vars"),
        logLevel(obj, path, prefix + "log_level"),
        resources(obj, path, prefix),
        scheduling(obj, path, prefix, global));
  }

  /**
   * ethereum-package's Kubernetes placement: {@code node_selectors} for both clients, else {@code
   * global_node_selectors}; {@code cl_tolerations} / {@code el_tolerations}, else the participant's
   * {@code tolerations}, else {@code global_tolerations}. Each level replaces the next as a whole
   * when it is set and not empty (ethereum-package's {@code get_client_node_selectors} and {@code
   * get_tolerations}).
   */
  private Scheduling scheduling(ObjectNode obj, String path, String prefix, Scheduling global) {
    Map<String, String> selectors = scheduling.selectors(obj, path, "node_selectors");
    String key =
        FieldReader.present(obj, prefix + "tolerations") != null
            ? prefix + "tolerations"
            : "tolerations";
    List<Toleration> tolerations = scheduling.tolerations(obj, path, key);
    if (tolerations.isEmpty() && !key.equals("tolerations")) {
      tolerations = scheduling.tolerations(obj, path, "tolerations");
    }
    return new Scheduling(
        selectors.isEmpty() ? global.nodeSelectors() : selectors,
        tolerations.isEmpty() ? global.tolerations() : tolerations);
  }

  private Resources resources(ObjectNode obj, String path, String prefix) {
    String cores = "millicores (1000 = one core), 0 for no limit";
    String mb = "MB, 0 for no limit";
    int minCpu = (int) f.number(obj, path, prefix + "min_cpu", 0, Integer.MAX_VALUE, cores, 0);
    int maxCpu = (int) f.number(obj, path, prefix + "max_cpu", 0, Integer.MAX_VALUE, cores, 0);
    int minMem = (int) f.number(obj, path, prefix + "min_mem", 0, Integer.MAX_VALUE, mb, 0);
    int maxMem = (int) f.number(obj, path, prefix + "max_mem", 0, Integer.MAX_VALUE, mb, 0);
    requestWithinLimit(path, prefix, "cpu", minCpu, maxCpu);
    requestWithinLimit(path, prefix, "mem", minMem, maxMem);
    return new Resources(
        Math.max(0, minCpu), Math.max(0, maxCpu), Math.max(0, minMem), Math.max(0, maxMem));
  }

  /** Reports {@code <prefix>min_<what>} above a set {@code <prefix>max_<what>}. */
  private void requestWithinLimit(String path, String prefix, String what, int min, int max) {
    if (max > 0 && min > max) {
      f.error(
          path + "." + prefix + "min_" + what,
          "is "
              + min
              + ", more than "
              + prefix
              + "max_"
              + what
              + " ("
              + max
              + "); the request must not exceed the limit");
    }
  }

  private LogLevel logLevel(ObjectNode obj, String path, String key) {
    String name = f.string(obj, path, key, "");
    if (name.isEmpty()) {
      return LogLevel.INFO;
    }
    Optional<LogLevel> level = LogLevel.byKey(name);
    if (level.isEmpty()) {
      f.error(
          path + "." + key,
          "unknown log level '" + name + "'" + FieldReader.hint(name, LogLevel.keys()));
      return LogLevel.INFO;
    }
    return level.get();
  }
}
