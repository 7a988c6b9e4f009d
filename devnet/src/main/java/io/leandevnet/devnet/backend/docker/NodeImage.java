package io.leandevnet.devnet.backend.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.DockerException;
import com.github.dockerjava.api.exception.NotFoundException;
import io.leandevnet.crypto.sha256.Sha256;
import io.leandevnet.devnet.config.ProjectVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.spi.ToolProvider;
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

  private NodeImage() {}

  /** {@code lean-devnet/builtin:<this version>}. */
  public static String tag() {
    return "lean-devnet/builtin:" + ProjectVersion.current();
  }

  /** The label that holds the SHA-256 of the jar the image was built from. */
  public static final String JAR_DIGEST_LABEL = "io.lean-devnet.jar-sha256";

  /** The entrypoint: the jlink'd java running lean-devnet's jar. */
  static List<String> entrypoint() {
    List<String> argv = new ArrayList<>(java());
    argv.addAll(List.of("-jar", jarPath()));
    return argv;
  }

  /**
   * The image's {@code java} and the options it runs the jar with, for images built on this one
   * that run a main of their own.
   */
  public static List<String> java() {
    return List.of(
        "/" + JRE + "/bin/java",
        "--add-modules",
        "jdk.incubator.vector",
        "--enable-native-access=ALL-UNNAMED",
        "-XX:+UseSerialGC",
        "-Dorg.xerial.snappy.lib.path=/" + SNAPPY_DIR,
        "-Dorg.xerial.snappy.lib.name=libsnappyjava.so");
  }

  /** Where the image holds lean-devnet's jar. */
  public static String jarPath() {
    return "/" + JAR;
  }

  /**
   * Builds {@code tag} from {@code jar} unless the engine has it built from that very jar (its
   * {@link #JAR_DIGEST_LABEL}): an image of an older jar is rebuilt, not reused.
   *
   * @return whether it built the image
   */
  public static boolean ensure(DockerClient api, Path jar, String tag, PrintStream progress)
      throws IOException {
    String digest = Sha256.hex(jar);
    Optional<String> built = builtFrom(api, tag);
    if (built.isPresent() && built.get().equals(digest)) {
      return false;
    }
    progress.println(
        built.isEmpty()
            ? "image " + tag + " is missing: building it (lean-devnet image build)"
            : "image "
                + tag
                + " was built from another jar (sha256 "
                + abbreviated(built.get())
                + "): rebuilding it from "
                + jar
                + " (sha256 "
                + abbreviated(digest)
                + ")");
    build(api, jar, tag, progress);
    return true;
  }

  /**
   * The jar digest {@code tag} was built from: empty when the engine has no such image; {@code
   * "unknown"} for an image without the label (built by an older lean-devnet).
   */
  static Optional<String> builtFrom(DockerClient api, String tag) throws IOException {
    try {
      var config = api.inspectImageCmd(tag).exec().getConfig();
      Map<String, String> labels = config == null ? null : config.getLabels();
      return Optional.of(
          labels == null ? "unknown" : labels.getOrDefault(JAR_DIGEST_LABEL, "unknown"));
    } catch (NotFoundException e) {
      return Optional.empty();
    } catch (DockerException e) {
      throw new IOException("cannot inspect image " + tag + ": " + DockerErrors.message(e), e);
    }
  }

  private static String abbreviated(String digest) {
    return digest.length() > 12 ? digest.substring(0, 12) : digest;
  }

  /**
   * The jar lean-devnet runs from, if it runs from its self-contained jar (not from class
   * directories, nor from the devnet module's own jar without its dependencies, as in the build's
   * own tests): the only jar an image can be built from.
   */
  public static Optional<Path> runningJar() {
    try {
      Path p = Path.of(NodeImage.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      return Files.isRegularFile(p) && p.toString().endsWith(".jar") && selfContained(p)
          ? Optional.of(p)
          : Optional.empty();
    } catch (URISyntaxException | SecurityException | NullPointerException e) {
      return Optional.empty();
    }
  }

  /** Whether {@code jar} carries its dependencies: snappy-java's native library, which we need. */
  private static boolean selfContained(Path jar) {
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      return zip.getEntry(snappyEntry()) != null;
    } catch (IOException e) {
      return false;
    }
  }

  private static String snappyEntry() {
    String arch = System.getProperty("os.arch").equals("amd64") ? "x86_64" : "aarch64";
    return "org/xerial/snappy/native/Linux/" + arch + "/libsnappyjava.so";
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
    ScratchImage image = ScratchImage.in(Files.createTempDirectory("lean-devnet-image-"));
    try {
      Path jre = image.root().resolve(JRE);
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
      image.file(jar, "/" + JAR);
      Path snappy =
          Files.createDirectories(image.root().resolve(SNAPPY_DIR)).resolve("libsnappyjava.so");
      extractSnappy(jar, snappy);
      image.dir("/tmp");
      List<String> libs = image.addLibraries();
      progress.println(
          "image "
              + tag
              + ": "
              + libs.size()
              + " shared libraries from this machine ("
              + String.join(" ", libs)
              + ")");
      progress.println("image " + tag + ": building on the engine");
      return image
          .label(JAR_DIGEST_LABEL, Sha256.hex(jar))
          .entrypoint(entrypoint())
          .build(api, tag, progress);
    } finally {
      image.discard();
    }
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
    String entry = snappyEntry();
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
}
