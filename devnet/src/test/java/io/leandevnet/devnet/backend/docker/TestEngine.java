package io.leandevnet.devnet.backend.docker;

import static org.assertj.core.api.Assertions.fail;

import com.github.dockerjava.api.DockerClient;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * The Docker engine the tests run on, and the images they build on it (no registry is reachable),
 * shared by every Docker test (the stand-in images build on its node image): the built-in node's
 * image as {@code image build} makes it, Prometheus from Debian's {@code prometheus} package, and
 * an image whose command fails at once (busybox-static).
 */
public final class TestEngine {

  static final String PROMETHEUS_IMAGE = "lean-devnet-test/prometheus:debian";
  static final String FAILING_IMAGE = "lean-devnet-test/fails:1";

  private TestEngine() {}

  /** The engine; without one the test is skipped, or fails under CI=true. */
  public static DockerEngine connect() {
    try {
      return DockerEngine.connect();
    } catch (IOException e) {
      if ("true".equals(System.getenv("CI"))) {
        fail("CI=true but no Docker engine answers (.ci/run starts dockerd): " + e.getMessage());
      }
      Assumptions.abort("no Docker engine: " + e.getMessage());
      throw new AssertionError(e);
    }
  }

  /**
   * The engine with the built-in node's image built from the build's jar: what every devnet IT
   * needs first.
   */
  public static DockerEngine withNodeImage() throws IOException {
    DockerEngine engine = connect();
    nodeImage(engine.api(), quiet());
    return engine;
  }

  /** The jar failsafe hands the tests (the build's shaded lean-devnet.jar). */
  public static Path jar() {
    String jar = System.getProperty("lean-devnet.jar");
    if (jar == null || !Files.isRegularFile(Path.of(jar))) {
      fail("the lean-devnet.jar system property names no jar (run the *IT tests through failsafe)");
    }
    return Path.of(jar);
  }

  /**
   * The compiled class files of {@code anchor}'s package (test code: target/test-classes), by their
   * path under the class directory ({@code io/leandevnet/…/X.class}), for a stand-in image to run;
   * a class whose outer class is a test ({@code *Test}, {@code *IT}) or named in {@code leftOut}
   * stays out.
   */
  public static Map<String, Path> packageClasses(Class<?> anchor, String... leftOut)
      throws IOException {
    Path dir;
    try {
      dir = Path.of(anchor.getResource(anchor.getSimpleName() + ".class").toURI()).getParent();
    } catch (URISyntaxException | IllegalArgumentException e) {
      throw new IOException(anchor.getPackageName() + "'s classes are not in a class directory", e);
    }
    String pkg = anchor.getPackageName().replace('.', '/');
    Map<String, Path> out = new TreeMap<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.toList()) {
        String name = f.getFileName().toString();
        if (!name.endsWith(".class")) {
          continue;
        }
        String outer = name.substring(0, name.length() - ".class".length()).split("\\$")[0];
        if (!outer.endsWith("Test") && !outer.endsWith("IT") && !List.of(leftOut).contains(outer)) {
          out.put(pkg + "/" + name, f);
        }
      }
    }
    return out;
  }

  /**
   * {@code up} as the Docker tests run it: {@code args} on the docker backend under {@code name},
   * images never pulled (no registry is reachable), each service given {@code readyTimeout}, then
   * {@code more}.
   */
  public static String[] up(String name, Path args, String readyTimeout, String... more) {
    return Stream.concat(
            Stream.of(
                "up",
                "-f",
                args.toString(),
                "--backend",
                "docker",
                "--name",
                name,
                "--pull",
                "never",
                "--ready-timeout",
                readyTimeout),
            Stream.of(more))
        .toArray(String[]::new);
  }

  /** Builds the built-in node's image unless the engine has it built from the build's jar. */
  public static void nodeImage(DockerClient api, PrintStream progress) throws IOException {
    NodeImage.ensure(api, jar(), NodeImage.tag(), progress);
  }

  /**
   * Prometheus from /usr/bin/prometheus (Debian), entrypoint /bin/prometheus as prom/prometheus.
   */
  static void prometheusImage(DockerClient api, PrintStream progress) throws IOException {
    scratchImage(
        api,
        PROMETHEUS_IMAGE,
        progress,
        image -> {
          image
              .file(need(Path.of("/usr/bin/prometheus"), "prometheus"), "/bin/prometheus")
              .dir("/prometheus")
              .dir("/etc/prometheus")
              .dir("/tmp");
          return List.of("/bin/prometheus");
        });
  }

  /** An image whose command writes two lines and exits 1, whatever arguments it is given. */
  static void failingImage(DockerClient api, PrintStream progress) throws IOException {
    scratchImage(
        api,
        FAILING_IMAGE,
        progress,
        image -> {
          image.file(need(Path.of("/bin/busybox"), "busybox-static"), "/bin/busybox");
          return List.of(
              "/bin/busybox",
              "sh",
              "-c",
              "echo stand-in starting; echo 'fatal: cannot open the genesis' >&2; exit 1");
        });
  }

  /** What goes into a scratch image; returns its entrypoint. */
  @FunctionalInterface
  interface ImageContent {
    List<String> fill(ScratchImage image) throws IOException;
  }

  /**
   * Builds {@code tag} from scratch, unless the engine has it: {@code content}'s files, the
   * libraries they need, and its entrypoint.
   */
  private static void scratchImage(
      DockerClient api, String tag, PrintStream progress, ImageContent content) throws IOException {
    if (has(api, tag)) {
      return;
    }
    ScratchImage image = ScratchImage.in(Files.createTempDirectory("test-image"));
    try {
      List<String> entrypoint = content.fill(image);
      image.addLibraries();
      image.entrypoint(entrypoint).build(api, tag, progress);
    } finally {
      image.discard();
    }
  }

  /** Every container, network and volume on the engine labeled with {@code devnet}. */
  public static List<String> labeled(DockerClient api, String devnet) throws IOException {
    DevnetObjects objects = new DevnetObjects(api);
    List<String> out = new ArrayList<>();
    objects.containers(devnet).forEach(c -> out.add("container " + c.name()));
    objects.networks(devnet).forEach(n -> out.add("network " + n.getName()));
    objects.volumes(devnet).keySet().forEach(v -> out.add("volume " + v));
    return out;
  }

  /** Removes what a test left of {@code devnet}. */
  public static void cleanUp(DockerClient api, String devnet) throws IOException {
    new DevnetObjects(api).remove(devnet, quiet());
  }

  /** Removes what a test left of each of {@code devnets}. */
  public static void cleanUp(DockerClient api, List<String> devnets) throws IOException {
    for (String d : devnets) {
      cleanUp(api, d);
    }
  }

  /** Progress output a test does not show (image builds, removals). */
  public static PrintStream quiet() {
    return new PrintStream(PrintStream.nullOutputStream());
  }

  /** Prints every log line of container {@code id} so far, as {@code lean-devnet logs} does. */
  public static void printLog(DockerClient api, String id, PrintStream out)
      throws IOException, InterruptedException {
    ContainerLogs.print(api, id, false, -1, out);
  }

  static Map<String, String> labelsOf(DockerClient api, String container) {
    return api.inspectContainerCmd(container).exec().getConfig().getLabels();
  }

  private static boolean has(DockerClient api, String image) throws IOException {
    return new Images(api, PullPolicy.NEVER, Optional.empty(), System.out).present(image);
  }

  private static Path need(Path file, String debianPackage) {
    if (!Files.isExecutable(file)) {
      String msg = file + " is missing (apt-get install " + debianPackage + ")";
      if ("true".equals(System.getenv("CI"))) {
        fail("CI=true but " + msg);
      }
      Assumptions.abort(msg);
    }
    return file;
  }
}
