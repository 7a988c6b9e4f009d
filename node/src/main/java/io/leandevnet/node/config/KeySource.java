package io.leandevnet.node.config;

import java.util.Objects;

/** Where a node's validator keys come from. */
public sealed interface KeySource {

  /**
   * The XMSS keys of hash-sig-keys/ ({@code validator_<i>_{attester,proposer}_key_sk.ssz}), of the
   * scheme the manifest names. What every real devnet uses.
   */
  record HashSigKeys() implements KeySource {}

  /**
   * The deterministic, <b>insecure</b> stand-in signatures of the consensus module ({@code
   * InsecureTestSignatures}), keys derived from {@code seed}: for tests and benchmarks whose
   * genesis was written with the same seed. Anyone who knows a public key can sign.
   */
  record InsecureTest(String seed) implements KeySource {
    public InsecureTest {
      Objects.requireNonNull(seed, "seed");
    }
  }
}
