package io.leandevnet.devnet.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.leandevnet.devnet.clients.HostArch;
import io.leandevnet.devnet.clients.LaunchContext;
import io.leandevnet.devnet.clients.lean.LeanLaunchers;
import io.leandevnet.devnet.config.AdditionalService;
import io.leandevnet.devnet.config.ClientSettings;
import io.leandevnet.devnet.config.NetworkParams;
import io.leandevnet.devnet.config.Problem;
import io.leandevnet.devnet.plan.Addresses;
import io.leandevnet.devnet.plan.AuxService;
import io.leandevnet.devnet.plan.DevnetPlan;
import io.leandevnet.devnet.plan.ElNode;
import io.leandevnet.devnet.plan.Endpoint;
import io.leandevnet.devnet.plan.LeanNode;
import io.leandevnet.devnet.plan.Port;
import io.leandevnet.devnet.plan.Service;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The JSON form of a plan ({@code lean-devnet plan --json}): snake_case keys like the args file,
 * every node with its resolved image, validators, subnet, role and pairing.
 */
final class PlanJson {

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private PlanJson() {}

  /**
   * The plan; with {@code context}, each Lean node also carries its {@code spec} ({@link
   * ServiceSpecJson}) as its launcher makes it in that context.
   */
  static ObjectNode of(DevnetPlan plan, List<Problem> warnings, LaunchContext context) {
    ObjectNode root = JSON.objectNode();
    NetworkParams n = plan.network();
    ObjectNode network = root.putObject("network");
    network.put("genesis_delay", n.genesisDelay());
    network.put("genesis_time", n.genesisTime());
    network.put("active_epoch", n.logNumActiveEpochs());
    network.put("attestation_committee_count", n.attestationCommitteeCount());
    network.put("num_validator_keys_per_node", n.numValidatorKeysPerNode());
    network.put("metrics_enabled", n.metricsEnabled());
    network.put("genesis_generator_image", n.genesisGeneratorImage());
    network.put("hash_sig_cli_image", n.hashSigCliImage());
    network.put("public_port_start", n.publicPortStart());
    network.put("devnet", n.devnet().key());
    root.put("validator_count", plan.validatorCount());

    ArrayNode lean = root.putArray("lean_nodes");
    for (LeanNode node : plan.leanNodes()) {
      ObjectNode o = lean.addObject();
      o.put("name", node.name());
      o.put("service", node.serviceName());
      o.put("client", node.client().key());
      o.put("image", LeanLaunchers.of(node.client()).image(node, n.devnet(), HostArch.current()));
      ArrayNode validators = o.putArray("validators");
      node.validatorIndices().forEach(validators::add);
      o.put("subnet", node.subnet());
      o.put("aggregator", node.aggregator());
      o.put("participant", node.participantIndex());
      if (node.pairedEl().isPresent()) {
        o.put("el", node.pairedEl().get());
      } else {
        o.putNull("el");
      }
      settings(o, node.settings());
      ports(o, node);
      o.set("spec", ServiceSpecJson.of(LeanLaunchers.spec(node, context)));
    }
    ArrayNode el = root.putArray("el_nodes");
    for (ElNode node : plan.elNodes()) {
      ObjectNode o = el.addObject();
      o.put("number", node.number());
      o.put("service", node.serviceName());
      o.put("client", node.client().key());
      o.put("image", node.image());
      o.put("paired_lean", node.pairedLean());
      settings(o, node.settings());
      ports(o, node);
    }
    ArrayNode metrics = root.putArray("metrics_services");
    for (AuxService s : plan.metricsServices()) {
      ObjectNode o = metrics.addObject();
      o.put("service", s.serviceName());
      o.put("image", s.image());
      ports(o, s);
    }
    ArrayNode additional = root.putArray("additional_services");
    plan.spec().additionalServices().stream()
        .sorted()
        .map(AdditionalService::key)
        .forEach(additional::add);
    ArrayNode problems = root.putArray("warnings");
    for (Problem w : warnings) {
      ObjectNode o = problems.addObject();
      o.put("path", w.path());
      o.put("line", w.line());
      o.put("message", w.message());
    }
    return root;
  }

  /** {@code {service: {ip, ports, host_ip, host_ports}}} for every service of the plan. */
  static ObjectNode addresses(DevnetPlan plan, Addresses addresses) {
    ObjectNode all = JSON.objectNode();
    for (Service s : plan.services()) {
      ObjectNode o = all.putObject(s.serviceName());
      endpoint(o, "", addresses.of(s), s);
      endpoint(o, "host_", addresses.fromHost(s), s);
    }
    return all;
  }

  private static void endpoint(ObjectNode o, String prefix, Endpoint e, Service s) {
    o.put(prefix + "ip", e.ip());
    ObjectNode ports = o.putObject(prefix + "ports");
    s.ports().forEach(p -> ports.put(p.name(), e.port(p.name())));
  }

  private static void settings(ObjectNode o, ClientSettings s) {
    ArrayNode params = o.putArray("extra_params");
    s.extraParams().forEach(params::add);
    ObjectNode env = o.putObject("extra_env");
    s.extraEnv().entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(e -> env.put(e.getKey(), e.getValue()));
    o.put("log_level", s.logLevel().key());
    ObjectNode r = o.putObject("resources");
    r.put("min_cpu", s.resources().minCpu());
    r.put("max_cpu", s.resources().maxCpu());
    r.put("min_mem", s.resources().minMem());
    r.put("max_mem", s.resources().maxMem());
  }

  private static void ports(ObjectNode o, Service s) {
    ObjectNode ports = o.putObject("ports");
    for (Port p : s.ports()) {
      ports.put(p.name(), p.number() + "/" + p.protocol().name().toLowerCase(Locale.ROOT));
    }
  }
}
