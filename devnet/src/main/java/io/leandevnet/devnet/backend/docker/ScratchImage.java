package io.leandevnet.devnet.backend.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.BuildImageResultCallback;
import com.github.dockerjava.api.exception.DockerException;
import com.github.dockerjava.api.model.BuildResponseItem;
import io.leandevnet.devnet.files.DirectoryTree;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * An image {@code FROM scratch} (or {@link #from another image}) assembled from this machine's
 * files: the files given, the shared libraries {@code ldd} lists for every ELF file among them
 * (copied to the paths {@code ldd} prints), empty directories, labels, environment and an
 * entrypoint. Built through the engine's API in at most two steps (on the vfs storage driver every
 * step that adds files copies the whole image; an image that adds no files adds no layer).
 */
public final class ScratchImage {

  private static final Pattern LDD_LINE =
      Pattern.compile("^\\s*(?:\\S+\\s+=>\\s+)?(/\\S+)\\s+\\(0x[0-9a-f]+\\)\\s*$");

  private final Path root;
  private List<String> entrypoint; // null: the base image's
  private final Set<Path> libs = new LinkedHashSet<>();
  private final Map<String, String> labels = new TreeMap<>();
  private final Map<String, String> env = new TreeMap<>();
  private String base = "scratch";

  private ScratchImage(Path root) {
    this.root = root;
  }

  /** A new image assembled in a fresh directory under {@code work}. */
  public static ScratchImage in(Path work) throws IOException {
    return new ScratchImage(Files.createDirectories(work.resolve("rootfs")));
  }

  /** The image's root directory on this machine, to put files into directly. */
  public Path root() {
    return root;
  }

  /** Copies {@code source} to {@code target} (absolute, inside the image). */
  public ScratchImage file(Path source, String target) throws IOException {
    Path t = root.resolve(target.substring(1));
    Files.createDirectories(t.getParent());
    Files.copy(source.toRealPath(), t);
    return this;
  }

  /** An empty directory (world-writable, sticky: {@code /tmp} and data directories). */
  public ScratchImage dir(String target) throws IOException {
    Files.createDirectories(root.resolve(target.substring(1)));
    return this;
  }

  /**
   * Builds on {@code image} (which the engine must have) instead of {@code scratch}; the image
   * keeps that one's entrypoint unless {@link #entrypoint} sets another.
   */
  public ScratchImage from(String image) {
    base = image;
    return this;
  }

  /** A label on the image. */
  public ScratchImage label(String key, String value) {
    labels.put(key, value);
    return this;
  }

  /** An environment variable of the image's containers. */
  public ScratchImage env(String key, String value) {
    env.put(key, value);
    return this;
  }

  /** The entrypoint; an empty one runs the container's command itself. */
  public ScratchImage entrypoint(List<String> argv) {
    entrypoint = List.copyOf(argv);
    return this;
  }

  /** Adds the libraries of every ELF file in the image so far; returns their file names. */
  public List<String> addLibraries() throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      for (Path f : files.filter(ScratchImage::isElf).toList()) {
        libs.addAll(ldd(f));
      }
    }
    List<String> names = new ArrayList<>();
    for (Path lib : libs) {
      Path target = root.resolve(lib.toString().substring(1));
      if (!Files.exists(target)) {
        Files.createDirectories(target.getParent());
        Files.copy(lib.toRealPath(), target);
      }
      names.add(lib.getFileName().toString());
    }
    return names.stream().sorted().distinct().toList();
  }

  /**
   * Builds and tags the image.
   *
   * @return the image id
   */
  public String build(DockerClient api, String tag, PrintStream progress) throws IOException {
    Path context = root.getParent().resolve("context.tar");
    ImageContext.write(context, root, dockerfile());
    try (InputStream in = Files.newInputStream(context)) {
      return api.buildImageCmd(in)
          .withTags(Set.of(tag))
          .withRemove(true)
          .withForcerm(true)
          .exec(
              new BuildImageResultCallback() {
                @Override
                public void onNext(BuildResponseItem item) {
                  if (item.getStream() != null && !item.getStream().isBlank()) {
                    progress.println("  " + item.getStream().strip());
                  }
                  super.onNext(item);
                }
              })
          .awaitImageId();
    } catch (DockerException e) {
      throw new IOException("the engine did not build " + tag + ": " + DockerErrors.message(e), e);
    }
  }

  /** The build's Dockerfile: no {@code COPY} when no file was added (no layer). */
  String dockerfile() throws IOException {
    StringBuilder d = new StringBuilder("FROM ").append(base).append('\n');
    boolean files;
    try (Stream<Path> children = Files.list(root)) {
      files = children.findAny().isPresent();
    }
    if (files) {
      d.append("COPY rootfs/ /\n");
    }
    labels.forEach(
        (k, v) -> d.append("LABEL ").append(quoted(k)).append('=').append(quoted(v)).append('\n'));
    env.forEach((k, v) -> d.append("ENV ").append(k).append('=').append(quoted(v)).append('\n'));
    if (entrypoint != null) {
      StringBuilder entry = new StringBuilder("[");
      for (String a : entrypoint) {
        entry.append(entry.length() > 1 ? ", " : "").append(quoted(a));
      }
      d.append("ENTRYPOINT ").append(entry).append("]\n");
    }
    return d.toString();
  }

  private static String quoted(String s) {
    return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }

  /** Deletes the assembled files. */
  public void discard() throws IOException {
    DirectoryTree.delete(root.getParent());
  }

  private static boolean isElf(Path f) {
    if (!Files.isRegularFile(f)) {
      return false;
    }
    try (InputStream in = Files.newInputStream(f)) {
      byte[] magic = in.readNBytes(4);
      return magic.length == 4
          && magic[0] == 0x7F
          && magic[1] == 'E'
          && magic[2] == 'L'
          && magic[3] == 'F';
    } catch (IOException e) {
      return false;
    }
  }

  /** The absolute library paths {@code ldd} lists for {@code file}, outside the image. */
  private List<Path> ldd(Path file) throws IOException {
    Process p = new ProcessBuilder("ldd", file.toString()).redirectErrorStream(true).start();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    p.getInputStream().transferTo(out);
    try {
      p.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while running ldd", e);
    }
    return parseLdd(out.toString(StandardCharsets.UTF_8)).stream()
        .filter(lib -> !lib.startsWith(root))
        .toList();
  }

  /**
   * The absolute paths in {@code ldd}'s output ({@code name => /path (0x…)}, {@code /path (0x…)}).
   */
  static List<Path> parseLdd(String output) {
    return output
        .lines()
        .map(LDD_LINE::matcher)
        .filter(Matcher::matches)
        .map(m -> Path.of(m.group(1)))
        .toList();
  }
}
