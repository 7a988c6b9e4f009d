package io.leandevnet.consensus.leanspec;

import io.leandevnet.consensus.containers.AggregatedSignatureProof;
import io.leandevnet.consensus.containers.Signature;
import io.leandevnet.consensus.signature.SignatureVerifier;
import io.leandevnet.crypto.xmss.XmssConfig;
import io.leandevnet.crypto.xmss.XmssScheme;
import io.leandevnet.ssz.Bits;
import io.leandevnet.ssz.Bytes;

/**
 * The signatures of a fixture run: real XMSS verification in the fixture's scheme (devnet4's for
 * {@code leanEnv: prod}, leanSpec's TEST scheme for {@code test}), plus a marker signature that the
 * fork-choice runner puts where the format carries no signature (blocks) or one this client does
 * not verify (leanVM aggregated proofs). Only {@link #withMarker} accepts the marker; an all-zero
 * signature is never a valid XMSS signature.
 */
public final class FixtureSignatures {
  /** What the fork-choice runner signs with where the fixture has no verifiable signature. */
  public static final Signature MARKER = new Signature(Bytes.zeros(Signature.LENGTH));

  private FixtureSignatures() {}

  /** Real XMSS verification in the fixture's scheme. */
  public static SignatureVerifier xmss(boolean testScheme) {
    XmssScheme scheme = XmssScheme.of(testScheme ? XmssConfig.TEST : XmssConfig.DEVNET4);
    return (publicKey, slot, message, signature) ->
        scheme.verify(publicKey.toArray(), slot, message.toArray(), signature.bytes().toArray());
  }

  /** {@link #xmss} that also accepts {@link #MARKER}. */
  public static SignatureVerifier withMarker(boolean testScheme) {
    SignatureVerifier real = xmss(testScheme);
    return (publicKey, slot, message, signature) ->
        signature.equals(MARKER) || real.verify(publicKey, slot, message, signature);
  }

  /** A bundled proof of marker signatures for these participants. */
  public static AggregatedSignatureProof markerProof(Bits participants) {
    return new AggregatedSignatureProof(
        participants, Bytes.zeros(participants.count() * Signature.LENGTH));
  }
}
