package io.leandevnet.devnet.backend.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.BuildImageResultCallback;
import com.github.dockerjava.api.exception.DockerException;
import com.github.dockerjava.api.model.BuildResponseItem;
import io.leandevnet.devnet.config.ProjectVersion;
import io.leandevnet.devnet.files.DirectoryTree;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The built-in node's image, {@code lean-devnet/builtin:<version>}, built locally so built-in
 * devnets run on Docker with no registry: a Java runtime cut down by {@code jlink} from the JDK
 * that runs lean-devnet, lean-devnet's jar, the shared libraries {@code ldd} lists for both
 * (including snappy-java's native library, which is unpacked to a fixed path instead of {@code
 * /tmp}) and a writable {@code /tmp}, {@code FROM scratch}.
 *
 * <p>Its entrypoint runs the jar: a container's command is a lean-devnet command line such as
 * {@code node --config …}.
 */
public final class NodeImage {

  /** The modules the jar uses (jdeps of lean-devnet.jar) plus the vector incubator for XMSS. */
  static final List<String> MODULES =
      List.of(
          "java.base",
          "java.logging",
          "java.management",
          "java.naming",
          "java.net.http",
          "java.sql",
          "java.xml",
          "jdk.httpserver",
          "jdk.incubator.vector",
          "jdk.unsupported",
          "jdk.crypto.ec");

  static final String JRE = "opt/jre";
  static final String JAR = "opt/lean-devnet/lean-devnet.jar";
  static final String SNAPPY_DIR = "opt/snappy";

  private static final Pattern LDD_LINE =
      Pattern.compile("^\\s*(?:\\S+\\s+=>\\s+)?(/\\S+)\\s+\\(0x[0-9a-f]+\\)\\s*$");

  private NodeImage() {}

  /** {@code lean-devnet/builtin:<this version>}. */
  public static String tag() {
    return "lean-devnet/builtin:" + ProjectVersion.current();
  }

  /** The entrypoint: the jlink'd java running lean-devnet's jar. */
  static List<String> entrypoint() {
    return List.of(
        "/" + JRE + "/bin/java",
        "--add-modules",
        "jdk.incubator.vector",
        "--enable-native-access=ALL-UNNAMED",
        "-XX:+UseSerialGC",
        "-Dorg.xerial.snappy.lib.path=/" + SNAPPY_DIR,
        "-Dorg.xerial.snappy.lib.name=libsnappyjava.so",
        "-jar",
        "/" + JAR);
  }

  /**
   * The jar lean-devnet runs from, if it runs from one (not from class directories, as in the
   * build's own tests).
   */
  public static Optional<Path> runningJar() {
    try {
      Path p = Path.of(NodeImage.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      return Files.isRegularFile(p) && p.toString().endsWith(".jar")
          ? Optional.of(p)
          : Optional.empty();
    } catch (URISyntaxException | SecurityException | NullPointerException e) {
      return Optional.empty();
    }
  }

  /**
   * Builds the image from {@code jar} and the running JDK and tags it {@code tag}.
   *
   * @param progress one line per step
   * @return the image id
   * @throws IOException when this JDK cannot make the runtime (not Linux, no jlink), or the engine
   *     refuses the build, naming why
   */
  public static String build(DockerClient api, Path jar, String tag, PrintStream progress)
      throws IOException {
    if (!System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux")) {
      throw new IOException(
          "image build copies this JDK into a Linux image, but lean-devnet runs on "
              + System.getProperty("os.name")
              + "; build the image on Linux");
    }
    if (!Files.isRegularFile(jar)) {
      throw new IOException(
          jar + " does not exist: build the jar first (./lean-devnet builds it on first use)");
    }
    Path work = Files.createTempDirectory("lean-devnet-image-");
    try {
      Path root = work.resolve("rootfs");
      Path jre = root.resolve(JRE);
      Files.createDirectories(jre.getParent());
      progress.println(
          "image "
              + tag
              + ": jlink a runtime from "
              + System.getProperty("java.home")
              + " ("
              + Runtime.version()
              + ")");
      jlink(jre);
      Files.createDirectories(root.resolve(JAR).getParent());
      Files.copy(jar, root.resolve(JAR));
      Path snappy = Files.createDirectories(root.resolve(SNAPPY_DIR)).resolve("libsnappyjava.so");
      extractSnappy(jar, snappy);
      Set<Path> libs = new LinkedHashSet<>();
      try (Stream<Path> files = Files.walk(jre)) {
        for (Path f : files.filter(NodeImage::isElf).toList()) {
          libs.addAll(ldd(f, jre));
        }
      }
      libs.addAll(ldd(snappy, jre));
      for (Path lib : libs) {
        Path target = root.resolve(lib.toString().substring(1));
        Files.createDirectories(target.getParent());
        Files.copy(lib.toRealPath(), target);
      }
      Files.createDirectories(root.resolve("tmp"));
      progress.println(
          "image "
              + tag
              + ": "
              + libs.size()
              + " shared libraries from this machine ("
              + String.join(
                  " ", libs.stream().map(p -> p.getFileName().toString()).sorted().toList())
              + ")");
      Path context = work.resolve("context.tar");
      ImageContext.write(context, root, dockerfile());
      progress.println("image " + tag + ": building on the engine");
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
        throw new IOException(
            "the engine did not build " + tag + ": " + DockerErrors.message(e), e);
      }
    } finally {
      DirectoryTree.delete(work);
    }
  }

  private static String dockerfile() {
    StringBuilder entry = new StringBuilder("[");
    for (String a : entrypoint()) {
      entry.append(entry.length() > 1 ? ", " : "").append('"').append(a).append('"');
    }
    entry.append(']');
    // Two steps only: on the vfs storage driver every step copies the whole image.
    return "FROM scratch\nCOPY rootfs/ /\nENTRYPOINT " + entry + "\n";
  }

  private static void jlink(Path output) throws IOException {
    ToolProvider jlink =
        ToolProvider.findFirst("jlink")
            .orElseThrow(
                () ->
                    new IOException(
                        "this Java ("
                            + System.getProperty("java.home")
                            + ") has no jlink: run lean-devnet on a JDK, not a JRE"));
    StringWriter out = new StringWriter();
    int exit =
        jlink.run(
            new PrintWriter(out),
            new PrintWriter(out),
            "--add-modules",
            String.join(",", MODULES),
            "--strip-debug",
            "--no-man-pages",
            "--no-header-files",
            "--output",
            output.toString());
    if (exit != 0) {
      throw new IOException(
          "jlink could not make a runtime from "
              + System.getProperty("java.home")
              + " (exit "
              + exit
              + "): "
              + out.toString().strip());
    }
  }

  private static void extractSnappy(Path jar, Path target) throws IOException {
    String arch = System.getProperty("os.arch").equals("amd64") ? "x86_64" : "aarch64";
    String entry = "org/xerial/snappy/native/Linux/" + arch + "/libsnappyjava.so";
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      ZipEntry e = zip.getEntry(entry);
      if (e == null) {
        throw new IOException(jar + " has no " + entry + " (snappy-java's native library)");
      }
      try (InputStream in = zip.getInputStream(e)) {
        Files.copy(in, target);
      }
    }
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

  /** The absolute library paths {@code ldd} lists for {@code file}, outside {@code jre}. */
  static List<Path> ldd(Path file, Path jre) throws IOException {
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
        .filter(lib -> !lib.startsWith(jre))
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
