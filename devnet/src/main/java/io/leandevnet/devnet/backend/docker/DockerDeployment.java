package io.leandevnet.devnet.backend.docker;

import com.github.dockerjava.api.exception.DockerException;
import io.leandevnet.devnet.backend.DetachedDeployment;
import io.leandevnet.devnet.clients.ServiceSpec;
import io.leandevnet.devnet.plan.AuxService;
import io.leandevnet.devnet.registry.BackendHandle;
import java.io.IOException;
import java.io.PrintStream;
import java.util.List;

/**
 * A devnet running on the engine. It outlives the process that started it: {@link #close()} (for a
 * launch that fails after deployment) removes everything, but a successful {@code up} just returns
 * and leaves it running.
 */
final class DockerDeployment extends DetachedDeployment {
  private final DockerEngine engine;
  private final String devnet;
  private final List<DockerBackend.Started> started;

  DockerDeployment(
      DockerEngine engine,
      String devnet,
      String network,
      List<AuxService> helpers,
      List<DockerBackend.Started> started) {
    super(new BackendHandle.DockerLabel(DevnetLabels.DEVNET, devnet, network), helpers);
    this.engine = engine;
    this.devnet = devnet;
    this.started = List.copyOf(started);
  }

  @Override
  public void stopNode(String node) {
    DockerBackend.Started s =
        started.stream()
            .filter(
                x ->
                    x.name().equals(node)
                        || node.equals(x.planned().spec().labels().get(ServiceSpec.LABEL_NODE)))
            .findFirst()
            .orElseThrow(() -> new IllegalArgumentException("no node " + node));
    try {
      engine.api().stopContainerCmd(s.id()).withTimeout(10).exec();
    } catch (DockerException e) {
      throw new IllegalStateException("cannot stop " + node + ": " + DockerErrors.message(e), e);
    }
  }

  @Override
  public void close() {
    try {
      new DevnetObjects(engine.api())
          .remove(devnet, new PrintStream(PrintStream.nullOutputStream()));
    } catch (IOException e) {
      // `lean-devnet gc` removes what is left
    } finally {
      engine.close();
    }
  }
}
