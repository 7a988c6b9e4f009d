package io.leandevnet.consensus.signature;

import io.leandevnet.consensus.containers.Signature;
import io.leandevnet.consensus.containers.Validator;
import io.leandevnet.ssz.Bytes;
import io.leandevnet.ssz.Bytes32;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;

/**
 * A deterministic stand-in signature scheme for tests and for runs without XMSS keys. NOT SECURE: a
 * signature is SHA-256 in counter mode over {@code publicKey ‖ slot ‖ message}, so anyone who knows
 * the public key can sign. It does check what matters to consensus tests: a signature verifies only
 * for the same key, slot and message.
 *
 * <p>Keys are derived from {@code seed} and the validator index, so every node of a devnet that
 * shares the seed agrees on the genesis validators.
 */
public final class InsecureTestSignatures implements SignatureVerifier {
  private final String seed;

  public InsecureTestSignatures(String seed) {
    this.seed = seed;
  }

  /** The attestation public key of validator {@code index}. */
  public Bytes attestationPublicKey(int index) {
    return derive("attestation", index);
  }

  /** The proposal public key of validator {@code index}. */
  public Bytes proposalPublicKey(int index) {
    return derive("proposal", index);
  }

  /** Validators 0..count-1 with their derived keys, for {@code generateGenesis}. */
  public List<Validator> validators(int count) {
    List<Validator> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      out.add(new Validator(attestationPublicKey(i), proposalPublicKey(i), i));
    }
    return out;
  }

  /** The signer of validator {@code index}. */
  public ValidatorSigner signer(int index) {
    Bytes attestationKey = attestationPublicKey(index);
    Bytes proposalKey = proposalPublicKey(index);
    return new ValidatorSigner() {
      @Override
      public Signature signAttestation(long slot, Bytes32 root) {
        return sign(attestationKey, slot, root);
      }

      @Override
      public Signature signProposal(long slot, Bytes32 root) {
        return sign(proposalKey, slot, root);
      }
    };
  }

  @Override
  public boolean verify(Bytes publicKey, long slot, Bytes32 message, Signature signature) {
    return publicKey.length() == Validator.PUBKEY_LENGTH
        && sign(publicKey, slot, message).equals(signature);
  }

  private static Signature sign(Bytes publicKey, long slot, Bytes32 message) {
    byte[] prefix =
        ByteBuffer.allocate(publicKey.length() + 8 + 32)
            .put(publicKey.toArray())
            .putLong(slot)
            .put(message.toArray())
            .array();
    return new Signature(Bytes.wrap(expand(prefix, Signature.LENGTH)));
  }

  private Bytes derive(String role, int index) {
    byte[] prefix = (seed + "/" + role + "/" + index).getBytes(StandardCharsets.UTF_8);
    return Bytes.wrap(expand(prefix, Validator.PUBKEY_LENGTH));
  }

  private static byte[] expand(byte[] prefix, int length) {
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK has no SHA-256", e);
    }
    byte[] out = new byte[length];
    for (int counter = 0, pos = 0; pos < length; counter++, pos += 32) {
      sha.update(prefix);
      sha.update(ByteBuffer.allocate(4).putInt(counter).array());
      byte[] block = sha.digest();
      System.arraycopy(block, 0, out, pos, Math.min(32, length - pos));
    }
    return out;
  }
}
