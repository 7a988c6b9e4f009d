package io.leandevnet.node;

import io.leandevnet.node.config.NodeConfig;
import io.leandevnet.node.config.NodeConfigException;
import java.io.PrintStream;
import java.time.InstantSource;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code lean-devnet node …}: runs one built-in Lean node until SIGTERM or Ctrl-C, with ethlambda's
 * flags, reading a lean-quickstart genesis bundle. The container command of the built-in node on
 * the Docker backend; the devnet CLI adds it as a subcommand, and {@link #main} runs it on its own
 * (this module alone is enough to run a node).
 *
 * <p>Exit codes: 0 when stopped by a signal, 2 for bad options or a bundle that does not describe
 * this node (the message alone on standard error), 130 when interrupted.
 */
@Command(
    name = "node",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Runs one built-in Lean node until SIGTERM or Ctrl-C.",
      "",
      "Reads a genesis bundle as lean-quickstart writes it and speaks to other",
      "built-in nodes over TCP (not libp2p/QUIC: it cannot join the other clients'",
      "networks). Serves /lean/v0/* on --api-port and /metrics on --metrics-port."
    },
    footer = {
      "",
      "Example:",
      "  lean-devnet node --genesis g/config.yaml \\",
      "      --validators g/annotated_validators.yaml --bootnodes g/nodes.yaml \\",
      "      --validator-config g/validator-config.yaml \\",
      "      --hash-sig-keys-dir g/hash-sig-keys \\",
      "      --node-id builtin_0 --node-key g/builtin_0.key \\",
      "      --api-port 5052 --metrics-port 8080 --is-aggregator \\",
      "      --data-dir /tmp/builtin_0"
    })
public final class NodeCommand implements Callable<Integer> {

  /** The exit code of bad options or a bundle that does not fit (picocli's usage-error code). */
  public static final int INVALID_INPUT = 2;

  @Spec CommandSpec spec;

  @Mixin NodeOptions options;

  private final PrintStream log;

  /** Logs to standard output. */
  public NodeCommand() {
    this(System.out);
  }

  /** Logs to {@code log}. */
  public NodeCommand(PrintStream log) {
    this.log = log;
  }

  @Override
  public Integer call() {
    NodeConfig config;
    try {
      config = options.toConfig();
    } catch (IllegalArgumentException e) {
      return invalid("node: " + e.getMessage());
    }
    BuiltinNode node;
    try {
      node = BuiltinNode.start(config, InstantSource.system(), log);
    } catch (NodeConfigException e) {
      return invalid("node " + options.nodeId() + ": " + e.getMessage());
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Thread hook =
        new Thread(
            () -> {
              node.close();
              stopped.countDown();
            },
            "node-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    try {
      stopped.await();
      return 0;
    } catch (InterruptedException e) {
      Runtime.getRuntime().removeShutdownHook(hook);
      node.close();
      Thread.currentThread().interrupt();
      return 130;
    }
  }

  private int invalid(String message) {
    spec.commandLine().getErr().println(message);
    spec.commandLine().getErr().flush();
    return INVALID_INPUT;
  }

  /** Runs one node: {@code java -cp … io.leandevnet.node.NodeCommand --genesis …}. */
  public static void main(String[] args) {
    System.exit(new CommandLine(new NodeCommand()).execute(args));
  }
}
