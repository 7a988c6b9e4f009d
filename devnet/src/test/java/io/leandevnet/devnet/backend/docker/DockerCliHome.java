package io.leandevnet.devnet.backend.docker;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.dockerjava.api.DockerClient;
import io.leandevnet.devnet.cli.CliRun;
import io.leandevnet.devnet.cli.LeanDevnet;
import io.leandevnet.devnet.registry.DevnetRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A lean-devnet home for the Docker tests: the CLI run on it as a user runs it, args files written
 * into it, and the checks that a devnet left nothing behind on the engine {@code api} or in the
 * home.
 */
public record DockerCliHome(Path home, DockerClient api) {

  /** The registry of the devnets started from this home. */
  public DevnetRegistry registry() {
    return new DevnetRegistry(home);
  }

  /** {@code lean-devnet args…} with this home. */
  public CliRun run(String... args) {
    return CliRun.of(LeanDevnet.commandLine(registry()), args);
  }

  /** Writes {@code text} to {@code <home>/<name>.yaml}. */
  public Path argsFile(String name, String text) throws IOException {
    Path f = home.resolve(name + ".yaml");
    Files.writeString(f, text);
    return f;
  }

  /**
   * {@code down devnet} succeeds and leaves nothing: no container, network or volume labeled with
   * it, and no directory in the home. Returns the run for what else its output should say.
   */
  public CliRun assertDownLeavesNothing(String devnet) throws IOException {
    CliRun down = run("down", devnet);
    assertThat(down.exit()).as(down.err()).isZero();
    assertThat(TestEngine.labeled(api, devnet)).isEmpty();
    assertThat(home.resolve(devnet)).doesNotExist();
    return down;
  }

  /** After a failed {@code up}: nothing labeled with {@code devnet} and no record of it. */
  public void assertNothingLeftOf(String devnet) throws IOException {
    assertThat(TestEngine.labeled(api, devnet)).isEmpty();
    assertThat(registry().find(devnet)).isEmpty();
  }
}
