package io.leandevnet.devnet.backend.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.command.LogContainerCmd;
import com.github.dockerjava.api.exception.DockerException;
import com.github.dockerjava.api.model.Frame;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** A container's output (stdout and stderr), read through the engine's log API. */
final class ContainerLogs {
  private ContainerLogs() {}

  /**
   * Prints the last {@code tail} lines ({@code tail < 0}: all) of container {@code id}; with {@code
   * follow}, then what it writes until it stops or this thread is interrupted.
   */
  static void print(DockerClient api, String id, boolean follow, int tail, PrintStream out)
      throws IOException, InterruptedException {
    LogContainerCmd cmd =
        api.logContainerCmd(id).withStdOut(true).withStdErr(true).withFollowStream(follow);
    cmd = tail >= 0 ? cmd.withTail(tail) : cmd.withTailAll();
    ResultCallback.Adapter<Frame> callback =
        new ResultCallback.Adapter<>() {
          @Override
          public void onNext(Frame frame) {
            out.write(frame.getPayload(), 0, frame.getPayload().length);
            out.flush();
          }
        };
    try {
      cmd.exec(callback);
      callback.awaitCompletion();
    } catch (DockerException e) {
      throw new IOException("cannot read the log of " + id + ": " + DockerErrors.message(e), e);
    } catch (InterruptedException e) {
      callback.close();
      throw e;
    }
  }

  /** The last {@code n} lines container {@code id} wrote; empty when the engine cannot say. */
  static List<String> lastLines(DockerClient api, String id, int n) {
    StringBuilder text = new StringBuilder();
    ResultCallback.Adapter<Frame> callback =
        new ResultCallback.Adapter<>() {
          @Override
          public void onNext(Frame frame) {
            text.append(new String(frame.getPayload(), StandardCharsets.UTF_8));
          }
        };
    try {
      api.logContainerCmd(id)
          .withStdOut(true)
          .withStdErr(true)
          .withTail(n)
          .exec(callback)
          .awaitCompletion();
    } catch (DockerException e) {
      return List.of();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return List.of();
    }
    List<String> lines = new ArrayList<>(text.toString().lines().toList());
    return lines.subList(Math.max(0, lines.size() - n), lines.size());
  }
}
