package io.leandevnet.devnet.backend.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.exception.DockerException;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.PullResponseItem;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Makes sure the engine has every image a devnet needs before any container starts: pulls what
 * {@link PullPolicy} says (with a line per layer as it progresses) and builds the built-in node's
 * image when it is missing or was built from another jar than the one lean-devnet runs from. Every
 * image that cannot be had is reported at once, naming the services that need it.
 */
final class Images {
  private final DockerClient api;
  private final PullPolicy policy;
  private final Optional<Path> nodeJar;
  private final PrintStream progress;

  /**
   * @param nodeJar the lean-devnet jar to build {@link NodeImage#tag()} from when it is missing or
   *     was built from another jar
   */
  Images(DockerClient api, PullPolicy policy, Optional<Path> nodeJar, PrintStream progress) {
    this.api = api;
    this.policy = policy;
    this.nodeJar = nodeJar;
    this.progress = progress;
  }

  /** Whether the engine has {@code image}. */
  boolean present(String image) throws IOException {
    try {
      api.inspectImageCmd(image).exec();
      return true;
    } catch (NotFoundException e) {
      return false;
    } catch (DockerException e) {
      throw new IOException("cannot inspect image " + image + ": " + DockerErrors.message(e), e);
    }
  }

  /**
   * Pulls or builds what is missing.
   *
   * @param users the services that run each image, by image
   * @return one line per image that cannot be had, naming its services; empty when all are there
   */
  List<String> ensure(Map<String, List<String>> users) throws IOException {
    List<String> problems = new ArrayList<>();
    for (Map.Entry<String, List<String>> e : users.entrySet()) {
      String image = e.getKey();
      String who = String.join(", ", e.getValue());
      boolean present = present(image);
      if (image.equals(NodeImage.tag())) {
        if (nodeJar.isPresent()) {
          NodeImage.ensure(api, nodeJar.get(), image, progress);
        } else if (!present) {
          problems.add(
              who
                  + ": image "
                  + image
                  + " is missing and lean-devnet does not run from its self-contained jar, so"
                  + " it cannot build it; run `lean-devnet image build --jar JAR`");
        }
        continue;
      }
      if (present && policy != PullPolicy.ALWAYS) {
        continue;
      }
      if (!present && policy == PullPolicy.NEVER) {
        problems.add(
            who
                + ": image "
                + image
                + " is not on the engine and --pull never forbids pulling it (docker pull it, or"
                + " use --pull missing)");
        continue;
      }
      try {
        pull(image);
      } catch (IOException ex) {
        if (present) {
          progress.println(
              "  could not pull " + image + " (" + ex.getMessage() + "); using the local one");
        } else {
          problems.add(who + ": image " + image + " cannot be pulled: " + ex.getMessage());
        }
      }
    }
    return problems;
  }

  /** Pulls {@code image}, printing each layer's status as it changes. */
  void pull(String image) throws IOException {
    progress.println("pulling " + image + "...");
    Map<String, String> layerStatus = new HashMap<>();
    ResultCallback.Adapter<PullResponseItem> callback =
        new ResultCallback.Adapter<>() {
          @Override
          public void onNext(PullResponseItem item) {
            if (item.getId() == null || item.getStatus() == null) {
              return;
            }
            String status = item.getStatus();
            if (!status.equals(layerStatus.put(item.getId(), status))) {
              var d = item.getProgressDetail();
              String size =
                  d != null && d.getTotal() != null && d.getTotal() > 0
                      ? String.format(" (%.1f MB)", d.getTotal() / 1e6)
                      : "";
              progress.println("  " + image + " layer " + item.getId() + ": " + status + size);
            }
          }
        };
    try {
      api.pullImageCmd(image).exec(callback).awaitCompletion();
    } catch (DockerException e) {
      throw new IOException(DockerErrors.message(e), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while pulling " + image, e);
    }
    if (!present(image)) {
      throw new IOException("the engine reported no error but has no " + image + " after the pull");
    }
  }

  /** The services of {@code images} grouped by image, in first-use order. */
  static Map<String, List<String>> byImage(List<Map.Entry<String, String>> serviceImages) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : serviceImages) {
      out.computeIfAbsent(e.getValue(), k -> new ArrayList<>()).add(e.getKey());
    }
    return out;
  }
}
