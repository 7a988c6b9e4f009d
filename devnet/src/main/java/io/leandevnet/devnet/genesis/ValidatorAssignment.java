package io.leandevnet.devnet.genesis;

import io.leandevnet.devnet.plan.ValidatorDealing;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Which node runs which genesis validator, dealt as eth-beacon-genesis deals them
 * (leanvalidators/yaml.go {@code expandValidators}): with {@code roundrobin} by {@link
 * ValidatorDealing} (the planner's rule, so validators.yaml and the plan agree by construction);
 * with {@code none} rows take consecutive indices.
 *
 * <p>Example: rows zeam_0 (count 2), ream_0 (2), qlean_0 (1) with round-robin give zeam_0 = [0, 3],
 * ream_0 = [1, 4], qlean_0 = [2].
 *
 * @param rowOfValidator for each validator index, the position of its row in validator-config.yaml
 * @param config the rows
 */
public record ValidatorAssignment(List<Integer> rowOfValidator, ValidatorConfig config) {

  public ValidatorAssignment {
    rowOfValidator = List.copyOf(rowOfValidator);
  }

  /** Deals the validator indices of {@code config}. */
  public static ValidatorAssignment of(ValidatorConfig config) {
    List<ValidatorEntry> rows = config.validators();
    List<Integer> owner = new ArrayList<>(config.validatorCount());
    switch (config.shuffle()) {
      case NONE -> {
        for (int r = 0; r < rows.size(); r++) {
          for (int i = 0; i < rows.get(r).count(); i++) {
            owner.add(r);
          }
        }
      }
      case ROUNDROBIN -> {
        List<List<Integer>> held =
            ValidatorDealing.roundRobin(rows.stream().map(ValidatorEntry::count).toList());
        owner.addAll(Collections.nCopies(config.validatorCount(), 0));
        for (int r = 0; r < held.size(); r++) {
          for (int index : held.get(r)) {
            owner.set(index, r);
          }
        }
      }
    }
    return new ValidatorAssignment(owner, config);
  }

  /** Number of genesis validators. */
  public int validatorCount() {
    return rowOfValidator.size();
  }

  /** The node running validator {@code index}. */
  public ValidatorEntry nodeOf(int index) {
    return config.validators().get(rowOfValidator.get(index));
  }

  /**
   * Node name → its validator indices, ascending; nodes in first-appearance order of the validator
   * list, nodes with no validators absent (validators.yaml's content).
   */
  public Map<String, List<Integer>> indicesByNode() {
    Map<String, List<Integer>> out = new LinkedHashMap<>();
    for (int i = 0; i < rowOfValidator.size(); i++) {
      out.computeIfAbsent(nodeOf(i).name(), k -> new ArrayList<>()).add(i);
    }
    out.replaceAll((k, v) -> Collections.unmodifiableList(v));
    return Collections.unmodifiableMap(out);
  }

  /**
   * The rows that own validators, in first-appearance order of the validator list (nodes.yaml's
   * order).
   */
  public List<ValidatorEntry> nodesInFirstAppearanceOrder() {
    LinkedHashSet<Integer> rows = new LinkedHashSet<>(rowOfValidator);
    return rows.stream().map(r -> config.validators().get(r)).toList();
  }
}
