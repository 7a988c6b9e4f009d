package io.leandevnet.devnet.backend.kubernetes;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeBuilder;
import io.fabric8.kubernetes.api.model.VolumeProjection;
import io.fabric8.kubernetes.api.model.VolumeProjectionBuilder;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/**
 * How a pod receives its genesis bundle, which is written only after the pod exists (the ENRs carry
 * pod IPs). The pod declares a projected volume of optional ConfigMaps and Secrets, named before
 * they exist ({@link BundleShares} bounds how many), and an init container that waits until the
 * {@code -ready} ConfigMap shows up, then joins the parts into the {@code genesis} emptyDir and
 * checks every file's SHA-256 before it exits; only then does the client start. The kubelet fills
 * optional sources that appear later on its next sync of the pod, which {@link BundlePublisher}
 * triggers by annotating the pod.
 */
final class BundleVolume {

  /** The volume the client mounts (read-only) where its launcher wants the bundle. */
  static final String GENESIS_VOLUME = "genesis";

  static final String INIT_CONTAINER = "wait-for-genesis";

  /** The image the init container runs: it needs sh, cat, mkdir and sha256sum. */
  static final String INIT_IMAGE = "busybox:1.37";

  /** Keys of the {@code -ready} ConfigMap. */
  static final String ASSEMBLY = "ASSEMBLY";

  static final String SHA256SUMS = "SHA256SUMS";

  private static final String PARTS_VOLUME = "genesis-parts";
  private static final String PARTS = "/bundle";

  /** Where the init container sees the pod's writable volumes: {@code /volumes/<volume>}. */
  static final String VOLUMES = "/volumes";

  /**
   * Joins the parts listed in ASSEMBLY (one line per file: its absolute path in the init container,
   * then its part keys in order) and checks them against SHA256SUMS; repeats until both are there
   * and every sum matches.
   */
  static final String SCRIPT =
      """
      echo "lean-devnet: waiting for the genesis bundle (published once every pod has an IP)"
      assemble() {
        while read -r target keys; do
          [ -n "$target" ] || continue
          mkdir -p "$(dirname "$target")" || return 1
          (cd /bundle && cat $keys) > "$target" || return 1
        done < /bundle/ASSEMBLY
        sha256sum -c /bundle/SHA256SUMS >/dev/null
      }
      until [ -f /bundle/ASSEMBLY ] && [ -f /bundle/SHA256SUMS ] && assemble 2>/dev/null; do
        sleep 2
      done
      echo "lean-devnet: genesis bundle complete"
      """;

  /** The path the init container writes the bundle file {@code path} (relative) to. */
  static String bundleTarget(String path) {
    return VOLUMES + "/" + GENESIS_VOLUME + "/" + path;
  }

  private BundleVolume() {}

  /** The pod's volumes: the optional parts of its bundle and the emptyDir they are joined into. */
  static List<Volume> volumes(KubeNames names, String service, int publicSlots, int secretSlots) {
    List<VolumeProjection> sources = new ArrayList<>();
    for (int i = 0; i < publicSlots; i++) {
      sources.add(
          new VolumeProjectionBuilder()
              .withNewConfigMap()
              .withName(KubeNames.slot(names.publicGroup(), i))
              .withOptional(true)
              .endConfigMap()
              .build());
    }
    for (int i = 0; i < secretSlots; i++) {
      sources.add(
          new VolumeProjectionBuilder()
              .withNewSecret()
              .withName(KubeNames.slot(names.keysGroup(service), i))
              .withOptional(true)
              .endSecret()
              .build());
    }
    sources.add(
        new VolumeProjectionBuilder()
            .withNewConfigMap()
            .withName(names.ready(service))
            .withOptional(true)
            .endConfigMap()
            .build());
    return List.of(
        new VolumeBuilder()
            .withName(PARTS_VOLUME)
            .withNewProjected()
            .withSources(sources)
            .endProjected()
            .build(),
        new VolumeBuilder().withName(GENESIS_VOLUME).withNewEmptyDir().endEmptyDir().build());
  }

  /** The init container that waits for the bundle and joins it into {@code volumes}. */
  static Container initContainer(Collection<String> volumes) {
    ContainerBuilder c =
        new ContainerBuilder()
            .withName(INIT_CONTAINER)
            .withImage(INIT_IMAGE)
            .withCommand("sh", "-c", SCRIPT)
            .addNewVolumeMount()
            .withName(PARTS_VOLUME)
            .withMountPath(PARTS)
            .withReadOnly(true)
            .endVolumeMount();
    for (String v : new TreeSet<>(volumes)) {
      c.addNewVolumeMount().withName(v).withMountPath(VOLUMES + "/" + v).endVolumeMount();
    }
    return c.build();
  }
}
