package io.leandevnet.consensus.genesis;

import java.util.HexFormat;

/**
 * A genesis validator's two XMSS public keys, as hex without {@code 0x} in the case the manifest
 * used (lean-quickstart copies the text as is).
 *
 * @param attestationHex 104 hex digits (52 bytes)
 * @param proposalHex 104 hex digits (52 bytes)
 */
public record ValidatorPubkeys(String attestationHex, String proposalHex) {

  /** XMSS public key length in bytes (root 8 × 4 + parameter 5 × 4). */
  public static final int PUBKEY_BYTES = 52;

  public ValidatorPubkeys {
    requireHex(attestationHex, "attestation");
    requireHex(proposalHex, "proposal");
  }

  private static void requireHex(String hex, String what) {
    if (hex.length() != 2 * PUBKEY_BYTES
        || !hex.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
      throw new IllegalArgumentException(
          what
              + " pubkey must be "
              + 2 * PUBKEY_BYTES
              + " hex digits ("
              + PUBKEY_BYTES
              + " bytes)");
    }
  }

  /** The attestation key's 52 bytes. */
  public byte[] attestation() {
    return HexFormat.of().parseHex(attestationHex);
  }

  /** The proposal key's 52 bytes. */
  public byte[] proposal() {
    return HexFormat.of().parseHex(proposalHex);
  }
}
