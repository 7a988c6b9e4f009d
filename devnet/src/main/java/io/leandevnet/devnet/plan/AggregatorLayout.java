package io.leandevnet.devnet.plan;

import io.leandevnet.devnet.config.Problem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Whether a plan's aggregators can aggregate every subnet: lean-quickstart's layout is exactly one
 * aggregator per subnet, and a subnet without one never has its attestations aggregated, so the
 * chain cannot justify. Checked on the plan, whose nodes already carry their subnet.
 */
public final class AggregatorLayout {

  private AggregatorLayout() {}

  /** Warnings about {@code plan}'s aggregators; empty when every subnet has exactly one. */
  public static List<Problem> check(DevnetPlan plan) {
    List<Problem> problems = new ArrayList<>();
    int committees = plan.network().attestationCommitteeCount();
    Map<Integer, List<String>> aggregators = new TreeMap<>();
    Map<Integer, String> firstAggregatorPath = new HashMap<>();
    Map<Integer, List<String>> members = new TreeMap<>();
    for (LeanNode n : plan.leanNodes()) {
      members.computeIfAbsent(n.subnet(), s -> new ArrayList<>()).add(n.name());
      if (n.aggregator()) {
        aggregators.computeIfAbsent(n.subnet(), s -> new ArrayList<>()).add(n.name());
        firstAggregatorPath.putIfAbsent(
            n.subnet(), "participants[" + n.participantIndex() + "].is_aggregator");
      }
    }
    if (aggregators.isEmpty()) {
      problems.add(
          warning(
              "participants",
              "no participant sets is_aggregator: true, so no node aggregates"
                  + " attestations and the chain cannot justify or finalize; set is_aggregator:"
                  + " true on one participant with count: 1"));
      return problems;
    }
    for (var e : aggregators.entrySet()) {
      if (e.getValue().size() > 1) {
        problems.add(
            warning(
                firstAggregatorPath.get(e.getKey()),
                (e.getValue().size() == 2
                        ? String.join(" and ", e.getValue()) + " both"
                        : "all " + e.getValue().size() + " (" + abbreviate(e.getValue()) + ")")
                    + " aggregate subnet "
                    + e.getKey()
                    + "; one aggregator per subnet is the lean-quickstart layout, so set"
                    + " is_aggregator: true on one of them only"));
      }
    }
    for (var e : members.entrySet()) {
      if (!aggregators.containsKey(e.getKey())) {
        problems.add(
            warning(
                "participants",
                "subnet "
                    + e.getKey()
                    + " ("
                    + abbreviate(e.getValue())
                    + ") has no aggregator, so its attestations are never aggregated; set"
                    + " is_aggregator: true on one of its nodes"));
      }
    }
    int nodes = plan.leanNodes().size();
    if (committees > nodes) {
      problems.add(
          warning(
              "lean_network_params.attestation_committee_count",
              committees
                  + " subnets but only "
                  + nodes
                  + " nodes: subnets "
                  + nodes
                  + " to "
                  + (committees - 1)
                  + " have no node"));
    }
    return problems;
  }

  private static Problem warning(String path, String message) {
    return new Problem(Problem.Severity.WARNING, path, 0, message);
  }

  private static String abbreviate(List<String> names) {
    return names.size() <= 4
        ? String.join(", ", names)
        : String.join(", ", names.subList(0, 4)) + " and " + (names.size() - 4) + " more";
  }
}
