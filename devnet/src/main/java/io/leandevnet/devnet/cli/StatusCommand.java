package io.leandevnet.devnet.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.leandevnet.devnet.backend.RunState;
import io.leandevnet.devnet.launch.Backends;
import io.leandevnet.devnet.observe.DevnetStatus;
import io.leandevnet.devnet.registry.DevnetRecord;
import io.leandevnet.devnet.registry.DevnetRegistry;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "status",
    mixinStandardHelpOptions = true,
    description = {
      "Shows head, justified and finalized slots, peers and health of every node.",
      "",
      "One row per Lean node (head, justified, finalized and safe-target slots, peers,",
      "aggregator, health, last error), one per execution client (block and hash), and a",
      "summary line: nodes up, whether heads agree, whether justified and finalized advance;",
      "then whether Prometheus and Grafana answer (on Kubernetes through forwarded ports).",
      "",
      "Example:  lean-devnet status quickstart --watch"
    })
final class StatusCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "NAME", description = "The devnet (see `lean-devnet ls`).")
  String name;

  @Option(names = "--watch", description = "Redraw in place every --interval until Ctrl-C.")
  boolean watch;

  @Option(names = "--json", description = "Print the poll as JSON instead of a table.")
  boolean json;

  @Mixin PollInterval poll;

  @Option(
      names = "--request-timeout",
      paramLabel = "DURATION",
      defaultValue = "2s",
      converter = DurationConverter.class,
      description = "Timeout of each request to a node (default: ${DEFAULT-VALUE}).")
  Duration requestTimeout;

  private final DevnetRegistry registry;

  StatusCommand(DevnetRegistry registry) {
    this.registry = registry;
  }

  @Override
  public Integer call() throws Exception {
    DevnetRecord record = Devnets.load(registry, name);
    PrintWriter out = spec.commandLine().getOut();
    ObjectMapper mapper =
        new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT);
    RunState state = Backends.stateOf(record);
    try (ReachedDevnet devnet = new ReachedDevnet(record, requestTimeout)) {
      DevnetRecord via = devnet.via();
      DevnetStatus previous = null;
      do {
        DevnetStatus now = devnet.poll();
        if (json) {
          out.println(mapper.writeValueAsString(now));
        } else {
          if (watch) {
            out.print("\033[H\033[2J");
          }
          out.println(
              "devnet "
                  + record.name()
                  + " ("
                  + record.backend()
                  + ")"
                  + (state == RunState.RUNNING ? "" : " — " + state.label()));
          out.print(StatusTable.render(now, previous));
          for (String line :
              HelperLines.render(via.services(), via == record || watch, requestTimeout)) {
            out.println(line);
          }
        }
        out.flush();
        previous = now;
        if (watch) {
          Thread.sleep(poll.interval.toMillis());
        }
      } while (watch);
    }
    return 0;
  }
}
