package io.leandevnet.devnet.backend.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.VolumeProjection;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.leandevnet.consensus.genesis.BundleLayout;
import io.leandevnet.crypto.hashsig.HashSigKeyDir;
import io.leandevnet.devnet.backend.Reach;
import io.leandevnet.devnet.plan.Addresses;
import io.leandevnet.devnet.plan.DevnetPlan;
import io.leandevnet.devnet.plan.ElNode;
import io.leandevnet.devnet.plan.LeanNode;
import io.leandevnet.devnet.registry.DevnetRecord;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An ethlambda paired with an execution client on the Kubernetes backend, against the fabric8 mock
 * API server: the EL's pod from its launcher's spec (root for besu, which reads the 0600 JWT), a
 * TCP readiness probe on its JSON-RPC port, the JWT among both pods' own secret objects, and the
 * Lean node pointed at the EL's Service by DNS name (known before any pod exists).
 */
@EnableKubernetesMockClient(crud = true)
class KubernetesExecutionTest {

  KubernetesClient client;

  @TempDir Path home;

  @Test
  void anExecutionPairGetsTwoPodsTheJwtAndTheEnginesServiceName() throws Exception {
    DevnetPlan plan =
        KubernetesBackendTest.plan(
            """
            participants:
              - el_type: besu
                cl_type: ethlambda
                cl_image: ghcr.io/lambdaclass/ethlambda:devnet6
                is_aggregator: true
            lean_network_params:
              active_epoch: 4
            additional_services: []
            """);
    KubernetesBackend backend =
        new KubernetesBackend(
            ClusterTarget.DEFAULT,
            t -> new KubernetesClientBuilder().withConfig(client.getConfiguration()).build(),
            KubernetesBackendTest.LAUNCHERS,
            Duration.ofSeconds(60),
            UpOwner.current(home));
    Addresses addresses;
    try (FakeKubelet kubelet = new FakeKubelet(client, "kel", true)) {
      addresses = backend.addresses("kel", plan, new PrintStream(new ByteArrayOutputStream()));
      // up waits for the Lean pods' IPs only; the EL pod gets its own as the kubelet starts it
      client
          .pods()
          .inNamespace("kel")
          .withName("el-1-besu-ethlambda")
          .waitUntilCondition(
              p -> p.getStatus() != null && p.getStatus().getPodIP() != null, 30, TimeUnit.SECONDS);
    }
    LeanNode lean = plan.leanNodes().getFirst();
    ElNode el = plan.elNodes().getFirst();
    assertThat(el.serviceName()).isEqualTo("el-1-besu-ethlambda");
    assertThat(addresses.of(el).ip()).isEqualTo("el-1-besu-ethlambda.kel.svc");

    Pod elPod = client.pods().inNamespace("kel").withName(el.serviceName()).get();
    Container elMain = elPod.getSpec().getContainers().getFirst();
    assertThat(elMain.getImage()).isEqualTo(el.image());
    assertThat(elMain.getReadinessProbe().getTcpSocket().getPort().getIntVal())
        .isEqualTo(addresses.of(el).port(ElNode.RPC));
    assertThat(elMain.getSecurityContext().getRunAsUser()).isZero();
    assertThat(elMain.getSecurityContext().getRunAsGroup()).isZero();

    Container leanMain =
        client
            .pods()
            .inNamespace("kel")
            .withName(lean.serviceName())
            .get()
            .getSpec()
            .getContainers()
            .getFirst();
    assertThat(leanMain.getArgs())
        .containsSequence(
            "--execution-endpoint",
            "http://el-1-besu-ethlambda.kel.svc:" + addresses.of(el).port(ElNode.ENGINE));

    // each pod's own secret objects (where the JWT travels) are among its volume's sources
    KubeNames names = KubeNames.own("kel");
    for (String service : List.of(lean.serviceName(), el.serviceName())) {
      Pod pod = client.pods().inNamespace("kel").withName(service).get();
      List<String> secrets =
          pod.getSpec().getVolumes().getFirst().getProjected().getSources().stream()
              .map(VolumeProjection::getSecret)
              .filter(s -> s != null)
              .map(s -> s.getName())
              .toList();
      assertThat(secrets).contains(KubeNames.slot(names.keysGroup(service), 0));
    }
    // the JWT is a secret file of both: the EL and the Lean node that drives it
    Path bundle = home.resolve("bundle");
    BundleLayout layout = BundleLayout.at(bundle);
    Files.createDirectories(layout.nodeKey(lean.name()).getParent());
    Files.writeString(layout.nodeKey(lean.name()), "key");
    Files.createDirectories(bundle.resolve(BundleLayout.HASH_SIG_KEYS));
    for (int i : lean.validatorIndices()) {
      for (String f : HashSigKeyDir.keyFiles(i)) {
        Files.writeString(bundle.resolve(BundleLayout.HASH_SIG_KEYS).resolve(f), "sk");
      }
    }
    Files.writeString(bundle.resolve(BundleLayout.JWT_SECRET), "0x00");
    assertThat(BundleShares.secretFiles(bundle, el))
        .extracting(FileParts.File::path)
        .containsExactly(BundleLayout.JWT_SECRET);
    assertThat(BundleShares.secretFiles(bundle, lean))
        .extracting(FileParts.File::path)
        .contains(BundleLayout.JWT_SECRET);

    // through reach, other clients dial the EL's pod IP for P2P (admin_addPeer wants an IP)
    DevnetRecord record =
        new DevnetRecord(
            "kel",
            "kubernetes",
            Instant.now(),
            "args.yaml",
            home.resolve("kel/genesis"),
            0,
            KubernetesBackend.handle(ClusterTarget.DEFAULT, names),
            null,
            List.of(),
            List.of(
                new DevnetRecord.ElEndpoint(
                    el.serviceName(),
                    "besu",
                    el.image(),
                    addresses.of(el).ip() + ":" + addresses.of(el).port(ElNode.P2P),
                    URI.create(addresses.fromHost(el).httpUrl(ElNode.RPC)),
                    null,
                    lean.name())),
            List.of(),
            null);
    String podIp =
        client.pods().inNamespace("kel").withName(el.serviceName()).get().getStatus().getPodIP();
    try (Reach reach = backend.reach(record)) {
      DevnetRecord.ElEndpoint reached = reach.record().el().getFirst();
      assertThat(reached.address()).isEqualTo(podIp + ":" + addresses.of(el).port(ElNode.P2P));
      assertThat(reached.rpc().getHost()).isEqualTo("127.0.0.1");
    }

    backend.release("kel", new PrintStream(new ByteArrayOutputStream()));
    assertThat(client.pods().inAnyNamespace().list().getItems()).isEmpty();
  }
}
