package io.leandevnet.node.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.leandevnet.consensus.containers.Signature;
import io.leandevnet.consensus.signature.SignatureVerifier;
import io.leandevnet.ssz.Bytes;
import io.leandevnet.ssz.Bytes32;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Nodes sharing one {@link SignatureCache} verify a valid signature once, an invalid one always.
 */
class VerifiedSignaturesTest {

  private static final Bytes KEY = Bytes.wrap(new byte[52]);
  private static final Bytes32 MESSAGE = Bytes32.wrap(new byte[32]);

  private static Signature signature(int b) {
    byte[] s = new byte[Signature.LENGTH];
    s[0] = (byte) b;
    return new Signature(Bytes.wrap(s));
  }

  @Test
  void aValidSignatureIsVerifiedOnceByTheNodesOfOneProcess() {
    AtomicInteger calls = new AtomicInteger();
    SignatureVerifier real =
        (key, slot, message, sig) -> {
          calls.incrementAndGet();
          return sig.bytes().toArray()[0] == 1;
        };
    SignatureCache shared = SignatureCache.forOneProcess();
    VerifiedSignatures nodeA = new VerifiedSignatures(real, "small", shared);
    VerifiedSignatures nodeB = new VerifiedSignatures(real, "small", shared);

    assertThat(nodeA.verify(KEY, 7, MESSAGE, signature(1))).isTrue();
    assertThat(nodeB.verify(KEY, 7, MESSAGE, signature(1))).isTrue();
    assertThat(calls).hasValue(1);

    // Another slot, another scheme or an invalid signature is verified for real.
    assertThat(nodeB.verify(KEY, 8, MESSAGE, signature(1))).isTrue();
    assertThat(
            new VerifiedSignatures(real, "devnet4", shared).verify(KEY, 7, MESSAGE, signature(1)))
        .isTrue();
    assertThat(nodeA.verify(KEY, 7, MESSAGE, signature(2))).isFalse();
    assertThat(nodeB.verify(KEY, 7, MESSAGE, signature(2))).isFalse();
    assertThat(calls).hasValue(5);
  }

  @Test
  void nodesWithTheirOwnCachesEachVerify() {
    AtomicInteger calls = new AtomicInteger();
    SignatureVerifier real =
        (key, slot, message, sig) -> {
          calls.incrementAndGet();
          return true;
        };
    new VerifiedSignatures(real, "small", SignatureCache.forOneNode())
        .verify(KEY, 7, MESSAGE, signature(1));
    new VerifiedSignatures(real, "small", SignatureCache.forOneNode())
        .verify(KEY, 7, MESSAGE, signature(1));
    assertThat(calls).hasValue(2);
  }
}
