package io.leandevnet.devnet.backend.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.leandevnet.consensus.genesis.BundleLayout;
import io.leandevnet.devnet.config.ArgsFile;
import io.leandevnet.devnet.plan.DevnetPlan;
import io.leandevnet.devnet.plan.LeanNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The genesis bundle's way into the pods, with devnet4-sized XMSS secret keys (8,390,660 bytes):
 * published to the fabric8 mock API server, every object under the 1 MiB limit, and joined back by
 * the init container's own script (run with busybox, as in the {@code busybox} image) into
 * byte-identical files.
 */
@EnableKubernetesMockClient(crud = true)
class BundleTransportTest {

  private static final int DEVNET4_SK = 8_390_660;

  KubernetesClient client;

  @TempDir Path tmp;

  @Test
  void devnet4KeysReachTheirPodWholeAndOnlyTheirPod() throws Exception {
    DevnetPlan plan = planOf(2);
    KubeNames names = KubeNames.own("t");
    Path bundle = fakeBundle(plan, tmp.resolve("genesis"));
    for (LeanNode n : plan.leanNodes()) {
      client
          .pods()
          .inNamespace("t")
          .resource(
              new PodBuilder().withNewMetadata().withName(n.serviceName()).endMetadata().build())
          .create();
    }

    BundlePublisher.Published published =
        new BundlePublisher(client, names)
            .publish(
                plan,
                bundle,
                Map.of(
                    "lean-zeam-0",
                    List.of(new BundlePublisher.Generated("/volumes/data/extra.conf", "a=1\n"))));

    // zeam_0's two 8 MiB keys cut into objects of at most 900 KiB, one object more for its node
    // key; zeam_1's small keys and node key in one; the public files in one ConfigMap, plus one
    // -ready ConfigMap per node
    assertThat(published.secrets()).isEqualTo(2 * 10 + 1 + 1);
    assertThat(published.configMaps()).isEqualTo(1 + 2);
    List<Secret> secrets = client.secrets().inNamespace("t").list().getItems();
    for (Secret s : secrets) {
      long bytes =
          s.getData().values().stream().mapToLong(v -> Base64.getDecoder().decode(v).length).sum();
      assertThat(bytes).as(s.getMetadata().getName()).isLessThanOrEqualTo(1024 * 1024);
      assertThat(s.getMetadata().getLabels())
          .containsEntry(KubeLabels.DEVNET, "t")
          .containsEntry(KubeLabels.MANAGED_BY, "lean-devnet");
    }
    LeanNode zeam0 = plan.leanNodes().get(0);
    assertThat(BundleShares.secretSlots(zeam0))
        .isGreaterThanOrEqualTo(
            (int)
                secrets.stream()
                    .filter(s -> s.getMetadata().getName().startsWith("lean-zeam-0-keys-"))
                    .count());
    assertThat(
            client
                .pods()
                .inNamespace("t")
                .withName("lean-zeam-0")
                .get()
                .getMetadata()
                .getAnnotations())
        .containsKey(KubeLabels.PUBLISHED);

    Path volumes = runInitContainer(names, zeam0, secrets);

    Path genesis = volumes.resolve("genesis");
    try (var walk = Files.walk(bundle)) {
      for (Path f : walk.filter(Files::isRegularFile).toList()) {
        String rel = bundle.relativize(f).toString();
        boolean own =
            !BundleShares.secret(rel)
                || rel.equals("zeam_0.key")
                || rel.contains("validator_" + zeam0.validatorIndices().getFirst() + "_");
        if (own) {
          assertThat(genesis.resolve(rel)).as(rel).exists().hasSameBinaryContentAs(f);
        } else {
          assertThat(genesis.resolve(rel)).as(rel + " is another node's secret").doesNotExist();
        }
      }
    }
    assertThat(volumes.resolve("data/extra.conf")).hasContent("a=1");
  }

  /**
   * Lays out {@code node}'s projected volume as the kubelet would from the published objects, and
   * runs {@link BundleVolume#SCRIPT} on it with busybox.
   */
  private Path runInitContainer(KubeNames names, LeanNode node, List<Secret> secrets)
      throws Exception {
    String busybox = "/usr/bin/busybox";
    boolean ci = "true".equals(System.getenv("CI"));
    assumeTrue(ci || Files.isExecutable(Path.of(busybox)), "busybox is not installed");
    Path parts = Files.createDirectories(tmp.resolve("bundle"));
    Path volumes = Files.createDirectories(tmp.resolve("volumes"));
    for (ConfigMap cm : client.configMaps().inNamespace("t").list().getItems()) {
      String name = cm.getMetadata().getName();
      if (!name.startsWith(names.publicGroup() + "-")
          && !name.equals(names.ready(node.serviceName()))) {
        continue;
      }
      if (cm.getData() != null) {
        for (var e : cm.getData().entrySet()) {
          String text = e.getValue().replace("/volumes/", volumes + "/");
          Files.writeString(parts.resolve(e.getKey()), text, StandardCharsets.UTF_8);
        }
      }
      if (cm.getBinaryData() != null) {
        for (var e : cm.getBinaryData().entrySet()) {
          Files.write(parts.resolve(e.getKey()), Base64.getDecoder().decode(e.getValue()));
        }
      }
    }
    for (Secret s : secrets) {
      if (s.getMetadata().getName().startsWith(names.keysGroup(node.serviceName()) + "-")) {
        for (var e : s.getData().entrySet()) {
          Files.write(parts.resolve(e.getKey()), Base64.getDecoder().decode(e.getValue()));
        }
      }
    }
    String script = BundleVolume.SCRIPT.replace("/bundle", parts.toString());
    Process p = new ProcessBuilder(busybox, "sh", "-c", script).redirectErrorStream(true).start();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("init script finished").isTrue();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.exitValue()).as(out).isZero();
    assertThat(out).contains("genesis bundle complete");
    return volumes;
  }

  static DevnetPlan planOf(int zeams) {
    ArgsFile.Result r =
        ArgsFile.parse(
            "participants:\n  - cl_type: zeam\n    count: "
                + zeams
                + "\n    is_aggregator: true\n");
    assertThat(r).as("%s", r.problems()).isInstanceOf(ArgsFile.Valid.class);
    return DevnetPlan.of(((ArgsFile.Valid) r).spec());
  }

  /**
   * A bundle with the real file names and random content; the first node's secret keys are
   * devnet4-sized, the others' small.
   */
  static Path fakeBundle(DevnetPlan plan, Path dir) throws IOException {
    Random random = new Random(7);
    Files.createDirectories(BundleLayout.at(dir).hashSigKeys());
    Files.writeString(BundleLayout.at(dir).configYaml(), "GENESIS_TIME: 1\nVALIDATOR_COUNT: 2\n");
    Files.writeString(BundleLayout.at(dir).nodesYaml(), "- enr:-abc\n- enr:-def\n");
    byte[] state = new byte[300_000];
    random.nextBytes(state);
    Files.write(BundleLayout.at(dir).genesisSsz(), state);
    List<String> manifest = new ArrayList<>();
    for (LeanNode n : plan.leanNodes()) {
      Files.writeString(dir.resolve(n.name() + ".key"), "ab".repeat(32) + "\n");
      for (int i : n.validatorIndices()) {
        for (String role : List.of("attester", "proposer")) {
          byte[] pk = new byte[52];
          random.nextBytes(pk);
          Files.write(dir.resolve("hash-sig-keys/validator_" + i + "_" + role + "_key_pk.ssz"), pk);
          byte[] sk = new byte[n.position() == 0 ? DEVNET4_SK : 1000];
          random.nextBytes(sk);
          Files.write(dir.resolve("hash-sig-keys/validator_" + i + "_" + role + "_key_sk.ssz"), sk);
          manifest.add("validator_" + i + "_" + role);
        }
      }
    }
    Files.writeString(
        dir.resolve("hash-sig-keys/validator-keys-manifest.yaml"), String.join("\n", manifest));
    return dir;
  }
}
