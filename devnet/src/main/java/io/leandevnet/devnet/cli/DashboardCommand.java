package io.leandevnet.devnet.cli;

import io.leandevnet.devnet.backend.Reach;
import io.leandevnet.devnet.dashboard.DashboardServer;
import io.leandevnet.devnet.registry.DevnetRecord;
import io.leandevnet.devnet.registry.DevnetRegistry;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "dashboard",
    mixinStandardHelpOptions = true,
    description = {
      "Prints or serves the live dashboard page of a devnet.",
      "",
      "Prints the URL of the dashboard the devnet's own process serves; when none is being",
      "served, serves one from this process until Ctrl-C.",
      "",
      "Example:  lean-devnet dashboard quickstart --open"
    })
final class DashboardCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "NAME", description = "The devnet (see `lean-devnet ls`).")
  String name;

  @Option(
      names = "--open",
      description = "Also open the page in the desktop's browser (xdg-open / open).")
  boolean open;

  @Option(
      names = "--port",
      paramLabel = "PORT",
      defaultValue = "0",
      description = "Port to serve on when this process serves it (default: a free one).")
  int port;

  @Option(
      names = "--bind",
      paramLabel = "ADDR",
      defaultValue = "127.0.0.1",
      description = "Address to serve on (default: ${DEFAULT-VALUE}).")
  String bind;

  private final DevnetRegistry registry;

  DashboardCommand(DevnetRegistry registry) {
    this.registry = registry;
  }

  @Override
  public Integer call() throws Exception {
    DevnetRecord r = Devnets.load(registry, name);
    PrintWriter out = spec.commandLine().getOut();
    if (r.dashboard() != null && answers(r.dashboard())) {
      out.println(r.dashboard());
      out.flush();
      openIfAsked(r.dashboard());
      return 0;
    }
    try (Reach reach = Devnets.reach(r);
        DashboardServer server =
            DashboardServer.start(
                r.name(),
                reach.record().leanTargets(),
                reach.record().elTargets(),
                bind,
                port,
                Duration.ofSeconds(2))) {
      out.println("dashboard for " + r.name() + ": " + server.url() + "  (Ctrl-C to stop)");
      if (reach.record() != r) {
        for (DevnetRecord.ServiceEndpoint helper : reach.record().services()) {
          out.println(helper.service() + ": " + helper.url() + "/  (forwarded while this runs)");
        }
      }
      out.flush();
      openIfAsked(server.url());
      new CountDownLatch(1).await();
    }
    return 0;
  }

  private static boolean answers(URI url) {
    try (HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build()) {
      HttpResponse<Void> resp =
          http.send(
              HttpRequest.newBuilder(url.resolve("/api/status"))
                  .timeout(Duration.ofSeconds(2))
                  .build(),
              HttpResponse.BodyHandlers.discarding());
      return resp.statusCode() == 200;
    } catch (Exception e) {
      return false;
    }
  }

  private void openIfAsked(URI url) {
    if (!open) {
      return;
    }
    for (String opener : new String[] {"xdg-open", "open"}) {
      try {
        new ProcessBuilder(opener, url.toString()).redirectErrorStream(true).start();
        return;
      } catch (IOException e) {
        // try the next opener
      }
    }
    spec.commandLine().getErr().println("could not open a browser; open " + url + " yourself");
  }
}
