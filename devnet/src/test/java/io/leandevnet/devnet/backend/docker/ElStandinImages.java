package io.leandevnet.devnet.backend.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.NotFoundException;
import io.leandevnet.devnet.elstandin.ElStandin;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The execution-pairing stand-in images ({@link ElStandin}): the built-in node's image (its jlink'd
 * Java runtime and lean-devnet's jar) plus the stand-in's compiled classes, with an entrypoint that
 * names the client it stands in for. Tagged {@code el-standin/<client>:test}; the args file points
 * {@code el_image} / {@code cl_image} at them, so the real launchers' command lines reach them
 * unchanged. Rebuilt on every run (the classes may have changed), removed after.
 */
final class ElStandinImages {

  static final String ETHREX = "el-standin/ethrex:test";
  static final String ETHLAMBDA = "el-standin/ethlambda:test";

  private static final String CLASSES = "/opt/el-standin";
  private static final String PACKAGE = ElStandin.class.getPackageName().replace('.', '/');

  private ElStandinImages() {}

  /** Builds both images on top of the built-in node's image (which must be present). */
  static void build(DockerClient api, PrintStream progress) throws IOException {
    build(api, ETHREX, "ethrex", progress);
    build(api, ETHLAMBDA, "ethlambda", progress);
  }

  /** Removes both images. */
  static void remove(DockerClient api) {
    for (String tag : List.of(ETHREX, ETHLAMBDA)) {
      try {
        api.removeImageCmd(tag).withForce(true).exec();
      } catch (NotFoundException e) {
        // already gone
      }
    }
  }

  private static void build(DockerClient api, String tag, String client, PrintStream progress)
      throws IOException {
    ScratchImage image = ScratchImage.in(Files.createTempDirectory("el-standin-image"));
    try {
      Path classes = classesDir().resolve(PACKAGE);
      Path target = image.root().resolve(CLASSES.substring(1)).resolve(PACKAGE);
      Files.createDirectories(target);
      try (Stream<Path> files = Files.list(classes)) {
        for (Path f : files.filter(p -> p.toString().endsWith(".class")).toList()) {
          Files.copy(f, target.resolve(f.getFileName()));
        }
      }
      // this build's jar, not the one in the built-in image: that image is reused across builds
      // (and checkouts) of the same version, so its jar may predate the stand-in's classes
      image.file(TestEngine.jar(), CLASSES + "/lean-devnet.jar");
      List<String> entrypoint = new ArrayList<>();
      entrypoint.add("/" + NodeImage.JRE + "/bin/java");
      entrypoint.add("-XX:+UseSerialGC");
      entrypoint.add("-cp");
      entrypoint.add(CLASSES + "/lean-devnet.jar:" + CLASSES);
      entrypoint.add(ElStandin.class.getName());
      entrypoint.add(client);
      image.from(NodeImage.tag()).entrypoint(entrypoint).build(api, tag, progress);
    } finally {
      image.discard();
    }
  }

  /** The directory the stand-in's classes were compiled into (target/test-classes). */
  private static Path classesDir() throws IOException {
    try {
      return Path.of(ElStandin.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IOException("the stand-in's classes are not in a directory", e);
    }
  }
}
