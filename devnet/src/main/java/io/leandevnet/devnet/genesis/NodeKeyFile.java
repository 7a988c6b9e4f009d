package io.leandevnet.devnet.genesis;

import io.leandevnet.consensus.genesis.BundleLayout;
import io.leandevnet.crypto.secp256k1.Secp256k1PrivateKey;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;

/**
 * A node's {@code <node>.key} file: 64 hex digits and a newline, as lean-quickstart writes it.
 * Reading accepts what the clients accept (ethlambda trims whitespace and an optional {@code 0x};
 * Kurtosis writes no newline). The args-file path uses {@link #existingOrNew} so a devnet keeps its
 * node identities (ENRs, peer ids) across runs.
 */
public final class NodeKeyFile {

  private NodeKeyFile() {}

  /** The key file of {@code node} in a bundle directory. */
  public static Path of(Path bundleDir, String node) {
    return BundleLayout.at(bundleDir).nodeKey(node);
  }

  /** Reads a key file; errors name the file and what is expected. */
  public static Secp256k1PrivateKey read(Path file) {
    String text = ValidatorConfigYaml.readText(file).strip();
    if (text.startsWith("0x") || text.startsWith("0X")) {
      text = text.substring(2);
    }
    try {
      return Secp256k1PrivateKey.fromHex(text);
    } catch (IllegalArgumentException e) {
      throw new GenesisException(file + ": not a secp256k1 node key: " + e.getMessage(), e);
    }
  }

  /**
   * The key in {@code bundleDir/<node>.key} when the file exists, otherwise a fresh key from {@code
   * random}. Nothing is written: the bundle writer writes the key file.
   */
  public static Secp256k1PrivateKey existingOrNew(
      Path bundleDir, String node, SecureRandom random) {
    Path file = of(bundleDir, node);
    return Files.exists(file) ? read(file) : Secp256k1PrivateKey.generate(random);
  }
}
