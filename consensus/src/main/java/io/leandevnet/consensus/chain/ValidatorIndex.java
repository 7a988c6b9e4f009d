package io.leandevnet.consensus.chain;

/** Rules a validator index carries ({@code types/validator.py}). */
public final class ValidatorIndex {
  private ValidatorIndex() {}

  /** Round-robin proposer: {@code slot mod numValidators}. */
  public static long proposerForSlot(long slot, int numValidators) {
    if (numValidators <= 0) {
      throw new IllegalArgumentException("no validators to propose");
    }
    return Long.remainderUnsigned(slot, numValidators);
  }

  public static boolean isProposerFor(long index, long slot, int numValidators) {
    return index == proposerForSlot(slot, numValidators);
  }

  public static boolean isValid(long index, int numValidators) {
    return index >= 0 && index < numValidators;
  }

  /** The attestation subnet of a validator: {@code index mod committees}. */
  public static long computeSubnetId(long index, int numCommittees) {
    return Long.remainderUnsigned(index, numCommittees);
  }
}
