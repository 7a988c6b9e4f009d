package io.leandevnet.devnet.config;

import io.leandevnet.crypto.xmss.XmssSchemeKind;
import java.time.Instant;
import java.util.Objects;

/**
 * The validated {@code lean_network_params:} block, defaults filled in.
 *
 * @param genesisDelay seconds between launch and genesis when {@code genesisTime} is 0
 * @param genesisTime Unix seconds of slot 0, or 0 for "launch time + genesisDelay"
 * @param logNumActiveEpochs log2 of the number of active XMSS epochs each validator key covers
 * @param attestationCommitteeCount number of attestation subnets
 * @param numValidatorKeysPerNode the default of a participant's {@code validator_count}
 * @param metricsEnabled whether nodes export metrics and the Prometheus/Grafana services run
 * @param genesisGeneratorImage image of eth-beacon-genesis (leanchain), should a backend use it
 * @param hashSigCliImage image of hash-sig-cli, which generates XMSS validator keys
 * @param publicPortStart first host port to publish services on (blocks of {@link
 *     #PORTS_PER_SERVICE} per service in plan order), or 0 for the backend's default layout
 * @param xmssScheme the validators' XMSS keys: {@code devnet4} (leanSig's
 *     SIGAbortingTargetSumLifetime32Dim46Base8, what every client reads) or {@code small} (lifetime
 *     2^16, keys in a fraction of a second, only the built-in node reads them)
 * @param devnet the devnet profile: each client's default image and devnet-specific flags
 */
public record NetworkParams(
    long genesisDelay,
    long genesisTime,
    int logNumActiveEpochs,
    int attestationCommitteeCount,
    int numValidatorKeysPerNode,
    boolean metricsEnabled,
    String genesisGeneratorImage,
    String hashSigCliImage,
    int publicPortStart,
    XmssSchemeKind xmssScheme,
    DevnetProfile devnet) {

  public static final long DEFAULT_GENESIS_DELAY = 60;
  public static final int DEFAULT_LOG_NUM_ACTIVE_EPOCHS = 18;
  public static final String DEFAULT_GENESIS_GENERATOR_IMAGE =
      "ethpandaops/eth-beacon-genesis:pk910-leanchain";
  public static final String DEFAULT_HASH_SIG_CLI_IMAGE = "blockblaz/hash-sig-cli:latest";

  /**
   * log2 of the lifetime of {@link XmssSchemeKind#SMALL} keys, the most {@code active_epoch} can be
   * with them.
   */
  public static final int SMALL_LOG_LIFETIME = 16;

  /**
   * {@code active_epoch} when not given and the keys are {@link XmssSchemeKind#SMALL}: 4096 slots,
   * 4.5 hours.
   */
  public static final int DEFAULT_SMALL_LOG_NUM_ACTIVE_EPOCHS = 12;

  /** Host ports reserved per service when {@code public_port_start} is set. */
  public static final int PORTS_PER_SERVICE = 10;

  /** Every key at its default. */
  public static final NetworkParams DEFAULTS =
      new NetworkParams(
          DEFAULT_GENESIS_DELAY,
          0,
          DEFAULT_LOG_NUM_ACTIVE_EPOCHS,
          1,
          1,
          true,
          DEFAULT_GENESIS_GENERATOR_IMAGE,
          DEFAULT_HASH_SIG_CLI_IMAGE,
          0,
          XmssSchemeKind.DEVNET4,
          DevnetProfile.DEVNET4);

  public NetworkParams {
    Objects.requireNonNull(genesisGeneratorImage, "genesisGeneratorImage");
    Objects.requireNonNull(hashSigCliImage, "hashSigCliImage");
    Objects.requireNonNull(xmssScheme, "xmssScheme");
    Objects.requireNonNull(devnet, "devnet");
  }

  /** These settings with the XMSS scheme and active epochs replaced. */
  public NetworkParams withXmss(XmssSchemeKind scheme, int logNumActiveEpochs) {
    return new NetworkParams(
        genesisDelay,
        genesisTime,
        logNumActiveEpochs,
        attestationCommitteeCount,
        numValidatorKeysPerNode,
        metricsEnabled,
        genesisGeneratorImage,
        hashSigCliImage,
        publicPortStart,
        scheme,
        devnet);
  }

  /** The genesis time to write: {@code genesisTime}, or {@code now + genesisDelay} when it is 0. */
  public long genesisTime(Instant now) {
    return genesisTime != 0 ? genesisTime : now.getEpochSecond() + genesisDelay;
  }
}
