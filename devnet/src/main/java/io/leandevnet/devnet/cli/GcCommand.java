package io.leandevnet.devnet.cli;

import io.leandevnet.devnet.backend.Backend;
import io.leandevnet.devnet.backend.BackendKind;
import io.leandevnet.devnet.backend.kubernetes.ClusterTarget;
import io.leandevnet.devnet.files.DirectoryTree;
import io.leandevnet.devnet.launch.Backends;
import io.leandevnet.devnet.registry.DevnetRegistry;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "gc",
    mixinStandardHelpOptions = true,
    description = {
      "Removes what devnets left behind without a record that runs them.",
      "",
      "On the Docker engine: every container, network and volume labeled with a devnet that has",
      "no record (an `up` that was killed, a deleted record), unless its `up` is still starting",
      "it. On a Kubernetes cluster (when a kubeconfig exists, or --context/--namespace name",
      "one): the labeled objects and namespaces of devnets an `up` from this home on this",
      "machine made and that have no record, unless that `up` still runs; devnets of other homes",
      "or machines sharing the cluster are left alone. In ~/.lean-devnet: devnet directories",
      "with no record (an embedded `up` killed before it recorded the devnet) and the hidden",
      ".partial directories of an interrupted genesis. Recorded devnets are left to `down`.",
      "Lists what it removes; a second run removes nothing.",
      "",
      "Example:  lean-devnet gc --context kind-lean"
    })
final class GcCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--context",
      paramLabel = "CTX",
      description = "kubernetes: the kubeconfig context to clean (default: the current one).")
  String context;

  @Option(
      names = "--namespace",
      paramLabel = "NS",
      description =
          "kubernetes: clean only this namespace (devnets started with --namespace NS); default:"
              + " every namespace (needs the right to list namespaces, pods, Services and"
              + " ConfigMaps cluster-wide).")
  String namespace;

  private final DevnetRegistry registry;
  private final Function<ClusterTarget, Backend> kubernetes;

  /** With {@code kubernetes} making the kubernetes backend for a target (tests: a mock server). */
  GcCommand(DevnetRegistry registry, Function<ClusterTarget, Backend> kubernetes) {
    this.registry = registry;
    this.kubernetes = kubernetes;
  }

  /** Whether kubectl would find a cluster: {@code $KUBECONFIG} or {@code ~/.kube/config}. */
  private static boolean kubeconfigPresent() {
    String env = System.getenv("KUBECONFIG");
    return (env != null && !env.isBlank())
        || Files.isRegularFile(Path.of(System.getProperty("user.home"), ".kube", "config"));
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintStream progress = WriterStream.of(out);
    int removed = 0;
    Backend docker = Backends.of(BackendKind.DOCKER);
    try {
      removed += docker.gc(registry, progress);
    } catch (IOException e) {
      out.println("docker: skipped (" + e.getMessage().lines().findFirst().orElse("") + ")");
    }
    boolean asked = context != null || namespace != null;
    String clusterProblem = null;
    if (asked || kubeconfigPresent()) {
      try {
        removed +=
            kubernetes
                .apply(
                    new ClusterTarget(Optional.ofNullable(context), Optional.ofNullable(namespace)))
                .gc(registry, progress);
      } catch (IOException | RuntimeException e) {
        clusterProblem = String.valueOf(e.getMessage()).lines().findFirst().orElse("");
        if (!asked) {
          out.println("kubernetes: skipped (" + clusterProblem + ")");
        }
      }
    }
    try {
      removed += Backends.of(BackendKind.EMBEDDED).gc(registry, progress);
      List<Path> leftovers = registry.leftovers();
      for (Path p : leftovers) {
        DirectoryTree.delete(p);
        out.println("removed directory " + p);
        removed++;
      }
    } catch (IOException e) {
      throw UserError.failed("cannot clean " + registry.home() + ": " + e.getMessage());
    }
    out.println(removed == 0 ? "nothing to remove" : "removed " + removed + " leftovers");
    out.flush();
    if (asked && clusterProblem != null) {
      throw UserError.failed("kubernetes: " + clusterProblem);
    }
    return 0;
  }
}
