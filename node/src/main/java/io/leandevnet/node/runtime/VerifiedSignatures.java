package io.leandevnet.node.runtime;

import io.leandevnet.consensus.containers.Signature;
import io.leandevnet.consensus.signature.SignatureVerifier;
import io.leandevnet.ssz.Bytes;
import io.leandevnet.ssz.Bytes32;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * A verifier that remembers the signatures it found valid, so that a signature checked once is not
 * checked again: the same aggregated proof arrives on the aggregation topic and again inside the
 * next block. The {@link SignatureCache} holds SHA-256 digests of (scheme, public key, slot,
 * message, signature) of valid signatures only.
 */
public final class VerifiedSignatures implements SignatureVerifier {

  private final SignatureVerifier verifier;
  private final String scheme;
  private final SignatureCache cache;

  /**
   * @param verifier the real verifier
   * @param scheme the scheme's name, part of every digest (a cache shared by nodes of different
   *     schemes cannot confuse them)
   * @param cache where valid signatures are remembered
   */
  public VerifiedSignatures(SignatureVerifier verifier, String scheme, SignatureCache cache) {
    this.verifier = verifier;
    this.scheme = scheme;
    this.cache = cache;
  }

  @Override
  public boolean verify(Bytes publicKey, long slot, Bytes32 message, Signature signature) {
    Bytes32 key = digest(publicKey, slot, message, signature);
    if (cache.contains(key)) {
      return true;
    }
    boolean ok = verifier.verify(publicKey, slot, message, signature);
    if (ok) {
      cache.add(key);
    }
    return ok;
  }

  private Bytes32 digest(Bytes publicKey, long slot, Bytes32 message, Signature signature) {
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
    sha.update(scheme.getBytes(StandardCharsets.UTF_8));
    sha.update(publicKey.toArray());
    sha.update(ByteBuffer.allocate(8).putLong(slot).array());
    sha.update(message.toArray());
    sha.update(signature.bytes().toArray());
    return Bytes32.wrap(sha.digest());
  }
}
