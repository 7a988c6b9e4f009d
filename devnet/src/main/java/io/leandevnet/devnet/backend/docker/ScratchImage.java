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
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * An image {@code FROM scratch} (or {@link #from another image}) assembled from this machine's
 * files: the files given, the shared libraries {@code ldd} lists for every ELF file among them
 * (copied to the paths {@code ldd} prints), empty directories, and an entrypoint. Built through the
 * engine's API in two steps (on the vfs storage driver every step copies the whole image).
 */
public final class ScratchImage {

  private static final Pattern LDD_LINE =
      Pattern.compile("^\\s*(?:\\S+\\s+=>\\s+)?(/\\S+)\\s+\\(0x[0-9a-f]+\\)\\s*$");

  private final Path root;
  private String base = "scratch";
  private final List<String> entrypoint = new ArrayList<>();
  private final Set<Path> libs = new LinkedHashSet<>();

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
   * Builds on {@code image} (one the engine has, e.g. the built-in node's) instead of {@code
   * scratch}: the files given are added on top of it.
   */
  public ScratchImage from(String image) {
    base = image;
    return this;
  }

  public ScratchImage entrypoint(List<String> argv) {
    entrypoint.clear();
    entrypoint.addAll(argv);
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
    StringBuilder entry = new StringBuilder("[");
    for (String a : entrypoint) {
      entry.append(entry.length() > 1 ? ", " : "").append('"').append(a).append('"');
    }
    entry.append(']');
    ImageContext.write(
        context, root, "FROM " + base + "\nCOPY rootfs/ /\nENTRYPOINT " + entry + "\n");
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
