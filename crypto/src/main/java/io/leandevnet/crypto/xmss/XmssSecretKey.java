package io.leandevnet.crypto.xmss;

import java.util.Arrays;

/**
 * An XMSS secret key in leanSig's layout: PRF key, parameter, the (expanded) active range, the top
 * tree and the two prepared bottom trees. SSZ: {@code prf_key | parameter | activation_epoch u64 |
 * num_active_epochs u64 | offset(top) | left_bottom_tree_index u64 | offset(left) | offset(right) |
 * top | left | right}.
 *
 * <p>The trees are shared, not copied: a secret key is immutable once built.
 */
public record XmssSecretKey(
    byte[] prfKey,
    int[] parameter,
    long activationEpoch,
    long numActiveEpochs,
    HashSubTree topTree,
    long leftBottomTreeIndex,
    HashSubTree leftBottomTree,
    HashSubTree rightBottomTree) {

  public XmssSecretKey {
    prfKey = prfKey.clone();
    parameter = parameter.clone();
  }

  @Override
  public byte[] prfKey() {
    return prfKey.clone();
  }

  @Override
  public int[] parameter() {
    return parameter.clone();
  }

  byte[] prfKeyUnsafe() {
    return prfKey;
  }

  int[] parameterUnsafe() {
    return parameter;
  }

  /** First epoch the key can sign. */
  public long activeStart() {
    return activationEpoch;
  }

  /** One past the last epoch the key can sign. */
  public long activeEnd() {
    return activationEpoch + numActiveEpochs;
  }

  /** The SSZ encoding (about 8 MiB for devnet4). */
  public byte[] toSsz() {
    int fixed = prfKey.length + 4 * parameter.length + 8 + 8 + 4 + 8 + 4 + 4;
    int top = topTree.sszLength();
    int left = leftBottomTree.sszLength();
    int right = rightBottomTree.sszLength();
    SszWriter w = new SszWriter(fixed + top + left + right);
    w.bytes(prfKey)
        .elements(parameter)
        .u64(activationEpoch)
        .u64(numActiveEpochs)
        .u32(fixed)
        .u64(leftBottomTreeIndex)
        .u32(fixed + top)
        .u32(fixed + top + left);
    topTree.writeTo(w);
    leftBottomTree.writeTo(w);
    rightBottomTree.writeTo(w);
    return w.finish();
  }

  /** Decodes the SSZ bytes of a secret key of {@code config}. */
  public static XmssSecretKey fromSsz(XmssConfig config, byte[] bytes) {
    SszReader r = new SszReader("secret key", bytes, 0, bytes.length);
    int keyLen = 32;
    int p = keyLen + 4 * config.parameterLen();
    int fixed = p + 8 + 8 + 4 + 8 + 4 + 4;
    if (bytes.length < fixed) {
      throw new XmssFormatException(
          "secret key: expected at least "
              + fixed
              + " bytes for scheme "
              + config.name()
              + ", got "
              + bytes.length);
    }
    byte[] prfKey = r.bytes("prf_key", 0, keyLen);
    int[] parameter = r.elements("parameter", keyLen, config.parameterLen());
    long activation = r.u64("activation_epoch", p);
    long numActive = r.u64("num_active_epochs", p + 8);
    int topOffset = r.offset("offset(top_tree)", p + 16);
    long leftIndex = r.u64("left_bottom_tree_index", p + 20);
    int leftOffset = r.offset("offset(left_bottom_tree)", p + 28);
    int rightOffset = r.offset("offset(right_bottom_tree)", p + 32);
    if (topOffset != fixed) {
      throw r.error("offset(top_tree)", "expected " + fixed + ", got " + topOffset);
    }
    if (leftOffset < topOffset || rightOffset < leftOffset) {
      throw r.error(
          "offsets",
          "top "
              + topOffset
              + ", left "
              + leftOffset
              + ", right "
              + rightOffset
              + " must not decrease");
    }
    if (numActive <= 0 || activation + numActive > config.lifetime()) {
      throw r.error(
          "num_active_epochs",
          "range ["
              + activation
              + ", "
              + (activation + numActive)
              + ") does not fit the lifetime 2^"
              + config.logLifetime());
    }
    HashSubTree top =
        HashSubTree.read(r.slice("top_tree", topOffset, leftOffset), config.hashLen());
    HashSubTree left =
        HashSubTree.read(r.slice("left_bottom_tree", leftOffset, rightOffset), config.hashLen());
    HashSubTree right =
        HashSubTree.read(r.slice("right_bottom_tree", rightOffset, bytes.length), config.hashLen());
    if (top.depth() != config.logLifetime()) {
      throw new XmssFormatException(
          "secret key.top_tree.depth: expected "
              + config.logLifetime()
              + " for scheme "
              + config.name()
              + ", got "
              + top.depth());
    }
    return new XmssSecretKey(prfKey, parameter, activation, numActive, top, leftIndex, left, right);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof XmssSecretKey k && Arrays.equals(k.toSsz(), toSsz());
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(parameter);
  }

  @Override
  public String toString() {
    return "XmssSecretKey[active=["
        + activeStart()
        + ", "
        + activeEnd()
        + "), leftBottomTree="
        + leftBottomTreeIndex
        + "]";
  }
}
