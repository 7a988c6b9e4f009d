package io.leandevnet.devnet.backend.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.DockerException;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.Container;
import com.github.dockerjava.api.model.Network;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The containers, networks and volumes on the engine that carry lean-devnet's devnet label: what
 * {@code down}, {@code gc} and {@code state} look at. Everything is found by label, never by name,
 * so a record that was lost still lets everything be found.
 */
final class DevnetObjects {
  /** How many times {@link #remove} lists and removes a devnet's objects at most. */
  private static final int REMOVAL_PASSES = 4;

  private final DockerClient api;

  DevnetObjects(DockerClient api) {
    this.api = api;
  }

  /** One labeled container: its name, service, devnet, state and the pid of its {@code up}. */
  record Labeled(String id, String name, String devnet, String service, String state, long owner) {
    boolean running() {
      return "running".equals(state);
    }
  }

  /** Containers of {@code devnet} (every devnet when null), running or not. */
  List<Labeled> containers(String devnet) throws IOException {
    try {
      List<Labeled> out = new ArrayList<>();
      for (Container c :
          api.listContainersCmd()
              .withShowAll(true)
              .withLabelFilter(List.of(label(devnet)))
              .exec()) {
        Map<String, String> l = c.getLabels();
        out.add(
            new Labeled(
                c.getId(),
                c.getNames() == null || c.getNames().length == 0
                    ? c.getId()
                    : c.getNames()[0].replaceFirst("^/", ""),
                l.get(DevnetLabels.DEVNET),
                l.getOrDefault(DevnetLabels.SERVICE, "?"),
                c.getState(),
                owner(l)));
      }
      return out;
    } catch (DockerException e) {
      throw new IOException("cannot list containers: " + DockerErrors.message(e), e);
    }
  }

  /** Networks of {@code devnet} (every devnet when null). */
  List<Network> networks(String devnet) throws IOException {
    try {
      return api.listNetworksCmd().withFilter("label", List.of(label(devnet))).exec();
    } catch (DockerException e) {
      throw new IOException("cannot list networks: " + DockerErrors.message(e), e);
    }
  }

  /** Names of the volumes of {@code devnet} (every devnet when null), with their devnet. */
  Map<String, String> volumes(String devnet) throws IOException {
    try {
      var volumes =
          api.listVolumesCmd().withFilter("label", List.of(label(devnet))).exec().getVolumes();
      Map<String, String> out = new TreeMap<>();
      if (volumes != null) {
        for (var v : volumes) {
          Map<String, String> l = v.getLabels() == null ? Map.of() : v.getLabels();
          out.put(v.getName(), l.getOrDefault(DevnetLabels.DEVNET, "?"));
        }
      }
      return out;
    } catch (DockerException e) {
      throw new IOException("cannot list volumes: " + DockerErrors.message(e), e);
    }
  }

  /**
   * Every devnet name that a labeled container or network of the registry at {@code home} carries.
   */
  TreeSet<String> devnets(Path home) throws IOException {
    String h = home.toAbsolutePath().normalize().toString();
    TreeSet<String> names = new TreeSet<>();
    try {
      for (Container c :
          api.listContainersCmd()
              .withShowAll(true)
              .withLabelFilter(List.of(DevnetLabels.HOME + "=" + h))
              .exec()) {
        addIfLabeled(names, c.getLabels());
      }
      for (Network n :
          api.listNetworksCmd().withFilter("label", List.of(DevnetLabels.HOME + "=" + h)).exec()) {
        addIfLabeled(names, n.getLabels());
      }
    } catch (DockerException e) {
      throw new IOException("cannot list the engine's objects: " + DockerErrors.message(e), e);
    }
    return names;
  }

  /** The pid of the {@code up} that created {@code devnet}'s objects while it may still run. */
  long owner(String devnet) throws IOException {
    for (Labeled c : containers(devnet)) {
      if (c.owner() > 0) {
        return c.owner();
      }
    }
    for (Network n : networks(devnet)) {
      long pid = owner(n.getLabels());
      if (pid > 0) {
        return pid;
      }
    }
    return 0;
  }

  /**
   * Removes every container (forcibly, with its anonymous volumes), network and volume of {@code
   * devnet}, printing one line each; removes nothing that is already gone.
   *
   * @return how many objects it removed
   */
  int remove(String devnet, PrintStream progress) throws IOException {
    int removed = 0;
    // A killed `up` may leave a create request in flight at the engine: a container that appears
    // after the first listing. Pass again until one finds nothing (a few passes at most).
    for (int pass = 0; pass < REMOVAL_PASSES; pass++) {
      int n = removeOnce(devnet, progress);
      removed += n;
      if (n == 0) {
        break;
      }
    }
    return removed;
  }

  private int removeOnce(String devnet, PrintStream progress) throws IOException {
    int removed = 0;
    for (Labeled c : containers(devnet)) {
      removed +=
          removeOne(
              "container",
              c.name(),
              () -> api.removeContainerCmd(c.id()).withForce(true).withRemoveVolumes(true).exec(),
              progress);
    }
    for (Network n : networks(devnet)) {
      removed +=
          removeOne("network", n.getName(), () -> api.removeNetworkCmd(n.getId()).exec(), progress);
    }
    for (String v : volumes(devnet).keySet()) {
      removed += removeOne("volume", v, () -> api.removeVolumeCmd(v).exec(), progress);
    }
    return removed;
  }

  /**
   * Runs {@code removal} of the {@code kind} object {@code name} and prints a line: 1 when it
   * removed it, 0 when it was gone already (removed meanwhile).
   */
  private static int removeOne(String kind, String name, Runnable removal, PrintStream progress)
      throws IOException {
    try {
      removal.run();
    } catch (NotFoundException e) {
      return 0;
    } catch (DockerException e) {
      throw new IOException(
          "cannot remove " + kind + " " + name + ": " + DockerErrors.message(e), e);
    }
    progress.println("  removed " + kind + " " + name);
    return 1;
  }

  private static void addIfLabeled(TreeSet<String> names, Map<String, String> labels) {
    if (labels != null && labels.get(DevnetLabels.DEVNET) != null) {
      names.add(labels.get(DevnetLabels.DEVNET));
    }
  }

  private static String label(String devnet) {
    return devnet == null ? DevnetLabels.DEVNET : DevnetLabels.DEVNET + "=" + devnet;
  }

  private static long owner(Map<String, String> labels) {
    try {
      return Long.parseLong(labels.getOrDefault(DevnetLabels.OWNER_PID, "0"));
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
