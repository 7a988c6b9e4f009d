package io.leandevnet.node.runtime;

import io.leandevnet.consensus.containers.Signature;
import io.leandevnet.consensus.containers.Validator;
import io.leandevnet.consensus.signature.SignatureVerifier;
import io.leandevnet.consensus.signature.ValidatorSigner;
import io.leandevnet.crypto.hashsig.HashSigKeyDir;
import io.leandevnet.crypto.hashsig.HashSigKeysException;
import io.leandevnet.crypto.hashsig.KeyRole;
import io.leandevnet.crypto.xmss.XmssConfig;
import io.leandevnet.crypto.xmss.XmssScheme;
import io.leandevnet.crypto.xmss.XmssSecretKey;
import io.leandevnet.node.config.NodeConfigException;
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

/**
 * XMSS keys from hash-sig-keys/: the scheme named by the manifest's {@code key_scheme}, the secret
 * keys {@code validator_<i>_{attester,proposer}_key_sk.ssz} of the node's validators, checked
 * against the public keys of config.yaml.
 */
final class XmssKeys {

  private XmssKeys() {}

  static ValidatorKeys load(
      Path dir, List<Validator> genesisValidators, List<Integer> own, SignatureCache verified) {
    XmssScheme scheme = XmssScheme.of(schemeOf(dir));
    Map<Integer, ValidatorSigner> signers = new TreeMap<>();
    Signer first = null;
    for (int index : own) {
      Validator v = genesisValidators.get(index);
      XmssSecretKey attester =
          secretKey(scheme, dir, index, KeyRole.ATTESTER, v.attestationPubkey());
      XmssSecretKey proposer = secretKey(scheme, dir, index, KeyRole.PROPOSER, v.proposalPubkey());
      Signer signer = new Signer(scheme, attester, proposer);
      signers.put(index, signer);
      if (first == null) {
        first = signer;
      }
    }
    if (first != null) {
      first.warmUp();
    }
    return new ValidatorKeys(
        new VerifiedSignatures(verifier(scheme), scheme.config().schemeName(), verified), signers);
  }

  /** The verifier of a scheme: signatures travel zero-padded in the 2536-byte consensus field. */
  static SignatureVerifier verifier(XmssScheme scheme) {
    return (publicKey, slot, message, signature) ->
        scheme.verify(publicKey.toArray(), slot, message.toArray(), signature.bytes().toArray());
  }

  /** The scheme of the manifest's {@code key_scheme} (see {@link HashSigKeyDir#scheme}). */
  static XmssConfig schemeOf(Path dir) {
    try {
      return HashSigKeyDir.open(dir).scheme();
    } catch (HashSigKeysException e) {
      throw new NodeConfigException("--hash-sig-keys-dir " + e.getMessage());
    }
  }

  private static XmssSecretKey secretKey(
      XmssScheme scheme, Path dir, int index, KeyRole role, Bytes expectedPublicKey) {
    Path file = dir.resolve(HashSigKeyDir.secretKeyFile(index, role));
    XmssSecretKey sk;
    try {
      sk = XmssSecretKey.fromSsz(scheme.config(), Files.readAllBytes(file));
    } catch (NoSuchFileException e) {
      throw new NodeConfigException(
          "--hash-sig-keys-dir "
              + file
              + ": file not found ("
              + role.fileWord()
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
              + role.fileWord()
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
    private static final Bytes32 WARM_UP_MESSAGE = Bytes32.fromHex("0x" + "77".repeat(32));
    private final XmssScheme scheme;
    private final OneTimeKey attester;
    private final OneTimeKey proposer;

    Signer(XmssScheme scheme, XmssSecretKey attester, XmssSecretKey proposer) {
      this.scheme = scheme;
      this.attester = new OneTimeKey(attester);
      this.proposer = new OneTimeKey(proposer);
    }

    /**
     * Signs a throwaway message with the proposal key at slot 0, which has no proposal (its block
     * is the genesis block), so that slot's one-time signature is never needed. This compiles the
     * signing code as the node starts: without it, the nodes of one JVM all sign their first votes
     * at genesis with uncompiled code, seconds each on 2 loaded cores, and the first slots are
     * late.
     */
    void warmUp() {
      try {
        proposer.sign(scheme, 0, WARM_UP_MESSAGE);
      } catch (RuntimeException e) {
        // a key whose active slots start later: nothing to sign at slot 0, nothing to warm up
      }
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
