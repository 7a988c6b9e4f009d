package io.leandevnet.crypto.enr;

/** A record that cannot be parsed, is not a valid {@code v4} record, or fails its signature. */
public final class EnrException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public EnrException(String message) {
    super(message);
  }

  public EnrException(String message, Throwable cause) {
    super(message, cause);
  }
}
