package io.leandevnet.devnet.backend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.leandevnet.crypto.xmss.XmssSchemeKind;
import io.leandevnet.devnet.config.ArgsFile;
import io.leandevnet.devnet.genesis.KeyCache;
import io.leandevnet.devnet.launch.Launch;
import io.leandevnet.devnet.plan.DevnetPlan;
import io.leandevnet.devnet.registry.DevnetRegistry;
import io.leandevnet.devnet.testing.FreePorts;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A devnet larger than the file-descriptor limit allows is refused before anything is made. */
class EmbeddedDescriptorLimitTest {

  @TempDir Path home;

  @Test
  void tooFewDescriptorsForTheMeshStopUpBeforeGenesisAndLeaveNothing() throws Exception {
    Path args = EmbeddedDevnetTest.argsFile(home, FreePorts.block(60));
    DevnetPlan plan = DevnetPlan.of(((ArgsFile.Valid) ArgsFile.read(args)).spec());
    DevnetRegistry registry = new DevnetRegistry(home);
    ByteArrayOutputStream progress = new ByteArrayOutputStream();
    // 4 nodes need 2·4·3 + 16·4 = 88 descriptors
    Launch.Request request =
        new Launch.Request(
            "fds",
            plan,
            new EmbeddedBackend(OptionalLong.of(80)),
            registry,
            args.toString(),
            new KeyCache(home.resolve("keys-cache"), XmssSchemeKind.SMALL, line -> {}),
            false,
            0,
            new PrintStream(progress, true, StandardCharsets.UTF_8));

    assertThatThrownBy(() -> Launch.start(request))
        .isInstanceOf(Launch.LaunchException.class)
        .hasMessageContaining("cannot start fds")
        .hasMessageContaining("4 built-in nodes in one process need about 88 file descriptors")
        .hasMessageContaining("the limit is 80")
        .hasMessageContaining("ulimit -n 88");
    assertThat(registry.find("fds")).isEmpty();
    assertThat(registry.dir("fds").resolve("genesis")).doesNotExist();
    assertThat(Files.exists(home.resolve("keys-cache"))).isFalse();
  }

  @Test
  void enoughDescriptorsAreNoProblem() throws Exception {
    Path args = EmbeddedDevnetTest.argsFile(home, FreePorts.block(60));
    DevnetPlan plan = DevnetPlan.of(((ArgsFile.Valid) ArgsFile.read(args)).spec());
    EmbeddedBackend backend = new EmbeddedBackend(OptionalLong.of(88));
    assertThat(
            backend.preflight(
                plan, backend.addresses(plan), new PrintStream(new ByteArrayOutputStream())))
        .isEmpty();
  }
}
