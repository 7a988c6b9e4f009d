package io.leandevnet.crypto.xmss;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The XMSS instantiations lean-devnet knows, by the name {@code --xmss-scheme} and {@code
 * xmss_scheme} take: each with its {@link XmssConfig}.
 */
public enum XmssSchemeKind {
  /** leanSig devnet4, lifetime 2^32: what every devnet4 client reads. */
  DEVNET4(XmssConfig.DEVNET4),
  /** leanSpec's TEST_CONFIG, lifetime 2^8: the test vectors' keys. */
  TEST(XmssConfig.TEST),
  /** Lifetime 2^16 with devnet4's chains: keys in a fraction of a second, built-in nodes only. */
  SMALL(XmssConfig.SMALL);

  private final XmssConfig config;

  XmssSchemeKind(XmssConfig config) {
    this.config = config;
  }

  /** Its parameters. */
  public XmssConfig config() {
    return config;
  }

  /**
   * The name on the command line and in args files: {@code devnet4}, {@code test}, {@code small}.
   */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The kind named {@code key}, in any case. */
  public static Optional<XmssSchemeKind> byKey(String key) {
    return Arrays.stream(values()).filter(k -> k.key().equalsIgnoreCase(key)).findFirst();
  }

  /**
   * The kind named {@code key}.
   *
   * @throws IllegalArgumentException naming the known kinds, when there is none such
   */
  public static XmssSchemeKind named(String key) {
    return byKey(key)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "unknown XMSS scheme '"
                        + key
                        + "' (known: "
                        + String.join(", ", keys())
                        + ")"));
  }

  /** Every name, in declaration order. */
  public static List<String> keys() {
    return Arrays.stream(values()).map(XmssSchemeKind::key).toList();
  }
}
