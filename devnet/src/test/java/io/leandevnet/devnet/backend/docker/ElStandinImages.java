package io.leandevnet.devnet.backend.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.NotFoundException;
import io.leandevnet.devnet.elstandin.ElStandin;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
      for (Map.Entry<String, Path> c : TestEngine.packageClasses(ElStandin.class).entrySet()) {
        image.file(c.getValue(), CLASSES + "/" + c.getKey());
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
}
