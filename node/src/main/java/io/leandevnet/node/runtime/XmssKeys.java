package io.leandevnet.node.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.leandevnet.consensus.containers.Signature;
import io.leandevnet.consensus.containers.Validator;
import io.leandevnet.consensus.signature.SignatureVerifier;
import io.leandevnet.consensus.signature.ValidatorSigner;
import io.leandevnet.crypto.xmss.ValidatorKeysGenerator;
import io.leandevnet.crypto.xmss.XmssConfig;
import io.leandevnet.crypto.xmss.XmssScheme;
import io.leandevnet.crypto.xmss.XmssSecretKey;
import io.leandevnet.node.NodeConfigException;
import io.leandevnet.ssz.Bytes;
import io.leandevnet.ssz.Bytes32;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * XMSS keys from hash-sig-keys/: the scheme named by the manifest's {@code key_scheme}, the secret
 * keys {@code validator_<i>_{attester,proposer}_key_sk.ssz} of the node's validators, checked
 * against the public keys of config.yaml.
 */
final class XmssKeys {

  private static final Pattern LIFETIME = Pattern.compile("Lifetime(\\d+)");

  private XmssKeys() {}

  static ValidatorKeys load(
      Path dir, List<Validator> genesisValidators, List<Integer> own, SignatureCache verified) {
    XmssScheme scheme = XmssScheme.of(schemeOf(dir));
    Map<Integer, ValidatorSigner> signers = new TreeMap<>();
    for (int index : own) {
      Validator v = genesisValidators.get(index);
      XmssSecretKey attester = secretKey(scheme, dir, index, "attester", v.attestationPubkey());
      XmssSecretKey proposer = secretKey(scheme, dir, index, "proposer", v.proposalPubkey());
      signers.put(index, new Signer(scheme, attester, proposer));
    }
    return new ValidatorKeys(
        new VerifiedSignatures(verifier(scheme), scheme.config().schemeName(), verified), signers);
  }

  /** The verifier of a scheme: signatures travel zero-padded in the 2536-byte consensus field. */
  static SignatureVerifier verifier(XmssScheme scheme) {
    return (publicKey, slot, message, signature) ->
        scheme.verify(publicKey.toArray(), slot, message.toArray(), signature.bytes().toArray());
  }

  /**
   * The scheme of the manifest's {@code key_scheme}: a built-in scheme of that name, else the one
   * whose lifetime the name carries ({@code …Lifetime32…} is devnet4); devnet4 when absent.
   */
  static XmssConfig schemeOf(Path dir) {
    Path manifest = dir.resolve(ValidatorKeysGenerator.MANIFEST);
    JsonNode root;
    try {
      root = new ObjectMapper(new YAMLFactory()).readTree(Files.readString(manifest));
    } catch (NoSuchFileException e) {
      throw new NodeConfigException("--hash-sig-keys-dir " + manifest + ": file not found");
    } catch (IOException e) {
      throw new NodeConfigException(
          "--hash-sig-keys-dir " + manifest + ": cannot read: " + e.getMessage());
    }
    String name = root == null ? null : root.path("key_scheme").asText(null);
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
    throw new NodeConfigException(
        manifest
            + ": key_scheme '"
            + name
            + "' is not a scheme this node knows ("
            + XmssConfig.KNOWN.stream().map(XmssConfig::schemeName).toList()
            + ")");
  }

  private static XmssSecretKey secretKey(
      XmssScheme scheme, Path dir, int index, String role, Bytes expectedPublicKey) {
    Path file = dir.resolve(ValidatorKeysGenerator.fileName(index, role, "sk"));
    XmssSecretKey sk;
    try {
      sk = XmssSecretKey.fromSsz(scheme.config(), Files.readAllBytes(file));
    } catch (NoSuchFileException e) {
      throw new NodeConfigException(
          "--hash-sig-keys-dir "
              + file
              + ": file not found ("
              + role
              + " key of validator "
              + index
              + ")");
    } catch (IOException e) {
      throw new NodeConfigException(
          "--hash-sig-keys-dir " + file + ": cannot read: " + e.getMessage());
    } catch (IllegalArgumentException e) { // XmssFormatException included
      throw new NodeConfigException(
          "--hash-sig-keys-dir "
              + file
              + ": not a "
              + scheme.config().name()
              + " XMSS secret key: "
              + e.getMessage());
    }
    if (!Arrays.equals(scheme.publicKeyOf(sk).toSsz(), expectedPublicKey.toArray())) {
      throw new NodeConfigException(
          "--hash-sig-keys-dir "
              + file
              + ": its public key is not the "
              + role
              + " key config.yaml gives validator "
              + index);
    }
    return sk;
  }

  /**
   * One validator's two XMSS keys. The prepared window of each key slides forward as slots pass;
   * each key signs at most one message per slot and never an earlier slot than it already signed
   * (XMSS keys are one-time per epoch).
   */
  private static final class Signer implements ValidatorSigner {
    private final XmssScheme scheme;
    private final OneTimeKey attester;
    private final OneTimeKey proposer;

    Signer(XmssScheme scheme, XmssSecretKey attester, XmssSecretKey proposer) {
      this.scheme = scheme;
      this.attester = new OneTimeKey(attester);
      this.proposer = new OneTimeKey(proposer);
    }

    @Override
    public Signature signAttestation(long slot, Bytes32 attestationDataRoot) {
      return attester.sign(scheme, slot, attestationDataRoot);
    }

    @Override
    public Signature signProposal(long slot, Bytes32 blockRoot) {
      return proposer.sign(scheme, slot, blockRoot);
    }
  }

  private static final class OneTimeKey {
    private XmssSecretKey key;
    private long lastSlot = -1;
    private Bytes32 lastMessage;

    OneTimeKey(XmssSecretKey key) {
      this.key = key;
    }

    synchronized Signature sign(XmssScheme scheme, long slot, Bytes32 message) {
      if (slot < lastSlot || (slot == lastSlot && !message.equals(lastMessage))) {
        throw new IllegalStateException(
            "refusing to sign slot "
                + slot
                + ": this key already signed "
                + (slot == lastSlot ? "another message at that slot" : "slot " + lastSlot));
      }
      key = scheme.prepareFor(key, slot);
      byte[] signature = scheme.sign(key, slot, message.toArray()).toSsz(Signature.LENGTH);
      lastSlot = slot;
      lastMessage = message;
      return new Signature(Bytes.wrap(signature));
    }
  }
}
