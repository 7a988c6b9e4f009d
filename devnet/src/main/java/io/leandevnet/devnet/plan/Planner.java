package io.leandevnet.devnet.plan;

import io.leandevnet.consensus.chain.ValidatorIndex;
import io.leandevnet.devnet.config.DevnetSpec;
import io.leandevnet.devnet.config.Execution;
import io.leandevnet.devnet.config.LeanClient;
import io.leandevnet.devnet.config.Participant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Expands a {@link DevnetSpec} into a {@link DevnetPlan}. Every node is created exactly once, in
 * args-file order:
 *
 * <ul>
 *   <li>participant {@code {cl_type: zeam, count: 2}} after one zeam node already planned gives
 *       {@code zeam_1} and {@code zeam_2} (the counter is per client across participants);
 *   <li>validators are dealt round-robin over the nodes ({@link ValidatorDealing}), as
 *       eth-beacon-genesis does with {@code shuffle: roundrobin}: nodes holding 2, 2 and 1
 *       validators get {0, 3}, {1, 4} and {2};
 *   <li>a node's subnet is its first validator index's subnet ({@code
 *       ValidatorIndex.computeSubnetId}: modulo {@code attestation_committee_count});
 *   <li>each Lean node of a participant with {@code el_type} gets its own execution node, numbered
 *       from 1 over all execution nodes: {@code el-1-ethrex-ethlambda};
 *   <li>{@code additional_services} prometheus and grafana become one service each, in that order
 *       (the dashboard is served by {@code up} itself).
 * </ul>
 */
final class Planner {

  private Planner() {}

  static DevnetPlan plan(DevnetSpec spec) {
    List<Participant> rows = new ArrayList<>();
    for (Participant p : spec.participants()) {
      for (int i = 0; i < p.count(); i++) {
        rows.add(p);
      }
    }
    List<List<Integer>> validators =
        ValidatorDealing.roundRobin(rows.stream().map(Participant::validatorCount).toList());
    int committees = spec.network().attestationCommitteeCount();

    Map<LeanClient, Integer> perClient = new EnumMap<>(LeanClient.class);
    List<LeanNode> lean = new ArrayList<>();
    List<ElNode> el = new ArrayList<>();
    for (int position = 0; position < rows.size(); position++) {
      Participant p = rows.get(position);
      int n = perClient.merge(p.clType(), 1, Integer::sum) - 1;
      String name = LeanNode.nodeName(p.clType(), n);
      Optional<String> pairedEl = Optional.empty();
      if (p.el().isPresent()) {
        Execution execution = p.el().get();
        int number = el.size() + 1;
        String service = ElNode.serviceName(number, execution.type(), p.clType());
        el.add(new ElNode(number, service, execution.type(), execution.settings(), name));
        pairedEl = Optional.of(service);
      }
      List<Integer> indices = validators.get(position);
      lean.add(
          new LeanNode(
              position,
              name,
              LeanNode.serviceName(p.clType(), n),
              p.clType(),
              p.cl(),
              indices,
              (int) ValidatorIndex.computeSubnetId(indices.getFirst(), committees),
              p.aggregator(),
              p.index(),
              pairedEl));
    }
    List<AuxService> additional =
        spec.additionalServices().stream()
            .sorted()
            .flatMap(kind -> AuxService.of(kind).stream())
            .toList();
    return new DevnetPlan(spec, lean, el, additional);
  }
}
