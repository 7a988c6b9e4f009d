package io.leandevnet.devnet.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.leandevnet.devnet.clients.HostArch;
import io.leandevnet.devnet.clients.LaunchContext;
import io.leandevnet.devnet.config.ArgsFile;
import io.leandevnet.devnet.plan.Addresses;
import io.leandevnet.devnet.plan.DevnetPlan;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code lean-devnet plan}: validates an args file and prints the expanded devnet. */
@Command(
    name = "plan",
    mixinStandardHelpOptions = true,
    description = {
      "Validates an args file and prints the devnet it describes, without starting anything.",
      "%nLists every Lean node (node name, service name, client, image, validators, subnet,"
          + " aggregator, paired execution node), every execution node and the metrics services,"
          + " then the warnings. Every problem of an invalid file is reported at once with its"
          + " line and path, and the exit code is 2."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  lean-devnet plan -f examples/lean-devnet4.yaml",
      "  lean-devnet plan -f examples/ethlambda-el-pair.yaml --json",
      "  lean-devnet plan -f examples/quickstart.yaml --addresses local",
      "  lean-devnet plan -f examples/lean-devnet4.yaml --addresses docker"
    })
public final class PlanCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin ArgsFileOption args;

  @Option(names = "--json", description = "Print the plan as JSON instead of tables.")
  boolean json;

  /** The address layouts a plan can be shown with. */
  enum Layout {
    local,
    docker
  }

  @Option(
      names = "--addresses",
      paramLabel = "LAYOUT",
      description = {
        "Also show each service's IP and ports in this layout: local (127.0.0.1, distinct ports,"
            + " like lean-quickstart) or docker (one IP per container in --subnet, same ports)."
      })
  Layout layout;

  @Option(
      names = "--subnet",
      paramLabel = "CIDR",
      defaultValue = "10.77.0.0/16",
      description = "Docker network for --addresses docker (default: ${DEFAULT-VALUE}).")
  String subnet;

  @Override
  public Integer call() throws JsonProcessingException {
    ArgsFile.Valid valid = args.load();
    DevnetPlan plan = DevnetPlan.of(valid.spec());
    Addresses addresses = addresses(plan);
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      // Specs as a container backend would start them: Docker layout unless --addresses says.
      boolean local = layout == Layout.local;
      LaunchContext context =
          new LaunchContext(
              UpCommand.defaultName(args.file()),
              plan,
              addresses != null ? addresses : place(() -> Addresses.docker(plan, subnet)),
              local
                  ? new LaunchContext.Host(Path.of("genesis"), Path.of("data"))
                  : new LaunchContext.Container(),
              plan.network().genesisTime(Instant.now()),
              HostArch.current());
      ObjectNode root = PlanJson.of(plan, valid.warnings(), context);
      if (addresses != null) {
        root.set("addresses", PlanJson.addresses(plan, addresses));
      }
      out.println(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(root));
    } else {
      out.print(PlanTable.render(plan));
      if (addresses != null) {
        out.print(PlanTable.addresses(plan, addresses));
      }
      valid.warnings().forEach(w -> out.println(args.format(w)));
    }
    out.flush();
    return 0;
  }

  private Addresses addresses(DevnetPlan plan) {
    if (layout == null) {
      return null;
    }
    return switch (layout) {
      case local -> place(() -> Addresses.local(plan));
      case docker -> place(() -> Addresses.docker(plan, subnet));
    };
  }

  private static Addresses place(Supplier<Addresses> layout) {
    try {
      return layout.get();
    } catch (IllegalArgumentException e) {
      throw UserError.invalidInput("lean-devnet: " + e.getMessage());
    }
  }
}
