package io.leandevnet.devnet.config;

import java.util.Objects;
import java.util.Optional;

/**
 * One validated entry of {@code participants:}, defaults filled in.
 *
 * @param index position in the args file's list (0-based), for messages
 * @param clType the Lean consensus client
 * @param cl how its containers run
 * @param el the paired execution client, if {@code el_type} is not {@code none}; each of the {@code
 *     count} Lean nodes gets its own execution node
 * @param count how many identical nodes this entry stands for (at least 1)
 * @param validatorCount validators owned by each of those nodes (at least 1)
 * @param aggregator whether every node of this entry aggregates attestations
 */
public record Participant(
    int index,
    LeanClient clType,
    ClientSettings cl,
    Optional<Execution> el,
    int count,
    int validatorCount,
    boolean aggregator) {

  public Participant {
    Objects.requireNonNull(clType, "clType");
    Objects.requireNonNull(cl, "cl");
    Objects.requireNonNull(el, "el");
    if (count < 1 || validatorCount < 1) {
      throw new IllegalArgumentException("count and validatorCount must be at least 1");
    }
  }

  /** Validators of this entry over all its nodes. */
  public int totalValidators() {
    return count * validatorCount;
  }
}
