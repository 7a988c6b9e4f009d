package io.leandevnet.devnet.backend.docker;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.NotFoundException;
import io.leandevnet.crypto.sha256.Sha256;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built-in node's image is rebuilt when the engine's copy was built from another jar (its jar
 * digest label differs), and kept when it was built from this one: a stale image never runs.
 */
class NodeImageIT {

  private static final String TAG = "lean-devnet-standins/builtin-digest:test";

  @TempDir Path tmp;

  @Test
  void anImageOfAnotherJarIsRebuiltAndOneOfThisJarIsKept() throws Exception {
    try (DockerEngine engine = TestEngine.connect()) {
      DockerClient api = engine.api();
      try {
        Path jar = TestEngine.jar();
        String stale = "0".repeat(64);
        ScratchImage old = ScratchImage.in(Files.createTempDirectory(tmp, "old"));
        try {
          old.file(Path.of("/bin/busybox"), "/bin/busybox")
              .label(NodeImage.JAR_DIGEST_LABEL, stale)
              .entrypoint(List.of("/bin/busybox", "true"))
              .build(api, TAG, new PrintStream(PrintStream.nullOutputStream()));
        } finally {
          old.discard();
        }
        assertThat(NodeImage.builtFrom(api, TAG)).contains(stale);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream progress = new PrintStream(out, true, StandardCharsets.UTF_8);
        assertThat(NodeImage.ensure(api, jar, TAG, progress)).isTrue();
        String digest = Sha256.hex(jar);
        assertThat(out.toString(StandardCharsets.UTF_8))
            .contains(
                "image "
                    + TAG
                    + " was built from another jar (sha256 000000000000): rebuilding it from "
                    + jar
                    + " (sha256 "
                    + digest.substring(0, 12)
                    + ")");
        assertThat(NodeImage.builtFrom(api, TAG)).contains(digest);

        out.reset();
        assertThat(NodeImage.ensure(api, jar, TAG, progress)).isFalse();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
      } finally {
        try {
          api.removeImageCmd(TAG).withForce(true).exec();
        } catch (NotFoundException e) {
          // nothing to remove
        }
      }
    }
  }
}
