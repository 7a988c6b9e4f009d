package io.leandevnet.devnet.cli;

import io.leandevnet.devnet.clients.HostArch;
import io.leandevnet.devnet.clients.lean.LeanLaunchers;
import io.leandevnet.devnet.config.AdditionalService;
import io.leandevnet.devnet.config.NetworkParams;
import io.leandevnet.devnet.plan.Addresses;
import io.leandevnet.devnet.plan.AuxService;
import io.leandevnet.devnet.plan.DevnetPlan;
import io.leandevnet.devnet.plan.ElNode;
import io.leandevnet.devnet.plan.Endpoint;
import io.leandevnet.devnet.plan.LeanNode;
import io.leandevnet.devnet.plan.Port;
import io.leandevnet.devnet.plan.Service;
import java.util.List;
import java.util.stream.Collectors;

/** The human-readable form of a plan: a summary line, then one table per kind of service. */
final class PlanTable {

  private static final int LISTED_VALIDATORS = 6;

  private PlanTable() {}

  static String render(DevnetPlan plan) {
    NetworkParams n = plan.network();
    StringBuilder out = new StringBuilder();
    out.append(plan.leanNodes().size())
        .append(" Lean nodes, ")
        .append(plan.elNodes().size())
        .append(" execution nodes, ")
        .append(plan.validatorCount())
        .append(" validators, ")
        .append(n.attestationCommitteeCount())
        .append(n.attestationCommitteeCount() == 1 ? " subnet" : " subnets")
        .append("; genesis ")
        .append(
            n.genesisTime() == 0
                ? "at launch + " + n.genesisDelay() + " s"
                : "at Unix time " + n.genesisTime())
        .append(", XMSS ")
        .append(n.xmssScheme().key())
        .append(" keys active 2^")
        .append(n.logNumActiveEpochs())
        .append(" slots\n\n");

    out.append("Lean nodes:\n");
    TextTable lean =
        TextTable.of(
            "NODE", "SERVICE", "CLIENT", "IMAGE", "VALIDATORS", "SUBNET", "AGGREGATOR", "EL");
    for (LeanNode node : plan.leanNodes()) {
      lean.row(
          node.name(),
          node.serviceName(),
          node.client().key(),
          LeanLaunchers.of(node.client()).image(node, n.devnet(), HostArch.current()),
          validators(node.validatorIndices()),
          node.subnet(),
          node.aggregator() ? "yes" : "no",
          node.pairedEl().orElse("-"));
    }
    out.append(indent(lean.render()));

    out.append("\nExecution nodes:");
    if (plan.elNodes().isEmpty()) {
      out.append(" none\n");
    } else {
      TextTable el = TextTable.of("SERVICE", "CLIENT", "IMAGE", "PAIRED WITH");
      for (ElNode node : plan.elNodes()) {
        el.row(node.serviceName(), node.client().key(), node.image(), node.pairedLean());
      }
      out.append('\n').append(indent(el.render()));
    }

    out.append("\nMetrics services:");
    if (plan.metricsServices().isEmpty()) {
      out.append(" none (additional_services lists neither prometheus nor grafana)\n");
    } else {
      TextTable metrics = TextTable.of("SERVICE", "IMAGE", "PORT");
      for (AuxService s : plan.metricsServices()) {
        metrics.row(
            s.serviceName(),
            s.image(),
            s.ports().stream()
                .map(p -> String.valueOf(p.number()))
                .collect(Collectors.joining(",")));
      }
      out.append('\n').append(indent(metrics.render()));
    }
    if (plan.spec().additionalServices().contains(AdditionalService.DASHBOARD)) {
      out.append("\nAdditional services: dashboard\n");
    }
    LeanNode first = plan.leanNodes().getFirst();
    out.append("\nPorts inside each container: Lean ").append(ports(first.ports()));
    if (!plan.elNodes().isEmpty()) {
      out.append("; execution ").append(ports(plan.elNodes().getFirst().ports()));
    }
    out.append('\n');
    return out.toString();
  }

  /** One row per service: where other services reach it, and where lean-devnet reaches it. */
  static String addresses(DevnetPlan plan, Addresses addresses) {
    TextTable table = TextTable.of("SERVICE", "IP", "PORTS", "FROM HOST");
    for (Service s : plan.services()) {
      Endpoint inside = addresses.of(s);
      Endpoint host = addresses.fromHost(s);
      table.row(
          s.serviceName(),
          inside.ip(),
          ports(s, inside),
          host.equals(inside) ? "same" : host.ip() + " " + ports(s, host));
    }
    return "\nAddresses:\n" + indent(table.render());
  }

  private static String ports(Service s, Endpoint e) {
    return s.ports().stream()
        .map(p -> p.name() + "=" + e.port(p.name()))
        .collect(Collectors.joining(" "));
  }

  /** {@code 0,3} for few validators, {@code 0,14,28,... (10)} for many. */
  static String validators(List<Integer> indices) {
    if (indices.size() <= LISTED_VALIDATORS) {
      return indices.stream().map(String::valueOf).collect(Collectors.joining(","));
    }
    return indices.subList(0, 3).stream().map(String::valueOf).collect(Collectors.joining(","))
        + ",... ("
        + indices.size()
        + ")";
  }

  private static String ports(List<Port> ports) {
    return ports.stream().map(p -> p.name() + " " + p.number()).collect(Collectors.joining(", "));
  }

  private static String indent(String table) {
    return table.lines().map(l -> "  " + l + "\n").collect(Collectors.joining());
  }
}
