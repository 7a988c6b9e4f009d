package io.leandevnet.devnet.genesis;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Keys from a directory hash-sig-cli already wrote ({@code --keys-dir}). The manifest must cover
 * the devnet's validators with the configured active epochs and every file must be there. The
 * needed files are copied, not hard-linked: an XMSS secret key is state a client may rewrite in
 * place as it advances, and that must not reach back into the source directory (which may serve
 * other devnets). When the directory holds more validators than needed, the bundle's manifest lists
 * only the first ones.
 *
 * @param source the hash-sig-cli output directory
 * @param link hard-link instead of copying; only for a source that is going away, such as the
 *     previous bundle of the same devnet being replaced
 */
public record PregeneratedKeys(Path source, boolean link) implements XmssKeySource {

  /** Keys copied from {@code source}. */
  public PregeneratedKeys(Path source) {
    this(source, false);
  }

  @Override
  public void writeKeys(int validatorCount, int logActiveEpochs, Path dir) throws IOException {
    if (!Files.isDirectory(source)) {
      throw new GenesisException(
          source + ": not a directory (--keys-dir expects hash-sig-cli's output directory)");
    }
    HashSigManifest manifest = HashSigManifest.read(source);
    manifest.checkServes(source, validatorCount, logActiveEpochs);
    for (int i = 0; i < validatorCount; i++) {
      for (String name : HashSigManifest.keyFiles(i)) {
        if (link) {
          Files.createLink(dir.resolve(name), source.resolve(name).toRealPath());
        } else {
          copy(source.resolve(name), dir.resolve(name));
        }
      }
    }
    String text =
        manifest.numValidators() == validatorCount
            ? manifest.text()
            : manifest.renderFirst(validatorCount);
    Files.writeString(dir.resolve(HashSigManifest.FILE_NAME), text);
  }

  private static void copy(Path from, Path to) throws IOException {
    if (to.getFileName().toString().endsWith("_sk.ssz")) {
      SecretFile.copy(from, to);
    } else {
      Files.copy(from, to);
    }
  }
}
