package io.leandevnet.node.runtime;

import io.leandevnet.consensus.containers.Signature;
import io.leandevnet.consensus.signature.SignatureVerifier;
import io.leandevnet.ssz.Bytes;
import io.leandevnet.ssz.Bytes32;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A verifier that remembers the signatures it found valid, so that a signature checked once is not
 * checked again: the same aggregated proof arrives on the aggregation topic and again inside the
 * next block. Entries are SHA-256 digests of (public key, slot, message, signature); the least
 * recently used are forgotten beyond the capacity. Only valid results are kept.
 */
public final class VerifiedSignatures implements SignatureVerifier {

    private final SignatureVerifier verifier;
    private final Map<Bytes32, Boolean> valid;

    /**
     * @param verifier the real verifier
     * @param capacity how many valid signatures to remember
     */
    public VerifiedSignatures(SignatureVerifier verifier, int capacity) {
        this.verifier = verifier;
        this.valid = new LinkedHashMap<>(capacity, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<Bytes32, Boolean> eldest) {
                return size() > capacity;
            }
        };
    }

    @Override
    public boolean verify(Bytes publicKey, long slot, Bytes32 message, Signature signature) {
        Bytes32 key = digest(publicKey, slot, message, signature);
        synchronized (valid) {
            if (valid.containsKey(key)) {
                return true;
            }
        }
        boolean ok = verifier.verify(publicKey, slot, message, signature);
        if (ok) {
            synchronized (valid) {
                valid.put(key, Boolean.TRUE);
            }
        }
        return ok;
    }

    private static Bytes32 digest(Bytes publicKey, long slot, Bytes32 message, Signature signature) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
        sha.update(publicKey.toArray());
        sha.update(ByteBuffer.allocate(8).putLong(slot).array());
        sha.update(message.toArray());
        sha.update(signature.bytes().toArray());
        return Bytes32.wrap(sha.digest());
    }
}
