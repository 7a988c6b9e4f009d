package io.leandevnet.crypto.rlp;

/** Input that is not canonical RLP, or an item of an unexpected shape. */
public final class RlpException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public RlpException(String message) {
    super(message);
  }
}
