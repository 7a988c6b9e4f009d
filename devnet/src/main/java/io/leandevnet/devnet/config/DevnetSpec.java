package io.leandevnet.devnet.config;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A validated args file with every default filled in: what the user asked for, before it is
 * expanded into nodes (that is {@code io.leandevnet.devnet.plan.DevnetPlan}).
 *
 * @param global {@code global_node_selectors} and {@code global_tolerations}: where pods without
 *     placement of their own may run on Kubernetes (every participant's settings already fall back
 *     to them; Prometheus and Grafana use them as they are)
 */
public record DevnetSpec(
    List<Participant> participants,
    NetworkParams network,
    Set<AdditionalService> additionalServices,
    Scheduling global) {

  /** The most validators a devnet4 state holds (leanSpec {@code VALIDATOR_REGISTRY_LIMIT}). */
  public static final int MAX_VALIDATORS = 4096;

  public DevnetSpec {
    participants = List.copyOf(participants);
    Objects.requireNonNull(network, "network");
    additionalServices = Set.copyOf(additionalServices);
    Objects.requireNonNull(global, "global");
    if (participants.isEmpty()) {
      throw new IllegalArgumentException("a devnet needs at least one participant");
    }
  }

  /** Lean nodes over all participants. */
  public int nodeCount() {
    return participants.stream().mapToInt(Participant::count).sum();
  }

  /** Validators over all participants. */
  public int validatorCount() {
    return participants.stream().mapToInt(Participant::totalValidators).sum();
  }
}
