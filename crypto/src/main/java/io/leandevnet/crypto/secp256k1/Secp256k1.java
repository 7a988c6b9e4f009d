package io.leandevnet.crypto.secp256k1;

import java.math.BigInteger;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.crypto.params.ECDomainParameters;

/** The secp256k1 curve parameters shared by the key and signature classes of this package. */
final class Secp256k1 {

  private static final X9ECParameters PARAMS = CustomNamedCurves.getByName("secp256k1");

  /** Domain parameters for BouncyCastle's signers. */
  static final ECDomainParameters DOMAIN =
      new ECDomainParameters(PARAMS.getCurve(), PARAMS.getG(), PARAMS.getN(), PARAMS.getH());

  /** The group order n. */
  static final BigInteger N = PARAMS.getN();

  /** n / 2: signatures with s above it are the malleable "high-s" twin. */
  static final BigInteger HALF_N = N.shiftRight(1);

  private Secp256k1() {}

  /** Big-endian, unsigned, left-padded to 32 bytes. */
  static byte[] toBytes32(BigInteger value) {
    byte[] raw = value.toByteArray();
    byte[] out = new byte[32];
    int copy = Math.min(raw.length, 32);
    System.arraycopy(raw, raw.length - copy, out, 32 - copy, copy);
    return out;
  }
}
