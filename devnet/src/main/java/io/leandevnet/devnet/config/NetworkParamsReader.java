package io.leandevnet.devnet.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.leandevnet.crypto.xmss.XmssSchemeKind;
import java.util.List;
import java.util.Optional;

/** Reads {@code lean_network_params:} into {@link NetworkParams}, defaults filled in. */
final class NetworkParamsReader {

  static final List<String> NETWORK_KEYS =
      List.of(
          "genesis_delay",
          "genesis_time",
          "active_epoch",
          "attestation_committee_count",
          "num_validator_keys_per_node",
          "metrics_enabled",
          "genesis_generator_image",
          "hash_sig_cli_image",
          "public_port_start",
          "xmss_scheme",
          "devnet");

  private static final int MAX_LOG_NUM_ACTIVE_EPOCHS = 32;

  private static final long MAX_GENESIS_DELAY = 7 * 24 * 3600;

  /** Unix seconds above this are surely milliseconds (year 5138). */
  private static final long MAX_GENESIS_TIME = 100_000_000_000L;

  private final FieldReader f;

  NetworkParamsReader(FieldReader f) {
    this.f = f;
  }

  NetworkParams read(ObjectNode top) {
    String path = "lean_network_params";
    JsonNode node = FieldReader.present(top, path);
    if (node == null) {
      return NetworkParams.DEFAULTS;
    }
    if (!(node instanceof ObjectNode obj)) {
      f.error(
          path,
          "expected a mapping of network settings ("
              + String.join(", ", NETWORK_KEYS)
              + "), got "
              + FieldReader.describe(node));
      return null;
    }
    f.checkKeys(obj, path, NETWORK_KEYS, List.of());
    NetworkParams d = NetworkParams.DEFAULTS;
    long delay =
        f.number(
            obj,
            path,
            "genesis_delay",
            0,
            MAX_GENESIS_DELAY,
            "seconds from launch to genesis",
            d.genesisDelay());
    long time =
        f.number(
            obj,
            path,
            "genesis_time",
            0,
            Long.MAX_VALUE,
            "Unix seconds of slot 0, or 0 for launch time + genesis_delay",
            d.genesisTime());
    if (time > MAX_GENESIS_TIME) {
      f.error(
          path + ".genesis_time",
          time
              + " looks like milliseconds; genesis_time is in Unix"
              + " seconds (or 0 for launch time + genesis_delay)");
    }
    int logNumActiveEpochs =
        (int)
            f.number(
                obj,
                path,
                "active_epoch",
                1,
                MAX_LOG_NUM_ACTIVE_EPOCHS,
                "log2 of the epochs each XMSS key is active for; the key lifetime is 2^32",
                d.logNumActiveEpochs());
    int committees =
        (int)
            f.number(
                obj,
                path,
                "attestation_committee_count",
                1,
                DevnetSpec.MAX_VALIDATORS,
                "the number of attestation subnets",
                d.attestationCommitteeCount());
    int keysPerNode =
        (int)
            f.number(
                obj,
                path,
                "num_validator_keys_per_node",
                1,
                DevnetSpec.MAX_VALIDATORS,
                "the default validator_count of every participant",
                d.numValidatorKeysPerNode());
    boolean metrics = f.bool(obj, path, "metrics_enabled", d.metricsEnabled());
    String genesisImage = f.image(obj, path, "genesis_generator_image", d.genesisGeneratorImage());
    String hashSigImage = f.image(obj, path, "hash_sig_cli_image", d.hashSigCliImage());
    int portStart =
        (int)
            f.number(
                obj,
                path,
                "public_port_start",
                0,
                65535,
                "the first host port to publish, or 0 for the backend's default layout",
                d.publicPortStart());
    if (portStart > 0 && portStart < 1024) {
      f.error(
          path + ".public_port_start",
          "must be 0 or between 1024 and 65535, got "
              + portStart
              + " (ports below 1024 need root)");
    }
    return new NetworkParams(
        delay,
        time,
        logNumActiveEpochs,
        committees,
        keysPerNode,
        metrics,
        genesisImage,
        hashSigImage,
        portStart,
        d.xmssScheme(),
        devnetProfile(obj, path, d.devnet()));
  }

  private DevnetProfile devnetProfile(ObjectNode obj, String path, DevnetProfile fallback) {
    String name = f.string(obj, path, "devnet", "");
    if (name.isEmpty()) {
      return fallback;
    }
    Optional<DevnetProfile> profile = DevnetProfile.byKey(name);
    if (profile.isEmpty()) {
      f.error(
          path + ".devnet",
          "unknown devnet '"
              + name
              + "'"
              + FieldReader.hint(name, DevnetProfile.keys())
              + "; it chooses every client's default image");
      return fallback;
    }
    return profile.get();
  }

  /**
   * {@code xmss_scheme}: {@code small} by default when every node is {@code builtin} (keys in a
   * fraction of a second, active_epoch 12 unless given), {@code devnet4} otherwise; {@code small}
   * with another client, or an {@code active_epoch} beyond its lifetime, is an error.
   */
  NetworkParams resolveXmss(ObjectNode top, NetworkParams network, List<Participant> participants) {
    String path = "lean_network_params";
    JsonNode params = top.get(path);
    ObjectNode obj = params instanceof ObjectNode o ? o : null;
    boolean allBuiltin = participants.stream().allMatch(p -> p.clType() == LeanClient.BUILTIN);
    String given = obj == null ? null : f.string(obj, path, "xmss_scheme", null);
    List<XmssSchemeKind> allowed = List.of(XmssSchemeKind.DEVNET4, XmssSchemeKind.SMALL);
    XmssSchemeKind scheme =
        given == null
            ? (allBuiltin ? XmssSchemeKind.SMALL : XmssSchemeKind.DEVNET4)
            : XmssSchemeKind.byKey(given).filter(allowed::contains).orElse(null);
    if (scheme == null) {
      String near =
          NearestName.among(given, allowed.stream().map(XmssSchemeKind::key).toList())
              .map(n -> " (did you mean '" + n + "'?)")
              .orElse("");
      f.error(
          path + ".xmss_scheme",
          "unknown XMSS scheme '"
              + given
              + "'"
              + near
              + "; use devnet4 (every client) or small (built-in nodes only)");
      return network;
    }
    boolean activeGiven =
        obj != null
            && obj.hasNonNull("active_epoch")
            && !obj.get("active_epoch").asText().isEmpty();
    int active = network.logNumActiveEpochs();
    if (scheme == XmssSchemeKind.SMALL) {
      for (Participant p : participants) {
        if (p.clType() != LeanClient.BUILTIN) {
          f.error(
              "participants[" + p.index() + "].cl_type",
              p.clType().key()
                  + " cannot read small XMSS keys (xmss_scheme: small"
                  + " is for built-in nodes only); set lean_network_params.xmss_scheme: devnet4");
          return network;
        }
      }
      if (!activeGiven) {
        active = NetworkParams.DEFAULT_SMALL_LOG_NUM_ACTIVE_EPOCHS;
      } else if (active > NetworkParams.SMALL_LOG_LIFETIME) {
        f.error(
            path + ".active_epoch",
            "small XMSS keys live 2^"
                + NetworkParams.SMALL_LOG_LIFETIME
                + " slots, so active_epoch"
                + " is at most "
                + NetworkParams.SMALL_LOG_LIFETIME
                + ", got "
                + active
                + " (or set xmss_scheme: devnet4)");
      }
    }
    return network.withXmss(scheme, active);
  }
}
