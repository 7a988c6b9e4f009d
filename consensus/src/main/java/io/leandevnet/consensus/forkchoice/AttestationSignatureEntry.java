package io.leandevnet.consensus.forkchoice;

import io.leandevnet.consensus.containers.Signature;

/** One validator's gossip signature, kept by aggregators until interval 2. */
public record AttestationSignatureEntry(long validatorId, Signature signature) {}
