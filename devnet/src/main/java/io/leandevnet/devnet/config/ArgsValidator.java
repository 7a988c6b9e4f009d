package io.leandevnet.devnet.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Checks a parsed args file by hand and builds the {@link DevnetSpec}, collecting every problem
 * instead of stopping at the first: the top-level keys here, each top-level key by its own reader
 * ({@link NetworkParamsReader}, {@link ParticipantsReader}, {@link AdditionalServicesReader}),
 * every field through one {@link FieldReader}, then the whole-devnet checks. One instance checks
 * one document.
 */
final class ArgsValidator {

  static final List<String> TOP_KEYS =
      List.of(
          "participants",
          "lean_network_params",
          "additional_services",
          "global_node_selectors",
          "global_tolerations");

  private final FieldReader f;
  private final NetworkParamsReader networkReader;
  private final ParticipantsReader participantsReader;
  private final AdditionalServicesReader servicesReader;

  ArgsValidator(YamlLocations locations) {
    this.f = new FieldReader(locations);
    this.networkReader = new NetworkParamsReader(f);
    this.participantsReader = new ParticipantsReader(f);
    this.servicesReader = new AdditionalServicesReader(f);
  }

  ArgsFile.Result validate(JsonNode root) {
    if (root == null || root.isMissingNode() || root.isNull()) {
      f.error(
          "participants",
          "missing: the args file is empty; list at least one participant,"
              + " e.g. participants: [{cl_type: builtin, count: 4, is_aggregator: true}]");
      return result(null);
    }
    if (!(root instanceof ObjectNode top)) {
      f.error(
          "",
          "expected a mapping with the keys "
              + String.join(", ", TOP_KEYS)
              + " at the top of the args file, got "
              + FieldReader.describe(root));
      return result(null);
    }
    for (YamlLocations.Alias alias : f.locations().aliases()) {
      f.error(
          alias.path(),
          "YAML alias *"
              + alias.name()
              + " is not supported (it would be read as"
              + " the text '"
              + alias.name()
              + "'); write the values out instead");
    }
    f.checkKeys(top, "", TOP_KEYS, List.of());
    NetworkParams network = networkReader.read(top);
    Scheduling global = new SchedulingReader(f).global(top);
    List<Participant> participants = participantsReader.read(top, network, global);
    if (network != null && participants != null && !participants.isEmpty()) {
      network = networkReader.resolveXmss(top, network, participants);
    }
    Set<AdditionalService> services = servicesReader.read(top, network);
    if (participants != null && !participants.isEmpty()) {
      checkTotals(participants, network, services.size());
      checkExecutionClients(participants, network);
    }
    boolean ok = participants != null && !participants.isEmpty() && network != null;
    return result(ok ? new DevnetSpec(participants, network, services, global) : null);
  }

  private ArgsFile.Result result(DevnetSpec spec) {
    // File order reads best; problems without a line (whole-file ones) come first.
    f.problems().sort(Comparator.comparingInt(Problem::line));
    if (spec == null || f.problems().stream().anyMatch(Problem::isError)) {
      return new ArgsFile.Invalid(f.problems());
    }
    return new ArgsFile.Valid(spec, f.problems());
  }

  private void checkTotals(
      List<Participant> participants, NetworkParams network, int additionalServices) {
    long validators = participants.stream().mapToLong(Participant::totalValidators).sum();
    if (validators > DevnetSpec.MAX_VALIDATORS) {
      f.error(
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
        f.error(
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
      f.warning(
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
}
