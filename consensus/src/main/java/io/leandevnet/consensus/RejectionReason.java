package io.leandevnet.consensus;

/**
 * Why a block, attestation or aggregate was refused. The names are leanSpec's {@code
 * RejectionReason} values ({@code spec/forks/lstar/errors.py}), which give names to the assertions
 * of the devnet4 spec.
 */
public enum RejectionReason {
  BLOCK_SLOT_NOT_IN_FUTURE,
  BLOCK_OLDER_THAN_LATEST_HEADER,
  BLOCK_SLOT_MISMATCH,
  PARENT_ROOT_MISMATCH,
  STATE_ROOT_MISMATCH,
  UNKNOWN_PARENT_BLOCK,
  PROPOSER_INDEX_OUT_OF_RANGE,
  EMPTY_VALIDATOR_REGISTRY,
  WRONG_PROPOSER,
  TOO_MANY_ATTESTATION_DATA,
  DUPLICATE_ATTESTATION_DATA,
  EMPTY_AGGREGATION_BITS,
  UNKNOWN_SOURCE_BLOCK,
  UNKNOWN_TARGET_BLOCK,
  UNKNOWN_HEAD_BLOCK,
  SOURCE_AFTER_TARGET,
  HEAD_OLDER_THAN_TARGET,
  SOURCE_SLOT_MISMATCH,
  TARGET_SLOT_MISMATCH,
  HEAD_SLOT_MISMATCH,
  ATTESTATION_TOO_FAR_IN_FUTURE,
  VALIDATOR_NOT_IN_STATE,
  VALIDATOR_INDEX_OUT_OF_RANGE,
  JUSTIFIED_SLOT_OUT_OF_RANGE,
  /** A gossip attestation or proposer signature does not verify. */
  INVALID_SIGNATURE,
  /** A block's attestation proofs do not match its body or do not verify. */
  INVALID_BLOCK_PROOF,
  ANCHOR_STATE_ROOT_MISMATCH,
  /** The bytes are not a valid SSZ encoding. */
  DECODE_ERROR
}
