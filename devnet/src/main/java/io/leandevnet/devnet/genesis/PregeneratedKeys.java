package io.leandevnet.devnet.genesis;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Keys from a directory hash-sig-cli already wrote ({@code --keys-dir}). The manifest must cover
 * the devnet's validators with the configured active epochs and every file must be there; the
 * needed files are hard-linked into the bundle (copied when linking is not possible). When the
 * directory holds more validators than needed, the bundle's manifest lists only the first ones.
 */
public record PregeneratedKeys(Path source) implements XmssKeySource {

  @Override
  public void writeKeys(int validatorCount, int logActiveEpochs, Path dir) throws IOException {
    if (!Files.isDirectory(source)) {
      throw new GenesisException(source + ": not a directory (--keys-dir expects hash-sig-cli's output directory)");
    }
    HashSigManifest manifest = HashSigManifest.read(source);
    manifest.checkServes(source, validatorCount, logActiveEpochs);
    for (int i = 0; i < validatorCount; i++) {
      for (String name : HashSigManifest.keyFiles(i)) {
        linkOrCopy(source.resolve(name), dir.resolve(name));
      }
    }
    String text = manifest.numValidators() == validatorCount
        ? manifest.text() : manifest.renderFirst(validatorCount);
    Files.writeString(dir.resolve(HashSigManifest.FILE_NAME), text);
  }

  private static void linkOrCopy(Path from, Path to) throws IOException {
    try {
      Files.createLink(to, from.toRealPath());
    } catch (IOException | UnsupportedOperationException e) {
      Files.copy(from, to);
      if (to.getFileName().toString().endsWith("_sk.ssz")) {
        SecretFile.restrict(to);
      }
    }
  }
}
