package io.leandevnet.devnet.cli;

import io.leandevnet.crypto.xmss.XmssSchemeKind;
import picocli.CommandLine;

/** {@code --xmss-scheme devnet4|test|small}: the name as the user types it, any case. */
final class XmssSchemeConverter implements CommandLine.ITypeConverter<XmssSchemeKind> {
  @Override
  public XmssSchemeKind convert(String value) {
    try {
      return XmssSchemeKind.named(value);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.TypeConversionException(e.getMessage());
    }
  }
}
