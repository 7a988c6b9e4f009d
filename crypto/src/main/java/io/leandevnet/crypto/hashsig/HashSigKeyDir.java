package io.leandevnet.crypto.hashsig;

import io.leandevnet.crypto.sha256.Sha256;
import io.leandevnet.crypto.xmss.XmssConfig;
import io.leandevnet.crypto.xmss.XmssScheme;
import io.leandevnet.crypto.xmss.XmssSecretKey;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code hash-sig-keys/} directory as blockblaz/hash-sig-cli lays it out: per validator {@code i}
 * the files {@code validator_<i>_{attester,proposer}_key_{pk,sk}.ssz} and {@code
 * validator-keys-manifest.yaml} listing them. The one type that reads, writes and takes a subset of
 * such a directory: every manifest it writes lists exactly the keys next to it.
 *
 * <p>A directory lean-devnet generated may also hold {@value #CHECKSUMS} (sha256sum's format), the
 * SHA-256 of every key file as written, so damage is found before a node loads the key.
 */
public final class HashSigKeyDir {

  /** The manifest's file name. */
  public static final String MANIFEST = "validator-keys-manifest.yaml";

  /** The key files' SHA-256 sums, in sha256sum's format. */
  public static final String CHECKSUMS = "SHA256SUMS";

  private static final Pattern LIFETIME = Pattern.compile("Lifetime(\\d+)");

  private final Path dir;
  private final HashSigManifest manifest;

  private HashSigKeyDir(Path dir, HashSigManifest manifest) {
    this.dir = dir;
    this.manifest = manifest;
  }

  /** {@code validator_<i>_<role>_key_sk.ssz}. */
  public static String secretKeyFile(int validator, KeyRole role) {
    return "validator_" + validator + "_" + role.fileWord() + "_key_sk.ssz";
  }

  /** {@code validator_<i>_<role>_key_pk.ssz}. */
  public static String publicKeyFile(int validator, KeyRole role) {
    return "validator_" + validator + "_" + role.fileWord() + "_key_pk.ssz";
  }

  /** The four key files of validator {@code i}: attester pk, sk, then proposer pk, sk. */
  public static List<String> keyFiles(int i) {
    return List.of(
        publicKeyFile(i, KeyRole.ATTESTER),
        secretKeyFile(i, KeyRole.ATTESTER),
        publicKeyFile(i, KeyRole.PROPOSER),
        secretKeyFile(i, KeyRole.PROPOSER));
  }

  /** Whether {@code dir} holds a manifest. */
  public static boolean exists(Path dir) {
    return Files.isRegularFile(dir.resolve(MANIFEST));
  }

  /** Reads the manifest of {@code dir}. */
  public static HashSigKeyDir open(Path dir) {
    Path file = dir.resolve(MANIFEST);
    String text;
    try {
      text = Files.readString(file);
    } catch (NoSuchFileException e) {
      throw new HashSigKeysException(
          file + ": no such file (expected a hash-sig-cli key directory)");
    } catch (IOException e) {
      throw new HashSigKeysException(file + ": cannot read: " + e.getMessage(), e);
    }
    return new HashSigKeyDir(dir, HashSigManifest.parse(text, file.toString()));
  }

  /**
   * Writes {@code manifest} into {@code dir} (replacing one that is there, atomically); the key
   * files it lists must be in place.
   */
  public static HashSigKeyDir writeManifest(Path dir, HashSigManifest manifest) throws IOException {
    Path tmp = dir.resolve(MANIFEST + ".tmp");
    Files.writeString(tmp, manifest.render(), StandardCharsets.UTF_8);
    Files.move(
        tmp,
        dir.resolve(MANIFEST),
        StandardCopyOption.ATOMIC_MOVE,
        StandardCopyOption.REPLACE_EXISTING);
    return new HashSigKeyDir(dir, manifest);
  }

  public Path dir() {
    return dir;
  }

  public HashSigManifest manifest() {
    return manifest;
  }

  /**
   * The built-in scheme of the manifest's {@code key_scheme}: the one of that name, else the one
   * whose lifetime the name carries ({@code …Lifetime32…} is devnet4); devnet4 when absent.
   */
  public XmssConfig scheme() {
    String name = manifest.keyScheme();
    if (name == null) {
      return XmssConfig.DEVNET4;
    }
    for (XmssConfig c : XmssConfig.KNOWN) {
      if (c.schemeName().equals(name) || c.name().equalsIgnoreCase(name)) {
        return c;
      }
    }
    Matcher m = LIFETIME.matcher(name);
    if (m.find()) {
      int log = Integer.parseInt(m.group(1));
      for (XmssConfig c : XmssConfig.KNOWN) {
        if (c.logLifetime() == log) {
          return c;
        }
      }
    }
    throw new HashSigKeysException(
        dir.resolve(MANIFEST)
            + ": key_scheme '"
            + name
            + "' is not a scheme lean-devnet knows ("
            + XmssConfig.KNOWN.stream().map(XmssConfig::schemeName).toList()
            + ")");
  }

  /**
   * Checks that this directory serves a devnet of {@code validatorCount} validators whose keys have
   * {@code 2^logNumActiveEpochs} active epochs: enough entries, the same epoch count, every key
   * file present and every public key file equal to the manifest's key.
   */
  public void checkServes(int validatorCount, int logNumActiveEpochs) {
    Path file = dir.resolve(MANIFEST);
    if (manifest.numValidators() < validatorCount) {
      throw new HashSigKeysException(
          file
              + ": holds keys for "
              + manifest.numValidators()
              + " validators, the devnet needs "
              + validatorCount);
    }
    if (manifest.logNumActiveEpochs() != logNumActiveEpochs) {
      throw new HashSigKeysException(
          file
              + ": log_num_active_epochs is "
              + manifest.logNumActiveEpochs()
              + " but config.activeEpoch is "
              + logNumActiveEpochs
              + "; use keys generated for "
              + logNumActiveEpochs);
    }
    for (int i = 0; i < validatorCount; i++) {
      for (String name : keyFiles(i)) {
        if (!Files.isRegularFile(dir.resolve(name))) {
          throw new HashSigKeysException(
              dir.resolve(name) + ": missing (key file of validator " + i + ")");
        }
      }
      HashSigManifest.Entry e = manifest.validators().get(i);
      checkPublicKeyFile(i, KeyRole.ATTESTER, e.attesterPubkeyHex());
      checkPublicKeyFile(i, KeyRole.PROPOSER, e.proposerPubkeyHex());
    }
  }

  private void checkPublicKeyFile(int i, KeyRole role, String manifestHex) {
    Path pk = dir.resolve(publicKeyFile(i, role));
    byte[] bytes = read(pk);
    if (bytes.length != HashSigManifest.PUBLIC_KEY_BYTES) {
      throw new HashSigKeysException(
          pk
              + ": is "
              + bytes.length
              + " bytes, an XMSS public key is "
              + HashSigManifest.PUBLIC_KEY_BYTES);
    }
    if (!Arrays.equals(bytes, HexFormat.of().parseHex(manifestHex))) {
      throw new HashSigKeysException(
          pk + ": does not hold the public key the manifest lists for validator " + i);
    }
  }

  /**
   * Checks the key files of validators {@code 0..validatorCount-1} are intact keys of {@code
   * config}: the manifest names that scheme, and every file has the SHA-256 {@value #CHECKSUMS}
   * recorded; a file {@value #CHECKSUMS} does not list is decoded as a secret key of the scheme and
   * compared with its public key file instead.
   *
   * @return whether {@value #CHECKSUMS} covered every file checked
   */
  public boolean checkKeys(int validatorCount, XmssConfig config) {
    if (manifest.keyScheme() != null && scheme() != config) {
      throw new HashSigKeysException(
          dir.resolve(MANIFEST)
              + ": holds "
              + manifest.keyScheme()
              + " keys, not "
              + config.schemeName());
    }
    Map<String, String> sums = checksums();
    boolean summed = true;
    for (int i = 0; i < validatorCount; i++) {
      for (KeyRole role : KeyRole.values()) {
        String pk = publicKeyFile(i, role);
        String sk = secretKeyFile(i, role);
        if (sums.containsKey(pk) && sums.containsKey(sk)) {
          checkSum(pk, sums.get(pk));
          checkSum(sk, sums.get(sk));
        } else {
          checkDecodes(config, sk, pk);
          summed = false;
        }
      }
    }
    return summed;
  }

  private void checkSum(String name, String expected) {
    Path file = dir.resolve(name);
    String actual = sha256(file);
    if (!actual.equals(expected)) {
      throw new HashSigKeysException(
          file
              + ": damaged (its SHA-256 is not the one "
              + CHECKSUMS
              + " recorded when the key was generated)");
    }
  }

  private void checkDecodes(XmssConfig config, String skName, String pkName) {
    Path sk = dir.resolve(skName);
    XmssSecretKey key;
    try {
      key = XmssSecretKey.fromSsz(config, read(sk));
    } catch (IllegalArgumentException e) { // XmssFormatException included
      throw new HashSigKeysException(
          sk + ": not a " + config.name() + " XMSS secret key: " + e.getMessage(), e);
    }
    if (!Arrays.equals(XmssScheme.of(config).publicKeyOf(key).toSsz(), read(dir.resolve(pkName)))) {
      throw new HashSigKeysException(sk + ": its public key is not the one in " + pkName);
    }
  }

  /** The sums of {@value #CHECKSUMS}, by file name; empty when there is no such file. */
  private Map<String, String> checksums() {
    Path file = dir.resolve(CHECKSUMS);
    Map<String, String> sums = new LinkedHashMap<>();
    if (!Files.isRegularFile(file)) {
      return sums;
    }
    for (String line : new String(read(file), StandardCharsets.UTF_8).split("\n")) {
      int space = line.indexOf("  ");
      if (space == 64) {
        sums.put(line.substring(space + 2), line.substring(0, space));
      }
    }
    return sums;
  }

  /** Records the SHA-256 of every key file the manifest lists in {@value #CHECKSUMS}. */
  public void writeChecksums() throws IOException {
    Map<String, String> sums = new LinkedHashMap<>();
    for (int i = 0; i < manifest.numValidators(); i++) {
      for (String name : keyFiles(i)) {
        sums.put(name, sha256(dir.resolve(name)));
      }
    }
    writeChecksums(sums);
  }

  /** Adds the SHA-256 of validator {@code i}'s key files to {@value #CHECKSUMS}. */
  public void recordChecksums(int i) throws IOException {
    Map<String, String> sums = new LinkedHashMap<>(checksums());
    for (String name : keyFiles(i)) {
      sums.put(name, sha256(dir.resolve(name)));
    }
    writeChecksums(sums);
  }

  private void writeChecksums(Map<String, String> sums) throws IOException {
    StringBuilder out = new StringBuilder();
    sums.forEach((name, sum) -> out.append(sum).append("  ").append(name).append('\n'));
    Path tmp = dir.resolve(CHECKSUMS + ".tmp");
    Files.writeString(tmp, out, StandardCharsets.UTF_8);
    Files.move(
        tmp,
        dir.resolve(CHECKSUMS),
        StandardCopyOption.ATOMIC_MOVE,
        StandardCopyOption.REPLACE_EXISTING);
  }

  /**
   * Puts the keys of validators {@code 0..validatorCount-1} into {@code target} (existing, empty)
   * with a manifest listing just them. Files are copied (secret keys 0600), or hard-linked when
   * {@code link}: an XMSS secret key is state a client may rewrite in place as it advances, so link
   * only from a directory that is going away.
   */
  public HashSigKeyDir copyFirst(int validatorCount, Path target, boolean link) throws IOException {
    for (int i = 0; i < validatorCount; i++) {
      for (String name : keyFiles(i)) {
        Path from = dir.resolve(name);
        Path to = target.resolve(name);
        if (link) {
          Files.createLink(to, from.toRealPath());
        } else if (name.endsWith("_sk.ssz")) {
          SecretFile.copy(from, to);
        } else {
          Files.copy(from, to);
        }
      }
    }
    return writeManifest(target, manifest.first(validatorCount));
  }

  private static String sha256(Path file) {
    try {
      return Sha256.hex(file);
    } catch (NoSuchFileException e) {
      throw new HashSigKeysException(file + ": missing");
    } catch (IOException e) {
      throw new HashSigKeysException(file + ": cannot read: " + e.getMessage(), e);
    }
  }

  private static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new HashSigKeysException(file + ": missing");
    } catch (IOException e) {
      throw new HashSigKeysException(file + ": cannot read: " + e.getMessage(), e);
    }
  }
}
