package io.leandevnet.crypto.hashsig;

import java.util.Locale;

/** The two XMSS keys of a devnet4 validator: one signs attestations, the other block proposals. */
public enum KeyRole {
  ATTESTER,
  PROPOSER;

  /** The word in key file names: {@code attester} or {@code proposer}. */
  public String fileWord() {
    return name().toLowerCase(Locale.ROOT);
  }
}
