package io.leandevnet.devnet.genesis;

/**
 * Genesis cannot be written: bad input (the message names the file, line and field), a target
 * directory that must not be touched, or an I/O failure. The message is meant for the user as is.
 */
public final class GenesisException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public GenesisException(String message) {
    super(message);
  }

  public GenesisException(String message, Throwable cause) {
    super(message, cause);
  }
}
