package io.leandevnet.crypto.hashsig;

/**
 * A {@code hash-sig-keys/} directory cannot serve: a missing or malformed manifest, a missing or
 * damaged key file, keys of another scheme. The message names the file and is meant for the user.
 */
public final class HashSigKeysException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public HashSigKeysException(String message) {
    super(message);
  }

  public HashSigKeysException(String message, Throwable cause) {
    super(message, cause);
  }
}
