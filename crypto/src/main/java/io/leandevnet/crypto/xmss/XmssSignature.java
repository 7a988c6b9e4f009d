package io.leandevnet.crypto.xmss;

import java.util.Arrays;

/**
 * An XMSS signature: the Merkle authentication path (siblings from the leaf up, flattened), the
 * randomness rho and one chain digest per chain (flattened). SSZ: {@code offset(path) | rho |
 * offset(hashes) | path = (offset = 4 | siblings) | hashes}; 2536 bytes for devnet4.
 */
public record XmssSignature(int[] path, int[] rho, int[] hashes) {

  public XmssSignature {
    path = path.clone();
    rho = rho.clone();
    hashes = hashes.clone();
  }

  @Override
  public int[] path() {
    return path.clone();
  }

  @Override
  public int[] rho() {
    return rho.clone();
  }

  @Override
  public int[] hashes() {
    return hashes.clone();
  }

  int[] pathUnsafe() {
    return path;
  }

  int[] hashesUnsafe() {
    return hashes;
  }

  int[] rhoUnsafe() {
    return rho;
  }

  /** The SSZ encoding. */
  public byte[] toSsz() {
    int fixed = 4 + 4 * rho.length + 4;
    int pathLen = 4 + 4 * path.length;
    SszWriter w = new SszWriter(fixed + pathLen + 4 * hashes.length);
    w.u32(fixed).elements(rho).u32(fixed + pathLen);
    w.u32(4).elements(path);
    w.elements(hashes);
    return w.finish();
  }

  /**
   * The SSZ encoding followed by zero bytes up to {@code length}: how a signature of a scheme with
   * shorter signatures (the small scheme: 2024 bytes) travels in a fixed-size field sized for
   * devnet4 (2536 bytes, the consensus {@code Signature}).
   */
  public byte[] toSsz(int length) {
    byte[] ssz = toSsz();
    if (ssz.length > length) {
      throw new IllegalArgumentException(
          "signature: " + ssz.length + " bytes do not fit in " + length);
    }
    return Arrays.copyOf(ssz, length);
  }

  /**
   * Decodes a signature of {@code config} from a field that may be longer than the signature
   * ({@link #toSsz(int)}): the first {@code config.signatureBytes()} bytes are the SSZ encoding,
   * the rest must be zero.
   */
  public static XmssSignature fromPaddedSsz(XmssConfig config, byte[] bytes) {
    int n = config.signatureBytes();
    if (bytes.length < n) {
      throw new XmssFormatException(
          "signature: expected at least "
              + n
              + " bytes for scheme "
              + config.name()
              + ", got "
              + bytes.length);
    }
    for (int i = n; i < bytes.length; i++) {
      if (bytes[i] != 0) {
        throw new XmssFormatException(
            "signature: byte "
                + i
                + " after the "
                + n
                + "-byte "
                + config.name()
                + " signature is not zero padding");
      }
    }
    return fromSsz(config, Arrays.copyOf(bytes, n));
  }

  /** Decodes the SSZ bytes of a signature of {@code config}. */
  public static XmssSignature fromSsz(XmssConfig config, byte[] bytes) {
    SszReader r = new SszReader("signature", bytes, 0, bytes.length);
    int fixed = 4 + 4 * config.randLen() + 4;
    int pathOffset = r.offset("offset(path)", 0);
    int[] rho = r.elements("rho", 4, config.randLen());
    int hashesOffset = r.offset("offset(hashes)", 4 + 4 * config.randLen());
    if (pathOffset != fixed) {
      throw r.error("offset(path)", "expected " + fixed + ", got " + pathOffset);
    }
    if (hashesOffset < pathOffset) {
      throw r.error("offset(hashes)", hashesOffset + " is before offset(path) " + pathOffset);
    }
    SszReader path = r.slice("path", pathOffset, hashesOffset);
    int inner = path.offset("offset", 0);
    if (inner != 4) {
      throw path.error("offset", "expected 4, got " + inner);
    }
    int digestBytes = 4 * config.hashLen();
    if ((path.length() - 4) % digestBytes != 0) {
      throw path.error("siblings", (path.length() - 4) + " bytes is not a whole number of digests");
    }
    int[] siblings = path.elements("siblings", 4, (path.length() - 4) / 4);
    SszReader hashes = r.slice("hashes", hashesOffset, r.length());
    if (hashes.length() % digestBytes != 0) {
      throw hashes.error("hashes", hashes.length() + " bytes is not a whole number of digests");
    }
    return new XmssSignature(siblings, rho, hashes.elements("hashes", 0, hashes.length() / 4));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof XmssSignature s
        && Arrays.equals(s.path, path)
        && Arrays.equals(s.rho, rho)
        && Arrays.equals(s.hashes, hashes);
  }

  @Override
  public int hashCode() {
    return (Arrays.hashCode(path) * 31 + Arrays.hashCode(rho)) * 31 + Arrays.hashCode(hashes);
  }

  @Override
  public String toString() {
    return "XmssSignature[path="
        + path.length
        + " elements, hashes="
        + hashes.length
        + " elements]";
  }
}
