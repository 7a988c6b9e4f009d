package io.leandevnet.devnet.genesis;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where a bundle's {@code hash-sig-keys/} come from: a pre-generated directory ({@link
 * PregeneratedKeys}, {@code --keys-dir}), the hash-sig-cli image, or the Java XMSS generator. One
 * method, so each source is a small class.
 */
public interface XmssKeySource {

  /**
   * Fills {@code dir} (existing and empty) with {@code validator-keys-manifest.yaml} and {@code
   * validator_<i>_{attester,proposer}_key_{pk,sk}.ssz} for validators {@code 0..count-1}, keys with
   * {@code 2^logNumActiveEpochs} active epochs.
   *
   * @throws GenesisException with a message for the user when the source cannot serve the devnet
   */
  void writeKeys(int validatorCount, int logNumActiveEpochs, Path dir) throws IOException;

  /**
   * The leanSig scheme name of the keys this source writes ({@code key_scheme} in the manifest),
   * when it is known in advance: a previous bundle's keys of another scheme are then not reused.
   */
  default Optional<String> schemeName() {
    return Optional.empty();
  }
}
