package io.leandevnet.devnet.genesis;

import io.leandevnet.devnet.genesis.LocatedYaml.Mapping;
import io.leandevnet.devnet.genesis.LocatedYaml.Node;
import io.leandevnet.devnet.genesis.LocatedYaml.Scalar;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * {@code hash-sig-keys/validator-keys-manifest.yaml} as blockblaz/hash-sig-cli writes it: scheme
 * fields, {@code num_validators}, then per validator the two public keys ({@code 0x…}, unquoted)
 * and secret-key file names. Read with {@link LocatedYaml}, so the hex stays text.
 *
 * @param keyScheme e.g. {@code SchemeAbortingTargetSumLifetime32Dim46Base8}; null when absent
 * @param logNumActiveEpochs log2 of the keys' active epochs
 * @param numValidators declared validator count
 * @param validators the entries in file order; entry i belongs to validator i
 * @param text the file as read
 */
public record HashSigManifest(
    String keyScheme,
    int logNumActiveEpochs,
    int numValidators,
    List<Entry> validators,
    String text) {

  /** The manifest's file name inside hash-sig-keys/. */
  public static final String FILE_NAME = "validator-keys-manifest.yaml";

  public HashSigManifest {
    validators = List.copyOf(validators);
  }

  /**
   * One validator's keys.
   *
   * @param attesterPubkeyHex hex without 0x
   * @param proposerPubkeyHex hex without 0x
   */
  public record Entry(
      String attesterPubkeyHex,
      String attesterPrivkeyFile,
      String proposerPubkeyHex,
      String proposerPrivkeyFile) {

    /** As config.yaml and annotated_validators.yaml need them. */
    public ValidatorPubkeys pubkeys() {
      return new ValidatorPubkeys(attesterPubkeyHex, proposerPubkeyHex);
    }
  }

  /** The four key files of validator {@code i} in lean-quickstart's dual-key layout. */
  public static List<String> keyFiles(int i) {
    return List.of(
        "validator_" + i + "_attester_key_pk.ssz", "validator_" + i + "_attester_key_sk.ssz",
        "validator_" + i + "_proposer_key_pk.ssz", "validator_" + i + "_proposer_key_sk.ssz");
  }

  /** Reads {@code dir/validator-keys-manifest.yaml}. */
  public static HashSigManifest read(Path dir) {
    Path file = dir.resolve(FILE_NAME);
    if (!Files.isRegularFile(file)) {
      throw new GenesisException(file + ": no such file (expected a hash-sig-cli key directory)");
    }
    return parse(ValidatorConfigYaml.readText(file), file.toString());
  }

  /** Parses manifest text; {@code file} is the name used in messages. */
  public static HashSigManifest parse(String text, String file) {
    Mapping root = LocatedYaml.asMapping(LocatedYaml.parse(text, file));
    String scheme = root.optionalScalar("key_scheme").map(Scalar::string).orElse(null);
    int log = (int) root.scalar("log_num_active_epochs").integer(1, 32);
    Scalar declared = root.scalar("num_validators");
    int num = (int) declared.integer(1, 1 << 20);
    List<Node> rows = root.sequence("validators").items();
    List<Entry> entries = new ArrayList<>();
    for (Node n : rows) {
      Mapping m = LocatedYaml.asMapping(n);
      Optional<Scalar> index = m.optionalScalar("index");
      if (index.isPresent() && index.get().integer(0, Integer.MAX_VALUE) != entries.size()) {
        throw index
            .get()
            .at()
            .error(
                "expected index "
                    + entries.size()
                    + " (entries must be in validator order), got "
                    + index.get().text());
      }
      if (m.get("pubkey_hex").isPresent() && m.get("attester_key_pubkey_hex").isEmpty()) {
        throw n.at()
            .error(
                "single-key (pre-devnet4) manifest: attester_key_pubkey_hex and "
                    + "proposer_key_pubkey_hex are needed; generate the keys with a current hash-sig-cli");
      }
      entries.add(
          new Entry(
              pubkey(m.scalar("attester_key_pubkey_hex")),
              m.scalar("attester_key_privkey_file").string(),
              pubkey(m.scalar("proposer_key_pubkey_hex")),
              m.scalar("proposer_key_privkey_file").string()));
    }
    if (entries.size() != num) {
      throw declared.at().error("says " + num + " validators but the list has " + entries.size());
    }
    return new HashSigManifest(scheme, log, num, entries, text);
  }

  private static String pubkey(Scalar s) {
    String t = s.string().strip();
    String hex = t.startsWith("0x") || t.startsWith("0X") ? t.substring(2) : t;
    if (!hex.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
      throw s.at().error("expected 0x followed by hex digits");
    }
    if (hex.length() != 2 * ValidatorPubkeys.PUBKEY_BYTES) {
      throw s.at()
          .error(
              "an XMSS public key is "
                  + ValidatorPubkeys.PUBKEY_BYTES
                  + " bytes ("
                  + 2 * ValidatorPubkeys.PUBKEY_BYTES
                  + " hex digits), got "
                  + hex.length()
                  + " hex digits");
    }
    return hex;
  }

  /**
   * Checks that the directory holding this manifest serves a devnet of {@code validatorCount}
   * validators whose keys have {@code 2^activeEpoch} active epochs: enough entries, the same epoch
   * count, every key file present and every public key file equal to the manifest's key.
   */
  public void checkServes(Path dir, int validatorCount, int activeEpoch) {
    Path file = dir.resolve(FILE_NAME);
    if (numValidators < validatorCount) {
      throw new GenesisException(
          file
              + ": holds keys for "
              + numValidators
              + " validators, the devnet needs "
              + validatorCount);
    }
    if (logNumActiveEpochs != activeEpoch) {
      throw new GenesisException(
          file
              + ": log_num_active_epochs is "
              + logNumActiveEpochs
              + " but config.activeEpoch is "
              + activeEpoch
              + "; use keys generated for "
              + activeEpoch);
    }
    for (int i = 0; i < validatorCount; i++) {
      Entry e = validators.get(i);
      for (String name : keyFiles(i)) {
        if (!Files.isRegularFile(dir.resolve(name))) {
          throw new GenesisException(
              dir.resolve(name) + ": missing (key file of validator " + i + ")");
        }
      }
      checkPublicKeyFile(dir.resolve(keyFiles(i).get(0)), e.attesterPubkeyHex(), i);
      checkPublicKeyFile(dir.resolve(keyFiles(i).get(2)), e.proposerPubkeyHex(), i);
    }
  }

  private static void checkPublicKeyFile(Path pk, String manifestHex, int i) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(pk);
    } catch (IOException e) {
      throw new GenesisException(pk + ": cannot read: " + e.getMessage(), e);
    }
    if (bytes.length != ValidatorPubkeys.PUBKEY_BYTES) {
      throw new GenesisException(
          pk
              + ": is "
              + bytes.length
              + " bytes, an XMSS public key is "
              + ValidatorPubkeys.PUBKEY_BYTES);
    }
    if (!Arrays.equals(bytes, HexFormat.of().parseHex(manifestHex))) {
      throw new GenesisException(
          pk + ": does not hold the public key the manifest lists for validator " + i);
    }
  }

  /** The first {@code count} entries, in hash-sig-cli's manifest layout. */
  public String renderFirst(int count) {
    StringBuilder out = new StringBuilder();
    out.append("# Hash-Signature Validator Keys Manifest\n# Generated by hash-sig-cli\n\n");
    if (keyScheme != null) {
      out.append("key_scheme: ").append(keyScheme).append('\n');
    }
    out.append("hash_function: Poseidon2\nencoding: TargetSum\n");
    out.append("lifetime: ").append(1L << 32).append('\n');
    out.append("log_num_active_epochs: ").append(logNumActiveEpochs).append('\n');
    out.append("num_active_epochs: ").append(1L << logNumActiveEpochs).append('\n');
    out.append("num_validators: ").append(count).append("\n\n");
    out.append("validators:\n");
    for (int i = 0; i < count; i++) {
      Entry e = validators.get(i);
      out.append("  - index: ").append(i).append('\n');
      out.append("    proposer_key_pubkey_hex: 0x").append(e.proposerPubkeyHex()).append('\n');
      out.append("    proposer_key_privkey_file: ").append(e.proposerPrivkeyFile()).append('\n');
      out.append("    attester_key_pubkey_hex: 0x").append(e.attesterPubkeyHex()).append('\n');
      out.append("    attester_key_privkey_file: ").append(e.attesterPrivkeyFile()).append('\n');
      if (i < count - 1) {
        out.append('\n');
      }
    }
    return out.toString();
  }

  /** The public keys of validators 0..count-1. */
  public List<ValidatorPubkeys> pubkeys(int count) {
    return validators.subList(0, count).stream().map(Entry::pubkeys).toList();
  }
}
