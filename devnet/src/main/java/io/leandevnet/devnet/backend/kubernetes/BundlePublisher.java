package io.leandevnet.devnet.backend.kubernetes;

import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import io.leandevnet.crypto.sha256.Sha256;
import io.leandevnet.devnet.plan.DevnetPlan;
import io.leandevnet.devnet.plan.Service;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Publishes a written genesis bundle to the pods that wait for it (see {@link BundleVolume}): the
 * public files as ConfigMaps (text in {@code data}, binary in {@code binaryData}), each node's
 * secrets as Secrets, both cut by {@link FileParts} into objects under the API server's 1 MiB
 * limit; then, per pod, the {@code -ready} ConfigMap with the assembly list and SHA-256 sums, and
 * an annotation on the pod so the kubelet syncs its volumes at once. Objects are read from disk one
 * at a time, so a devnet4 bundle never sits in memory whole.
 */
final class BundlePublisher {

  private final KubernetesClient client;
  private final KubeNames names;

  BundlePublisher(KubernetesClient client, KubeNames names) {
    this.client = client;
    this.names = names;
  }

  /** What was published: object count and bytes, for the progress line and tests. */
  record Published(int configMaps, int secrets, long bytes) {}

  /**
   * A file a launcher generated, as the init container writes it.
   *
   * @param target its absolute path in the init container ({@link BundleVolume#VOLUMES}/…)
   */
  record Generated(String target, String content) {}

  /**
   * Publishes the bundle at {@code bundleDir} to every node of {@code plan}, with {@code generated}
   * files by service name.
   */
  Published publish(DevnetPlan plan, Path bundleDir, Map<String, List<Generated>> generated)
      throws IOException {
    int configMaps = 0;
    int secrets = 0;
    long bytes = 0;
    FileParts.Layout shared =
        FileParts.pack(BundleShares.publicFiles(bundleDir), FileParts.MAX_OBJECT_BYTES);
    int room = BundleShares.publicSlots(plan);
    requireRoom(
        shared, room, "the public genesis files of " + bundleDir, "ConfigMaps", "the pods were");
    for (int i = 0; i < shared.chunks().size(); i++) {
      FileParts.Chunk chunk = shared.chunks().get(i);
      Map<String, String> text = new LinkedHashMap<>();
      Map<String, String> binary = new LinkedHashMap<>();
      for (FileParts.Part part : chunk.parts()) {
        byte[] b = read(part);
        String s = utf8(b);
        if (s != null) {
          text.put(part.key(), s);
        } else {
          binary.put(part.key(), Base64.getEncoder().encodeToString(b));
        }
      }
      createConfigMap(
          KubeNames.slot(names.publicGroup(), i), KubeLabels.of(names.devnet()), text, binary);
      configMaps++;
      bytes += chunk.bytes();
    }
    for (Service s : plan.services()) {
      if (!BundleShares.receives(s)) {
        continue;
      }
      FileParts.Layout own =
          FileParts.pack(BundleShares.secretFiles(bundleDir, s), FileParts.MAX_OBJECT_BYTES);
      int secretRoom = BundleShares.secretSlots(s);
      requireRoom(
          own,
          secretRoom,
          "the secret genesis files of " + s.serviceName(),
          "Secrets",
          "its pod was");
      for (int i = 0; i < own.chunks().size(); i++) {
        FileParts.Chunk chunk = own.chunks().get(i);
        Map<String, String> data = new LinkedHashMap<>();
        for (FileParts.Part part : chunk.parts()) {
          data.put(part.key(), Base64.getEncoder().encodeToString(read(part)));
        }
        client
            .secrets()
            .inNamespace(names.namespace())
            .resource(
                new SecretBuilder()
                    .withNewMetadata()
                    .withName(KubeNames.slot(names.keysGroup(s.serviceName()), i))
                    .withLabels(KubeLabels.of(names.devnet(), s.serviceName()))
                    .endMetadata()
                    .withType("Opaque")
                    .withData(data)
                    .build())
            .create();
        secrets++;
        bytes += chunk.bytes();
      }
      StringBuilder assembly = new StringBuilder();
      StringBuilder sums = new StringBuilder();
      for (FileParts.Layout layout : List.of(shared, own)) {
        for (FileParts.Assembly a : layout.files()) {
          String target = BundleVolume.bundleTarget(a.file().path());
          assembly.append(target).append(' ').append(String.join(" ", a.keys())).append('\n');
          sums.append(Sha256.hex(a.file().source())).append("  ").append(target).append('\n');
        }
      }
      Map<String, String> readyData = new LinkedHashMap<>();
      List<Generated> files = generated.getOrDefault(s.serviceName(), List.of());
      for (int i = 0; i < files.size(); i++) {
        Generated g = files.get(i);
        String key = "generated." + i;
        readyData.put(key, g.content());
        assembly.append(g.target()).append(' ').append(key).append('\n');
        sums.append(Sha256.hex(g.content().getBytes(StandardCharsets.UTF_8)))
            .append("  ")
            .append(g.target())
            .append('\n');
      }
      readyData.put(BundleVolume.ASSEMBLY, assembly.toString());
      readyData.put(BundleVolume.SHA256SUMS, sums.toString());
      createConfigMap(
          names.ready(s.serviceName()),
          KubeLabels.of(names.devnet(), s.serviceName()),
          readyData,
          Map.of());
      configMaps++;
      client
          .pods()
          .inNamespace(names.namespace())
          .withName(names.workload(s.serviceName()))
          .patch(
              PatchContext.of(PatchType.JSON_MERGE),
              "{\"metadata\":{\"annotations\":{\""
                  + KubeLabels.PUBLISHED
                  + "\":\""
                  + Instant.now()
                  + "\"}}}");
    }
    return new Published(configMaps, secrets, bytes);
  }

  /**
   * Fails when {@code layout} needs more {@code objects} than its pods were made with room for (a
   * pod mounts a fixed number of them).
   */
  private static void requireRoom(
      FileParts.Layout layout, int room, String files, String objects, String pods)
      throws IOException {
    if (layout.chunks().size() > room) {
      throw new IOException(
          files
              + " need "
              + layout.chunks().size()
              + " "
              + objects
              + " but "
              + pods
              + " made with room for "
              + room);
    }
  }

  /** Creates ConfigMap {@code name} in the devnet's namespace. */
  private void createConfigMap(
      String name,
      Map<String, String> labels,
      Map<String, String> text,
      Map<String, String> binary) {
    client
        .configMaps()
        .inNamespace(names.namespace())
        .resource(
            new ConfigMapBuilder()
                .withNewMetadata()
                .withName(name)
                .withLabels(labels)
                .endMetadata()
                .withData(text)
                .withBinaryData(binary)
                .build())
        .create();
  }

  private static byte[] read(FileParts.Part part) throws IOException {
    ByteBuffer buffer = ByteBuffer.allocate(part.length());
    try (FileChannel ch = FileChannel.open(part.file().source(), StandardOpenOption.READ)) {
      long at = part.offset();
      while (buffer.hasRemaining()) {
        int n = ch.read(buffer, at);
        if (n < 0) {
          throw new IOException(part.file().source() + " became shorter while it was published");
        }
        at += n;
      }
    }
    return buffer.array();
  }

  /**
   * The text of {@code b} when it is UTF-8 without control characters other than tab and line
   * breaks (a ConfigMap's {@code data}), else null ({@code binaryData}).
   */
  private static String utf8(byte[] b) {
    String s;
    try {
      s = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(b)).toString();
    } catch (CharacterCodingException e) {
      return null;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x20 && c != '\n' && c != '\r' && c != '\t') {
        return null;
      }
    }
    return s;
  }
}
