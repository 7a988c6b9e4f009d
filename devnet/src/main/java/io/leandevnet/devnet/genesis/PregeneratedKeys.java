package io.leandevnet.devnet.genesis;

import io.leandevnet.crypto.hashsig.HashSigKeyDir;
import io.leandevnet.crypto.hashsig.HashSigKeysException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Keys from a directory hash-sig-cli already wrote ({@code --keys-dir}). The manifest must cover
 * the devnet's validators with the configured active epochs and every file must be there. The
 * needed files are copied, not hard-linked (see {@link HashSigKeyDir#copyFirst}); when the
 * directory holds more validators than needed, the bundle's manifest lists only the first ones.
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
  public void writeKeys(int validatorCount, int logNumActiveEpochs, Path dir) throws IOException {
    if (!Files.isDirectory(source)) {
      throw new GenesisException(
          source + ": not a directory (--keys-dir expects hash-sig-cli's output directory)");
    }
    try {
      HashSigKeyDir keys = HashSigKeyDir.open(source);
      keys.checkServes(validatorCount, logNumActiveEpochs);
      keys.copyFirst(validatorCount, dir, link);
    } catch (HashSigKeysException e) {
      throw new GenesisException(e.getMessage(), e);
    }
  }
}
