package io.leandevnet.crypto.secp256k1;

import java.util.Arrays;
import java.util.HexFormat;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.bouncycastle.math.ec.ECPoint;

/** A secp256k1 public key (a curve point other than infinity). */
public final class Secp256k1PublicKey {

  private final ECPoint point;

  Secp256k1PublicKey(ECPoint point) {
    this.point = point;
  }

  /** Parses the 33-byte compressed SEC1 form ({@code 02|03 ‖ x}). */
  public static Secp256k1PublicKey fromCompressed(byte[] compressed) {
    if (compressed.length != 33 || (compressed[0] != 2 && compressed[0] != 3)) {
      throw new IllegalArgumentException(
          "a compressed secp256k1 public key is 33 bytes starting with 02 or 03");
    }
    try {
      ECPoint p = Secp256k1.DOMAIN.getCurve().decodePoint(compressed).normalize();
      return new Secp256k1PublicKey(p);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("not a point on secp256k1: " + e.getMessage(), e);
    }
  }

  /** The 33-byte compressed SEC1 form. */
  public byte[] compressed() {
    return point.getEncoded(true);
  }

  /** The 64-byte {@code x ‖ y} form (uncompressed without its 04 prefix), hashed into node ids. */
  public byte[] xy() {
    byte[] full = point.getEncoded(false);
    return Arrays.copyOfRange(full, 1, 65);
  }

  /** Compressed form as 66 lower-case hex digits. */
  public String toHex() {
    return HexFormat.of().formatHex(compressed());
  }

  /**
   * Verifies a signature over a 32-byte digest. Like go-ethereum's {@code VerifySignature}, a
   * high-s signature is rejected.
   */
  public boolean verify(byte[] digest32, Secp256k1Signature signature) {
    if (digest32.length != 32 || signature.s().compareTo(Secp256k1.HALF_N) > 0) {
      return false;
    }
    ECDSASigner verifier = new ECDSASigner();
    verifier.init(false, new ECPublicKeyParameters(point, Secp256k1.DOMAIN));
    return verifier.verifySignature(digest32, signature.r(), signature.s());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Secp256k1PublicKey other && point.equals(other.point);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(compressed());
  }

  @Override
  public String toString() {
    return "Secp256k1PublicKey[" + toHex() + "]";
  }
}
