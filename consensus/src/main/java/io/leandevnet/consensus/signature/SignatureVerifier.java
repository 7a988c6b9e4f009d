package io.leandevnet.consensus.signature;

import io.leandevnet.consensus.containers.Signature;
import io.leandevnet.ssz.Bytes;
import io.leandevnet.ssz.Bytes32;

/**
 * Verifies one XMSS signature. The XMSS epoch is the slot: attestations are signed at {@code
 * data.slot}, blocks at {@code block.slot}. Implemented by the XMSS code ({@code
 * io.leandevnet.crypto.xmss}) and, for tests, by {@link InsecureTestSignatures}.
 */
@FunctionalInterface
public interface SignatureVerifier {
  /**
   * Whether {@code signature} is a valid signature of {@code message} at epoch {@code slot} under
   * the 52-byte {@code publicKey}. Must not throw on malformed input; return false instead.
   */
  boolean verify(Bytes publicKey, long slot, Bytes32 message, Signature signature);
}
