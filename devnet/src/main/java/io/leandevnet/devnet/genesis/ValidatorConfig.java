package io.leandevnet.devnet.genesis;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * lean-quickstart's {@code validator-config.yaml}: the one input of genesis. The args-file path
 * builds it from the plan; the lean-quickstart compatibility path reads it from the user's file.
 *
 * @param shuffle how validator indices are dealt to the rows
 * @param deploymentMode lean-quickstart's {@code deployment_mode} ({@code local}, {@code ansible},
 *     Kurtosis writes {@code kurtosis}); null when absent
 * @param config the chain settings block
 * @param validators one row per node, in file order
 */
public record ValidatorConfig(
    Shuffle shuffle, String deploymentMode, ChainSettings config, List<ValidatorEntry> validators) {

  public ValidatorConfig {
    Objects.requireNonNull(shuffle, "shuffle");
    Objects.requireNonNull(config, "config");
    validators = List.copyOf(validators);
    if (validators.isEmpty()) {
      throw new IllegalArgumentException("validators: at least one node is needed");
    }
    Set<String> names = new HashSet<>();
    for (ValidatorEntry v : validators) {
      if (!names.add(v.name())) {
        throw new IllegalArgumentException(
            "validators: node name '" + v.name() + "' appears twice");
      }
    }
    if (totalValidators(validators) == 0) {
      throw new IllegalArgumentException(
          "validators: every count is 0, a devnet needs at least one validator");
    }
  }

  private static long totalValidators(List<ValidatorEntry> rows) {
    return rows.stream().mapToLong(ValidatorEntry::count).sum();
  }

  /** Sum of the rows' {@code count}: the genesis validator count. */
  public int validatorCount() {
    return Math.toIntExact(totalValidators(validators));
  }

  /** eth-beacon-genesis's {@code shuffle} modes. */
  public enum Shuffle {
    /** Rows take consecutive indices (eth-beacon-genesis's default). */
    NONE("none"),
    /** One index per row in turn until every row has its count (lean-quickstart's choice). */
    ROUNDROBIN("roundrobin");

    private final String yaml;

    Shuffle(String yaml) {
      this.yaml = yaml;
    }

    /** The spelling in validator-config.yaml. */
    public String yaml() {
      return yaml;
    }
  }

  /**
   * The {@code config:} block.
   *
   * @param logNumActiveEpochs log2 of the XMSS keys' active epochs ({@code ACTIVE_EPOCH})
   * @param keyType lean-quickstart writes {@code hash-sig}; null when absent
   * @param attestationCommitteeCount null when absent (then 1, leanSpec's default)
   */
  public record ChainSettings(
      int logNumActiveEpochs, String keyType, Integer attestationCommitteeCount) {
    public ChainSettings {
      if (logNumActiveEpochs < 1 || logNumActiveEpochs > 32) {
        throw new IllegalArgumentException(
            "config.activeEpoch must be 1-32, got " + logNumActiveEpochs);
      }
      if (attestationCommitteeCount != null && attestationCommitteeCount < 1) {
        throw new IllegalArgumentException(
            "config.attestation_committee_count must be at least 1, got "
                + attestationCommitteeCount);
      }
    }

    /** {@code ATTESTATION_COMMITTEE_COUNT}: the configured value or 1. */
    public int committeeCount() {
      return attestationCommitteeCount == null ? 1 : attestationCommitteeCount;
    }
  }
}
