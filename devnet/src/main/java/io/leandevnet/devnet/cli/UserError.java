package io.leandevnet.devnet.cli;

/**
 * An expected failure caused by the user's input or environment: the root command prints its
 * message (no stack trace) and exits with its code.
 */
public final class UserError extends RuntimeException {

  /** Exit code for bad input: invalid args file, unknown devnet, bad option values. */
  public static final int INVALID_INPUT = 2;

  /** Exit code for a failure of the environment: Docker unreachable, a port taken, a timeout. */
  public static final int FAILED = 1;

  private static final long serialVersionUID = 1L;

  private final int exitCode;

  public UserError(String message, int exitCode) {
    super(message, null, false, false);
    this.exitCode = exitCode;
  }

  public UserError(String message, int exitCode, Throwable cause) {
    super(message, cause, false, false);
    this.exitCode = exitCode;
  }

  /** A bad-input error (exit code 2). */
  public static UserError invalidInput(String message) {
    return new UserError(message, INVALID_INPUT);
  }

  /** A failure of the operation or the environment (exit code 1). */
  public static UserError failed(String message) {
    return new UserError(message, FAILED);
  }

  public int exitCode() {
    return exitCode;
  }
}
