package io.leandevnet.devnet.standin;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.InspectImageResponse;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.ContainerConfig;
import io.leandevnet.crypto.sha256.Sha256;
import io.leandevnet.devnet.backend.docker.NodeImage;
import io.leandevnet.devnet.backend.docker.ScratchImage;
import io.leandevnet.devnet.backend.docker.TestEngine;
import io.leandevnet.devnet.clients.HostArch;
import io.leandevnet.devnet.clients.lean.LeanLaunchers;
import io.leandevnet.devnet.config.DevnetProfile;
import io.leandevnet.devnet.config.LeanClient;
import io.leandevnet.devnet.config.ProjectVersion;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The stand-in images, built on the engine for the tests and never published: each Lean client's
 * real image name for a profile (the launchers' default images), so a launcher's ServiceSpec runs
 * unchanged.
 *
 * <p>One base image serves every client and both profiles: the built-in node's image ({@link
 * NodeImage}, built from the build's jar) plus busybox-static (for {@code #!} scripts: the node
 * image has no shell), this package's classes, and at each client's binary path inside its real
 * image (clients.md §1.6, {@link ClientFlags#binary}) a script that runs {@link Standin} with the
 * path it was run as. A client's image adds no file: only its profile ({@value
 * Standin#PROFILE_ENV}) and its real entrypoint. Every image carries a digest of what it is made
 * of; an image whose digest differs (a new jar, changed classes) is rebuilt, an equal one is kept.
 */
public final class StandinImages {

  /** The base image every stand-in is built on. */
  public static final String BASE = "lean-devnet-standin/base:" + ProjectVersion.current();

  /** The label holding the digest of what an image is made of. */
  public static final String DIGEST_LABEL = "io.lean-devnet.standin-sha256";

  static final String BUSYBOX = "/bin/busybox";
  static final String CLASSES = "/opt/standin/classes";

  /**
   * lantern's image runs its binary through a script (clients.md §1.6); the stand-in's script at
   * that path hands its arguments on to the binary's path, which is all the launcher relies on.
   */
  static final Map<LeanClient, String> ENTRYPOINT_SCRIPTS =
      Map.of(LeanClient.LANTERN, "/usr/local/bin/lantern-entrypoint.sh");

  /**
   * lean lighthouse's command starts with the binary's name ({@code lighthouse lean_node …}): its
   * image runs the command as it is, found on the PATH.
   */
  static final List<LeanClient> COMMAND_IS_THE_BINARY = List.of(LeanClient.LEAN_LIGHTHOUSE);

  private StandinImages() {}

  /** A client's image name in {@code profile}: its launcher's default image on this machine. */
  public static String image(LeanClient client, DevnetProfile profile) {
    return LeanLaunchers.of(client).defaultImage(profile, HostArch.current());
  }

  /** What a client's image runs: its entrypoint script, else its binary, or its command. */
  static List<String> entrypoint(LeanClient client, DevnetProfile profile) {
    if (COMMAND_IS_THE_BINARY.contains(client)) {
      return List.of();
    }
    return List.of(ENTRYPOINT_SCRIPTS.getOrDefault(client, Standin.binary(client, profile)));
  }

  /**
   * Makes sure the engine has the base image and every client's stand-in for {@code profiles},
   * building what is missing or stale.
   *
   * @return the image of each client, by profile
   */
  public static Map<DevnetProfile, Map<LeanClient, String>> ensure(
      DockerClient api, List<DevnetProfile> profiles, PrintStream progress) throws IOException {
    TestEngine.nodeImage(api, progress);
    ensureBase(api, progress);
    Map<DevnetProfile, Map<LeanClient, String>> out = new LinkedHashMap<>();
    for (DevnetProfile profile : profiles) {
      String profileImage = profileImage(profile);
      ensureOn(
          api, BASE, profileImage, Map.entry(Standin.PROFILE_ENV, profile.key()), null, progress);
      Map<LeanClient, String> images = new LinkedHashMap<>();
      for (LeanClient client : Standin.clients()) {
        String image = image(client, profile);
        ensureOn(api, profileImage, image, null, entrypoint(client, profile), progress);
        images.put(client, image);
      }
      out.put(profile, images);
    }
    return out;
  }

  /** The image between the base and the clients' images that sets the profile. */
  static String profileImage(DevnetProfile profile) {
    return "lean-devnet-standin/" + profile.key() + ":" + ProjectVersion.current();
  }

  /**
   * Builds {@code tag} on {@code parent} with no file of its own, one setting only (one step: on
   * the vfs storage driver every step copies the whole image): an environment variable, or the
   * entrypoint when {@code env} is null. Kept when the engine has it built on that very parent with
   * that setting.
   */
  private static void ensureOn(
      DockerClient api,
      String parent,
      String tag,
      Map.Entry<String, String> env,
      List<String> entrypoint,
      PrintStream progress)
      throws IOException {
    String parentId = api.inspectImageCmd(parent).exec().getId();
    try {
      InspectImageResponse existing = api.inspectImageCmd(tag).exec();
      ContainerConfig config = existing.getConfig();
      if (parentId.equals(existing.getParent()) && config != null) {
        boolean same =
            env != null
                ? config.getEnv() != null
                    && List.of(config.getEnv()).contains(env.getKey() + "=" + env.getValue())
                : entrypoint.equals(
                    config.getEntrypoint() == null ? List.of() : List.of(config.getEntrypoint()));
        if (same) {
          return;
        }
      }
    } catch (NotFoundException e) {
      // not there yet: build it
    }
    progress.println("stand-in image " + tag + " on " + parent);
    ScratchImage img = ScratchImage.in(Files.createTempDirectory("standin-image-"));
    try {
      img.from(parent);
      if (env != null) {
        img.env(env.getKey(), env.getValue());
      } else {
        img.entrypoint(entrypoint);
      }
      img.build(api, tag, progress);
    } finally {
      img.discard();
    }
  }

  /** Builds {@link #BASE} unless the engine has it with the same digest. */
  private static void ensureBase(DockerClient api, PrintStream progress) throws IOException {
    Path busybox = Path.of(BUSYBOX);
    if (!Files.isExecutable(busybox)) {
      throw new IOException(BUSYBOX + " is missing (apt-get install busybox-static)");
    }
    Map<String, String> scripts = scripts();
    Map<String, Path> classes = TestEngine.packageClasses(Standin.class, "StandinImages");
    List<String> parts = new ArrayList<>();
    parts.add(api.inspectImageCmd(NodeImage.tag()).exec().getId());
    parts.add(sha256(Files.readAllBytes(busybox)));
    scripts.forEach((path, text) -> parts.add(path + "\n" + text));
    for (Map.Entry<String, Path> c : classes.entrySet()) {
      parts.add(c.getKey() + "\n" + sha256(Files.readAllBytes(c.getValue())));
    }
    String digest = sha256(parts.toArray(String[]::new));
    if (digest.equals(label(api, BASE).orElse(""))) {
      return;
    }
    progress.println("stand-in base " + BASE + " on " + NodeImage.tag());
    ScratchImage img = ScratchImage.in(Files.createTempDirectory("standin-base-"));
    try {
      img.from(NodeImage.tag()).file(busybox, BUSYBOX);
      for (Map.Entry<String, Path> c : classes.entrySet()) {
        img.file(c.getValue(), CLASSES + "/" + c.getKey());
      }
      for (Map.Entry<String, String> s : scripts.entrySet()) {
        Path target = img.root().resolve(s.getKey().substring(1));
        Files.createDirectories(target.getParent());
        Files.writeString(target, s.getValue(), StandardCharsets.UTF_8);
        if (!target.toFile().setExecutable(true, false)) {
          throw new IOException("cannot make " + target + " executable");
        }
      }
      img.label(DIGEST_LABEL, digest).build(api, BASE, progress);
    } finally {
      img.discard();
    }
  }

  /**
   * The script at each binary path of every client in both profiles, and the entrypoint scripts.
   */
  static Map<String, String> scripts() {
    String java =
        String.join(" ", NodeImage.java())
            + " -Dstdout.encoding=UTF-8 -Dstderr.encoding=UTF-8 -cp "
            + NodeImage.jarPath()
            + ":"
            + CLASSES
            + " "
            + Standin.class.getName();
    Map<String, String> out = new TreeMap<>();
    for (DevnetProfile profile : DevnetProfile.values()) {
      for (LeanClient client : Standin.clients()) {
        String binary = Standin.binary(client, profile);
        out.put(
            binary,
            "#!"
                + BUSYBOX
                + " sh\n"
                + "# lean-devnet test stand-in for "
                + client.key()
                + " (never published): checks the arguments, then runs the built-in node\n"
                + "exec "
                + java
                + " \"$0\" \"$@\"\n");
        String script = ENTRYPOINT_SCRIPTS.get(client);
        if (script != null) {
          out.put(script, "#!" + BUSYBOX + " sh\nexec " + binary + " \"$@\"\n");
        }
      }
    }
    return out;
  }

  /** The digest label of {@code image}; empty when the engine has no such image or no label. */
  static Optional<String> label(DockerClient api, String image) {
    try {
      var config = api.inspectImageCmd(image).exec().getConfig();
      return Optional.ofNullable(config == null ? null : config.getLabels())
          .map(l -> l.get(DIGEST_LABEL));
    } catch (NotFoundException e) {
      return Optional.empty();
    }
  }

  /** Every stand-in image name in {@code profiles}, distinct. */
  static TreeSet<String> names(List<DevnetProfile> profiles) {
    TreeSet<String> out = new TreeSet<>();
    for (DevnetProfile p : profiles) {
      for (LeanClient c : Standin.clients()) {
        out.add(image(c, p));
      }
    }
    return out;
  }

  /** The digest of {@code parts}, each followed by a zero byte. */
  private static String sha256(String... parts) {
    ByteArrayOutputStream joined = new ByteArrayOutputStream();
    for (String p : parts) {
      joined.writeBytes(p.getBytes(StandardCharsets.UTF_8));
      joined.write(0);
    }
    return Sha256.hex(joined.toByteArray());
  }

  private static String sha256(byte[] bytes) {
    return Sha256.hex(bytes);
  }
}
