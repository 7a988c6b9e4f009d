package io.leandevnet.crypto.secp256k1;

import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.bouncycastle.crypto.signers.HMacDSAKCalculator;

/**
 * A secp256k1 private key: the libp2p node key of a Lean client ({@code <node>.key}) and the key
 * that signs its ENR. {@link #toString()} never shows the secret.
 */
public final class Secp256k1PrivateKey {

  private final BigInteger d;
  private final Secp256k1PublicKey publicKey;

  private Secp256k1PrivateKey(BigInteger d) {
    this.d = d;
    this.publicKey = new Secp256k1PublicKey(Secp256k1.DOMAIN.getG().multiply(d).normalize());
  }

  /** Draws a fresh key from {@code random} (a CSPRNG such as {@link SecureRandom}). */
  public static Secp256k1PrivateKey generate(SecureRandom random) {
    byte[] candidate = new byte[32];
    while (true) {
      random.nextBytes(candidate);
      BigInteger d = new BigInteger(1, candidate);
      if (d.signum() > 0 && d.compareTo(Secp256k1.N) < 0) {
        return new Secp256k1PrivateKey(d);
      }
    }
  }

  /** The key from its 32 big-endian bytes; rejects 0 and values not below the group order. */
  public static Secp256k1PrivateKey fromBytes(byte[] bytes) {
    if (bytes.length != 32) {
      throw new IllegalArgumentException(
          "a secp256k1 private key is 32 bytes, got " + bytes.length);
    }
    BigInteger d = new BigInteger(1, bytes);
    if (d.signum() == 0 || d.compareTo(Secp256k1.N) >= 0) {
      throw new IllegalArgumentException(
          "not a valid secp256k1 private key: it must be between 1 and the curve order - 1");
    }
    return new Secp256k1PrivateKey(d);
  }

  /**
   * Parses exactly 64 hex digits (upper or lower case, no {@code 0x}, as go-ethereum's {@code
   * HexToECDSA} and so eth-beacon-genesis accept). The message never echoes the input.
   */
  public static Secp256k1PrivateKey fromHex(String hex) {
    if (hex == null) {
      throw new IllegalArgumentException("expected 64 hex digits, got nothing");
    }
    if (hex.startsWith("0x") || hex.startsWith("0X")) {
      throw new IllegalArgumentException("expected 64 hex digits without a 0x prefix");
    }
    if (hex.length() != 64) {
      throw new IllegalArgumentException(
          "expected 64 hex digits, got " + hex.length() + " characters");
    }
    for (int i = 0; i < hex.length(); i++) {
      if (Character.digit(hex.charAt(i), 16) < 0) {
        throw new IllegalArgumentException(
            "expected 64 hex digits, found '" + hex.charAt(i) + "' at position " + (i + 1));
      }
    }
    return fromBytes(HexFormat.of().parseHex(hex));
  }

  /** The 32 big-endian bytes (a copy). */
  public byte[] toBytes() {
    return Secp256k1.toBytes32(d);
  }

  /** 64 lower-case hex digits, the {@code <node>.key} content without its newline. */
  public String toHex() {
    return HexFormat.of().formatHex(toBytes());
  }

  /** The matching public key. */
  public Secp256k1PublicKey publicKey() {
    return publicKey;
  }

  /**
   * Signs a 32-byte digest the way go-ethereum's {@code crypto.Sign} does: deterministic nonce (RFC
   * 6979, HMAC-SHA256) and s normalised to the lower half of the group order, so the same key and
   * digest always give the same signature.
   */
  public Secp256k1Signature sign(byte[] digest32) {
    if (digest32.length != 32) {
      throw new IllegalArgumentException("expected a 32-byte digest, got " + digest32.length);
    }
    ECDSASigner signer = new ECDSASigner(new HMacDSAKCalculator(new SHA256Digest()));
    signer.init(true, new ECPrivateKeyParameters(d, Secp256k1.DOMAIN));
    BigInteger[] rs = signer.generateSignature(digest32);
    BigInteger s = rs[1].compareTo(Secp256k1.HALF_N) > 0 ? Secp256k1.N.subtract(rs[1]) : rs[1];
    return new Secp256k1Signature(rs[0], s);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Secp256k1PrivateKey other
        && MessageDigest.isEqual(toBytes(), other.toBytes());
  }

  @Override
  public int hashCode() {
    return publicKey.hashCode();
  }

  @Override
  public String toString() {
    return "Secp256k1PrivateKey[public=" + publicKey().toHex() + "]";
  }
}
