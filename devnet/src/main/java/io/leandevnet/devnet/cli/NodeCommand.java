package io.leandevnet.devnet.cli;

import io.leandevnet.node.BuiltinNode;
import io.leandevnet.node.NodeConfig;
import io.leandevnet.node.NodeConfigException;
import io.leandevnet.node.NodeOptions;
import java.io.PrintStream;
import java.time.InstantSource;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code lean-devnet node …}: runs one built-in Lean node until SIGTERM or Ctrl-C, with ethlambda's
 * flags, reading a lean-quickstart genesis bundle. The container command of the built-in node on
 * the Docker backend.
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
      "  lean-devnet node --genesis g/config.yaml --validators g/annotated_validators.yaml \\",
      "      --bootnodes g/nodes.yaml --validator-config g/validator-config.yaml \\",
      "      --hash-sig-keys-dir g/hash-sig-keys --node-id builtin_0 --node-key g/builtin_0.key \\",
      "      --api-port 5052 --metrics-port 8080 --is-aggregator --data-dir /tmp/builtin_0"
    })
public final class NodeCommand implements Callable<Integer> {

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
      throw UserError.invalidInput("node: " + e.getMessage());
    }
    BuiltinNode node;
    try {
      node = BuiltinNode.start(config, InstantSource.system(), log);
    } catch (NodeConfigException e) {
      throw UserError.invalidInput("node " + options.nodeId() + ": " + e.getMessage());
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
}
