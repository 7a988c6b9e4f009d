package io.leandevnet.devnet.plan;

import java.util.ArrayList;
import java.util.List;

/**
 * How genesis validators are dealt to nodes, as eth-beacon-genesis deals them with {@code shuffle:
 * roundrobin} (leanvalidators/yaml.go {@code expandValidators}): indices 0, 1, 2, … go to the nodes
 * in turn, skipping nodes that hold all theirs. The one place this rule is computed: the planner
 * gives each node its indices with it, and the genesis writer's validators.yaml follows.
 */
public final class ValidatorDealing {

  private ValidatorDealing() {}

  /**
   * The indices each node holds, for nodes holding {@code counts} validators each: {@code [2, 2,
   * 1]} gives {@code [[0, 3], [1, 4], [2]]}.
   */
  public static List<List<Integer>> roundRobin(List<Integer> counts) {
    List<List<Integer>> held = new ArrayList<>();
    counts.forEach(c -> held.add(new ArrayList<>()));
    int next = 0;
    boolean dealt = true;
    while (dealt) {
      dealt = false;
      for (int i = 0; i < counts.size(); i++) {
        if (held.get(i).size() < counts.get(i)) {
          held.get(i).add(next++);
          dealt = true;
        }
      }
    }
    return held.stream().map(List::copyOf).toList();
  }
}
