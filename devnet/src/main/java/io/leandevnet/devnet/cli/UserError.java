package io.leandevnet.devnet.cli;

/**
 * A failure the user can act on: printed as its message alone (no stack trace) with its exit
 * code. 1 = the operation failed, 2 = the input (flags, files) is wrong.
 */
public final class UserError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int exitCode;

  public UserError(int exitCode, String message) {
    super(message);
    this.exitCode = exitCode;
  }

  public UserError(int exitCode, String message, Throwable cause) {
    super(message, cause);
    this.exitCode = exitCode;
  }

  public int exitCode() {
    return exitCode;
  }
}
