package io.leandevnet.devnet.clients.lean;

import static org.assertj.core.api.Assertions.assertThat;

import io.leandevnet.devnet.cli.DockerRunLine;
import io.leandevnet.devnet.clients.GeneratedFile;
import io.leandevnet.devnet.clients.LaunchFixture;
import io.leandevnet.devnet.clients.ServiceSpec;
import io.leandevnet.devnet.config.DevnetProfile;
import io.leandevnet.devnet.config.LeanClient;
import io.leandevnet.devnet.plan.LeanNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every launcher's full {@link ServiceSpec}, per client and devnet profile, against a checked-in
 * file: two nodes with one subnet (an aggregator and not), then two nodes with two subnets (each
 * aggregating its own). Each spec is written as its {@code docker run} line, its ports and its
 * generated files. The files were reviewed by hand against research/clients.md §1.4 and §7; after a
 * deliberate change, regenerate them with {@code -Dgolden.update=true} and review the diff.
 */
class LeanLauncherGoldenTest {

  private static final Path DIR =
      Path.of("src/test/resources/io/leandevnet/devnet/clients/lean/golden");

  private static final DockerRunLine LINE =
      new DockerRunLine(
          "lean-devnet-golden",
          new DockerRunLine.HostDirs(
              Path.of("/devnet/genesis"),
              Path.of("/devnet/data"),
              Path.of("/devnet/config"),
              Path.of("/devnet/files")));

  static List<Arguments> cases() {
    List<Arguments> out = new ArrayList<>();
    for (LeanClient c : LeanClient.values()) {
      for (DevnetProfile p : DevnetProfile.values()) {
        out.add(Arguments.of(c, p));
      }
    }
    return out;
  }

  static Path golden(LeanClient client, DevnetProfile profile) {
    return DIR.resolve(client.key() + "-" + profile.key() + ".txt");
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("cases")
  void specMatchesItsGoldenFile(LeanClient client, DevnetProfile profile) throws IOException {
    String actual = render(client, profile);
    Path file = golden(client, profile);
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(file, actual, StandardCharsets.UTF_8);
    }
    assertThat(file).as("golden file of " + client.key() + " " + profile.key()).exists();
    assertThat(actual).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
  }

  @Test
  void everyClientHasGoldenFilesForBothProfiles() {
    for (LeanLauncher launcher : LeanLaunchers.all()) {
      for (DevnetProfile p : DevnetProfile.values()) {
        assertThat(golden(launcher.client(), p)).exists();
      }
    }
  }

  private static String render(LeanClient client, DevnetProfile profile) {
    StringBuilder out = new StringBuilder();
    String c = client.key();
    String network = "lean_network_params: {genesis_time: 1767225600, devnet: " + profile.key();
    LaunchFixture one =
        LaunchFixture.of(
            "participants:\n  - {cl_type: "
                + c
                + ", is_aggregator: true}\n  - {cl_type: "
                + c
                + "}\n"
                + network
                + ", attestation_committee_count: 1}\n");
    LaunchFixture two =
        LaunchFixture.of(
            "participants:\n  - {cl_type: "
                + c
                + ", count: 2, is_aggregator: true}\n"
                + network
                + ", attestation_committee_count: 2}\n");
    section(out, "1 subnet, aggregator", one, c + "_0");
    section(out, "1 subnet, not an aggregator", one, c + "_1");
    section(out, "2 subnets, aggregator of subnet 0", two, c + "_0");
    section(out, "2 subnets, aggregator of subnet 1", two, c + "_1");
    return out.toString();
  }

  private static void section(StringBuilder out, String title, LaunchFixture f, String node) {
    LeanNode n = f.node(node);
    ServiceSpec spec = f.spec(node);
    out.append("# ").append(title).append(": ").append(node).append('\n');
    out.append(LINE.render(spec, f.context().at(n), f.context().addresses().fromHost(n)))
        .append('\n');
    out.append("# ports: ")
        .append(
            spec.ports().stream()
                .map(
                    p ->
                        p.name()
                            + "="
                            + p.number()
                            + "/"
                            + p.kind().name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(" ")))
        .append('\n');
    for (GeneratedFile g : spec.files()) {
      out.append("# file ").append(g.path()).append(":\n");
      g.content().lines().forEach(l -> out.append("#   ").append(l).append('\n'));
    }
    out.append('\n');
  }
}
