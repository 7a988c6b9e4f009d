package io.leandevnet.devnet.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.leandevnet.devnet.config.ArgsFile;
import io.leandevnet.devnet.plan.DevnetPlan;
import io.leandevnet.devnet.plan.PlanJson;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code lean-devnet plan}: validates an args file and prints the expanded devnet. */
@Command(
    name = "plan",
    mixinStandardHelpOptions = true,
    description = {
      "Validates an args file and prints the devnet it describes, without starting anything:",
      "every Lean node (node name, service name, client, image, validators, subnet, aggregator,",
      "paired execution node), every execution node, the metrics services, then warnings.",
      "",
      "Every problem of the file is reported at once, each with its line and path;",
      "the exit code is 2 when the file has an error."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  lean-devnet plan -f examples/lean-devnet4.yaml",
      "  lean-devnet plan -f examples/ethlambda-el-pair.yaml --json | jq '.lean_nodes[0]'"
    })
public final class PlanCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin ArgsFileOption args;

  @Option(names = "--json", description = "Print the plan as JSON instead of tables.")
  boolean json;

  @Override
  public Integer call() throws JsonProcessingException {
    ArgsFile.Valid valid = args.load();
    DevnetPlan plan = DevnetPlan.of(valid.spec());
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(new ObjectMapper().writerWithDefaultPrettyPrinter()
          .writeValueAsString(PlanJson.of(plan, valid.warnings())));
    } else {
      out.print(PlanTable.render(plan));
      valid.warnings().forEach(w -> out.println(args.format(w)));
    }
    out.flush();
    return 0;
  }
}
