package io.leandevnet.crypto.xmss;

import java.util.Arrays;
import java.util.HexFormat;

/** An XMSS public key: the Merkle root and the public parameter. SSZ: {@code root | parameter}. */
public record XmssPublicKey(int[] root, int[] parameter) {

  public XmssPublicKey {
    root = root.clone();
    parameter = parameter.clone();
  }

  @Override
  public int[] root() {
    return root.clone();
  }

  @Override
  public int[] parameter() {
    return parameter.clone();
  }

  int[] rootUnsafe() {
    return root;
  }

  int[] parameterUnsafe() {
    return parameter;
  }

  /** The SSZ encoding (52 bytes for devnet4). */
  public byte[] toSsz() {
    return new SszWriter(4 * (root.length + parameter.length))
        .elements(root)
        .elements(parameter)
        .finish();
  }

  /** {@code 0x}-prefixed lowercase hex of {@link #toSsz()}, as manifests write it. */
  public String toHex() {
    return "0x" + HexFormat.of().formatHex(toSsz());
  }

  /** Decodes the SSZ bytes of a public key of {@code config}. */
  public static XmssPublicKey fromSsz(XmssConfig config, byte[] bytes) {
    if (bytes.length != config.publicKeyBytes()) {
      throw new XmssFormatException(
          "public key: expected "
              + config.publicKeyBytes()
              + " bytes for scheme "
              + config.name()
              + ", got "
              + bytes.length);
    }
    SszReader r = new SszReader("public key", bytes, 0, bytes.length);
    return new XmssPublicKey(
        r.elements("root", 0, config.hashLen()),
        r.elements("parameter", 4 * config.hashLen(), config.parameterLen()));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof XmssPublicKey k
        && Arrays.equals(k.root, root)
        && Arrays.equals(k.parameter, parameter);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(root) * 31 + Arrays.hashCode(parameter);
  }

  @Override
  public String toString() {
    return "XmssPublicKey[" + toHex() + "]";
  }
}
