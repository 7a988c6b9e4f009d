package io.leandevnet.devnet.genesis.execution;

/**
 * An execution genesis (genesis.json) cannot be read or hashed: the message names the file and
 * field and is meant for the user as is.
 */
public final class ExecutionGenesisException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ExecutionGenesisException(String message) {
    super(message);
  }

  public ExecutionGenesisException(String message, Throwable cause) {
    super(message, cause);
  }
}
