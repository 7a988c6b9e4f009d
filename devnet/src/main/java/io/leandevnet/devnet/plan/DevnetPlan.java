package io.leandevnet.devnet.plan;

import io.leandevnet.devnet.config.DevnetSpec;
import io.leandevnet.devnet.config.NetworkParams;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Every service of a devnet, expanded from a {@link DevnetSpec}: each participant's {@code count}
 * turned into that many Lean nodes (and as many execution nodes when paired), validators assigned,
 * subnets and aggregators fixed, plus the metrics services. It says what runs, not where: an {@link
 * Addresses} layout from the backend adds IPs and host ports.
 *
 * @param spec the validated args file it was made from (network parameters live there)
 * @param leanNodes every Lean node, in args-file order
 * @param elNodes every execution node, in args-file order
 * @param metricsServices {@code lean-prometheus} and {@code lean-grafana} when {@code
 *     additional_services} lists them (by default: when metrics are enabled)
 */
public record DevnetPlan(
    DevnetSpec spec,
    List<LeanNode> leanNodes,
    List<ElNode> elNodes,
    List<AuxService> metricsServices) {

  public DevnetPlan {
    Objects.requireNonNull(spec, "spec");
    leanNodes = List.copyOf(leanNodes);
    elNodes = List.copyOf(elNodes);
    metricsServices = List.copyOf(metricsServices);
  }

  /** Expands {@code spec}; see {@link Planner}. */
  public static DevnetPlan of(DevnetSpec spec) {
    return Planner.plan(spec);
  }

  public NetworkParams network() {
    return spec.network();
  }

  /** Every service: Lean nodes, then execution nodes, then additional services. */
  public List<Service> services() {
    List<Service> all = new ArrayList<>(leanNodes);
    all.addAll(elNodes);
    all.addAll(metricsServices);
    return List.copyOf(all);
  }

  public List<LeanNode> aggregators() {
    return leanNodes.stream().filter(LeanNode::aggregator).toList();
  }

  /** Validators over all nodes. */
  public int validatorCount() {
    return leanNodes.stream().mapToInt(n -> n.validatorIndices().size()).sum();
  }

  /** The Lean node with node name ({@code zeam_0}) or service name ({@code lean-zeam-0}). */
  public Optional<LeanNode> leanNode(String name) {
    return leanNodes.stream()
        .filter(n -> n.name().equals(name) || n.serviceName().equals(name))
        .findFirst();
  }

  /** The execution node paired with {@code node}, if any. */
  public Optional<ElNode> elOf(LeanNode node) {
    return node.pairedEl()
        .flatMap(s -> elNodes.stream().filter(e -> e.serviceName().equals(s)).findFirst());
  }
}
