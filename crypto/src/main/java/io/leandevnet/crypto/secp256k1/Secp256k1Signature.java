package io.leandevnet.crypto.secp256k1;

import java.math.BigInteger;
import java.util.Arrays;

/** An ECDSA signature (r, s) over secp256k1; ENR v4 stores it as 64 bytes {@code r ‖ s}. */
public record Secp256k1Signature(BigInteger r, BigInteger s) {

  public Secp256k1Signature {
    if (r.signum() <= 0
        || r.compareTo(Secp256k1.N) >= 0
        || s.signum() <= 0
        || s.compareTo(Secp256k1.N) >= 0) {
      throw new IllegalArgumentException(
          "signature values must be between 1 and the curve order - 1");
    }
  }

  /** Parses the 64-byte {@code r ‖ s} form. */
  public static Secp256k1Signature fromBytes(byte[] rs) {
    if (rs.length != 64) {
      throw new IllegalArgumentException(
          "a secp256k1 signature is 64 bytes (r ‖ s), got " + rs.length);
    }
    return new Secp256k1Signature(
        new BigInteger(1, Arrays.copyOfRange(rs, 0, 32)),
        new BigInteger(1, Arrays.copyOfRange(rs, 32, 64)));
  }

  /** The 64-byte {@code r ‖ s} form. */
  public byte[] toBytes() {
    byte[] out = new byte[64];
    System.arraycopy(Secp256k1.toBytes32(r), 0, out, 0, 32);
    System.arraycopy(Secp256k1.toBytes32(s), 0, out, 32, 32);
    return out;
  }
}
