package io.leandevnet.devnet.cli;

import io.leandevnet.devnet.launch.Backends;
import io.leandevnet.devnet.registry.BackendHandle;
import io.leandevnet.devnet.registry.DevnetRecord;
import io.leandevnet.devnet.registry.DevnetRegistry;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "inspect",
    mixinStandardHelpOptions = true,
    description = {
      "Lists a devnet's services, images, addresses and URLs.",
      "",
      "Each node's API and metrics URL, the execution clients' RPC, Prometheus, Grafana and",
      "the dashboard, the genesis directory and the genesis time.",
      "",
      "Example:  lean-devnet inspect quickstart"
    })
final class InspectCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "NAME", description = "The devnet (see `lean-devnet ls`).")
  String name;

  private final DevnetRegistry registry;

  InspectCommand(DevnetRegistry registry) {
    this.registry = registry;
  }

  @Override
  public Integer call() {
    DevnetRecord r = Devnets.load(registry, name);
    PrintWriter out = spec.commandLine().getOut();
    out.println("devnet:       " + r.name());
    out.println(
        "backend:      "
            + r.backend()
            + switch (r.handle()) {
              case null -> "";
              case BackendHandle.OwnerProcess p -> " (process " + p.pid() + ")";
              case BackendHandle.DockerLabel d ->
                  " (network " + d.network() + ", label " + d.label() + "=" + d.devnet() + ")";
              case BackendHandle.KubernetesNamespace k ->
                  " (context "
                      + (k.context() == null ? "(current)" : k.context())
                      + ", namespace "
                      + k.namespace()
                      + ")";
            });
    out.println(
        "state:        "
            + Backends.stateOf(r).label()
            + (r.stoppedAt() == null ? "" : " since " + r.stoppedAt()));
    out.println("args file:    " + r.argsFile());
    out.println("genesis:      " + r.genesisDir());
    out.println(
        "genesis time: " + r.genesisTime() + " (" + Instant.ofEpochSecond(r.genesisTime()) + ")");
    if (r.dashboard() != null) {
      out.println("dashboard:    " + r.dashboard());
    }
    out.println();
    TextTable lean =
        TextTable.of("NODE", "SERVICE", "CLIENT", "IMAGE", "ADDRESS", "API", "METRICS");
    r.lean()
        .forEach(
            l ->
                lean.row(
                    l.node(),
                    l.service(),
                    l.client(),
                    l.image() == null ? "(in-process)" : l.image(),
                    l.address(),
                    l.api() == null ? "-" : l.api(),
                    l.metrics() == null ? "-" : l.metrics().resolve("/metrics")));
    out.print(lean.render());
    if (!r.el().isEmpty()) {
      out.println();
      TextTable el = TextTable.of("EL SERVICE", "PAIRED WITH", "CLIENT", "IMAGE", "ADDRESS", "RPC");
      r.el()
          .forEach(
              e ->
                  el.row(
                      e.service(),
                      e.pairedLean() == null ? "?" : e.pairedLean(),
                      e.client(),
                      e.image(),
                      e.address(),
                      e.rpc()));
      out.print(el.render());
    }
    if (!r.services().isEmpty()) {
      out.println();
      TextTable s = TextTable.of("SERVICE", "IMAGE", "URL");
      r.services().forEach(x -> s.row(x.service(), x.image(), x.url()));
      out.print(s.render());
    }
    out.println();
    out.println(
        "logs: lean-devnet logs "
            + r.name()
            + " SERVICE   (SERVICE is a node or service name above)");
    return 0;
  }
}
