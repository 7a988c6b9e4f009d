package io.leandevnet.devnet.genesis;

import io.leandevnet.crypto.secp256k1.Secp256k1PrivateKey;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One row of validator-config.yaml's {@code validators:} list: a node and the validators it runs.
 *
 * @param name node name ({@code zeam_0}); also the key file name {@code <name>.key}
 * @param privkey the node's secp256k1 key as written in the file (64 hex digits)
 * @param enrFields what goes into the node's ENR
 * @param metricsPort Prometheus port
 * @param apiPort Lean API port; null when absent
 * @param httpPort lantern's legacy {@code httpPort}; null when absent
 * @param isAggregator whether the node aggregates its subnet's attestations
 * @param count how many genesis validators the node runs (0 allowed)
 * @param subnet explicit attestation subnet; null when absent
 * @param devnet lantern/peam topic domain; null when absent
 */
public record ValidatorEntry(
    String name,
    String privkey,
    EnrFields enrFields,
    int metricsPort,
    Integer apiPort,
    Integer httpPort,
    boolean isAggregator,
    int count,
    Integer subnet,
    String devnet) {

  /** Node names become file names and YAML keys: letters, digits, {@code _ . -}. */
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*");

  public ValidatorEntry {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(privkey, "privkey");
    Objects.requireNonNull(enrFields, "enrFields");
    requireValidName(name);
    Secp256k1PrivateKey.fromHex(privkey);
    if (count < 0) {
      throw new IllegalArgumentException("count must be 0 or more, got " + count);
    }
  }

  /** Checks a node name: it becomes a file name and a YAML key. */
  public static void requireValidName(String name) {
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "node name '"
              + name
              + "' must be letters, digits, '_', '.' or '-' (it names the key file)");
    }
  }

  /** The parsed node key. */
  public Secp256k1PrivateKey nodeKey() {
    return Secp256k1PrivateKey.fromHex(privkey);
  }
}
