package io.leandevnet.crypto.libp2p;

import io.leandevnet.crypto.secp256k1.Secp256k1PublicKey;
import java.util.Arrays;

/**
 * A libp2p peer id for a secp256k1 key, as Lean clients print it ({@code 16Uiu2HA...}).
 *
 * <p>The public key is wrapped in libp2p's protobuf {@code PublicKey{Type=Secp256k1 (2),
 * Data=33-byte compressed key}} (37 bytes: {@code 08 02 12 21 ‖ key}). Keys of at most 42 bytes are
 * not hashed: the multihash is the identity one ({@code 00 25 ‖ protobuf}), and the text form is
 * its base58btc encoding (libp2p specs, peer-ids/peer-ids.md).
 */
public record PeerId(Secp256k1PublicKey publicKey) {

  private static final int KEY_TYPE_SECP256K1 = 2;
  private static final int IDENTITY_MULTIHASH = 0x00;

  /** The peer id of a public key. */
  public static PeerId of(Secp256k1PublicKey publicKey) {
    return new PeerId(publicKey);
  }

  /** Parses {@code 16Uiu2HA...} text back into the secp256k1 key it carries. */
  public static PeerId parse(String text) {
    byte[] multihash = Base58.decode(text);
    if (multihash.length != 39
        || multihash[0] != IDENTITY_MULTIHASH
        || multihash[1] != 37
        || multihash[2] != 0x08
        || multihash[3] != KEY_TYPE_SECP256K1
        || multihash[4] != 0x12
        || multihash[5] != 33) {
      throw new IllegalArgumentException("'" + text + "' is not the peer id of a secp256k1 key");
    }
    return new PeerId(Secp256k1PublicKey.fromCompressed(Arrays.copyOfRange(multihash, 6, 39)));
  }

  /** The protobuf-encoded public key (37 bytes). */
  public byte[] protobufPublicKey() {
    byte[] key = publicKey.compressed();
    byte[] out = new byte[4 + key.length];
    out[0] = 0x08; // field 1 (Type), varint
    out[1] = KEY_TYPE_SECP256K1;
    out[2] = 0x12; // field 2 (Data), length-delimited
    out[3] = (byte) key.length;
    System.arraycopy(key, 0, out, 4, key.length);
    return out;
  }

  /** The identity multihash of the protobuf key: the binary peer id (39 bytes). */
  public byte[] toBytes() {
    byte[] pb = protobufPublicKey();
    byte[] out = new byte[2 + pb.length];
    out[0] = IDENTITY_MULTIHASH;
    out[1] = (byte) pb.length;
    System.arraycopy(pb, 0, out, 2, pb.length);
    return out;
  }

  /** The base58btc text form, {@code 16Uiu2HA...}. */
  @Override
  public String toString() {
    return Base58.encode(toBytes());
  }
}
