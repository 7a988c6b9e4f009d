package io.leandevnet.devnet.backend.kubernetes;

import io.leandevnet.consensus.genesis.BundleLayout;
import io.leandevnet.crypto.hashsig.HashSigKeyDir;
import io.leandevnet.devnet.plan.DevnetPlan;
import io.leandevnet.devnet.plan.ElNode;
import io.leandevnet.devnet.plan.LeanNode;
import io.leandevnet.devnet.plan.Service;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Which files of a genesis bundle each pod receives. Every node gets the public files (config,
 * validator lists, ENRs, genesis state, XMSS public keys and manifest); the secrets go only where
 * they are used: a Lean node gets its own node key and the secret keys of its own validators (not
 * every validator's: a devnet4 key is 8 MiB), and the JWT when it drives an execution node, which
 * gets the JWT too. Helper services get no bundle.
 *
 * <p>Room in the pods is fixed when they are created, before the genesis exists, so the number of
 * objects each share may take is a bound from the plan: {@link #publicSlots} and {@link
 * #secretSlots}.
 */
final class BundleShares {

  /** The largest XMSS secret key a pod has room for (devnet4's are 8,390,660 bytes). */
  static final long MAX_SECRET_KEY_BYTES = 12L * 1024 * 1024;

  /** Room for the public files apart from what grows with the validators. */
  private static final long PUBLIC_BASE_BYTES = 4L * 1024 * 1024;

  /** Public bytes per validator (two public keys, config and annotated rows, genesis state). */
  private static final long PUBLIC_BYTES_PER_VALIDATOR = 4 * 1024;

  private BundleShares() {}

  /** Whether {@code service} receives a bundle (nodes do, helper services do not). */
  static boolean receives(Service service) {
    return service instanceof LeanNode || service instanceof ElNode;
  }

  /** How many ConfigMaps the public files may take. */
  static int publicSlots(DevnetPlan plan) {
    long bytes = PUBLIC_BASE_BYTES + plan.validatorCount() * PUBLIC_BYTES_PER_VALIDATOR;
    return (int) ceilDiv(bytes, FileParts.MAX_OBJECT_BYTES) + 1;
  }

  /** How many Secrets the secret files of {@code service} may take. */
  static int secretSlots(Service service) {
    int keys = service instanceof LeanNode n ? 2 * n.validatorIndices().size() : 0;
    return keys * (int) ceilDiv(MAX_SECRET_KEY_BYTES, FileParts.MAX_OBJECT_BYTES) + 1;
  }

  private static long ceilDiv(long a, long b) {
    return (a + b - 1) / b;
  }

  /** Every public file of the bundle at {@code dir}, by path. */
  static List<FileParts.File> publicFiles(Path dir) throws IOException {
    List<FileParts.File> files = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.filter(Files::isRegularFile).sorted(Comparator.naturalOrder()).toList()) {
        String rel = dir.relativize(p).toString().replace('\\', '/');
        if (!secret(rel)) {
          files.add(new FileParts.File(rel, p, Files.size(p)));
        }
      }
    }
    return files;
  }

  /** The secret files of the bundle at {@code dir} that {@code service} uses. */
  static List<FileParts.File> secretFiles(Path dir, Service service) throws IOException {
    BundleLayout layout = BundleLayout.at(dir);
    List<String> paths = new ArrayList<>();
    boolean jwt = false;
    if (service instanceof LeanNode n) {
      paths.add(dir.relativize(layout.nodeKey(n.name())).toString());
      for (int i : n.validatorIndices()) {
        for (String f : HashSigKeyDir.keyFiles(i)) {
          if (f.endsWith("_sk.ssz")) {
            paths.add(BundleLayout.HASH_SIG_KEYS + "/" + f);
          }
        }
      }
      jwt = n.pairedEl().isPresent();
    } else if (service instanceof ElNode) {
      jwt = true;
    }
    if (jwt) {
      paths.add(BundleLayout.JWT_SECRET);
    }
    List<FileParts.File> files = new ArrayList<>();
    for (String rel : paths) {
      Path p = dir.resolve(rel);
      if (!Files.isRegularFile(p)) {
        throw new IOException(
            p + " is missing from the genesis bundle, but " + service.serviceName() + " needs it");
      }
      long size = Files.size(p);
      if (rel.endsWith("_sk.ssz") && size > MAX_SECRET_KEY_BYTES) {
        throw new IOException(
            p
                + " is "
                + size
                + " bytes; the kubernetes backend makes room in each pod for XMSS secret keys of"
                + " up to "
                + MAX_SECRET_KEY_BYTES
                + " bytes");
      }
      files.add(new FileParts.File(rel, p, size));
    }
    return files;
  }

  /** Whether the bundle file at {@code path} (relative) is a secret. */
  static boolean secret(String path) {
    return path.endsWith(".key")
        || path.equals(BundleLayout.JWT_SECRET)
        || path.endsWith("_sk.ssz");
  }
}
