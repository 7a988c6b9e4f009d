package io.leandevnet.crypto.xmss;

/**
 * Bytes that are not a valid SSZ encoding of an XMSS key or signature; the message names the field.
 */
public final class XmssFormatException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  public XmssFormatException(String message) {
    super(message);
  }
}
