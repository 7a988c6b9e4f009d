package io.leandevnet.devnet.backend;

/**
 * A deployment that did not come up: the message names the services that failed and why (their last
 * log lines, their exit code). What the backend started is already removed, unless the user asked
 * to keep it.
 */
public final class DeployException extends Exception {
  private static final long serialVersionUID = 1L;

  public DeployException(String message) {
    super(message);
  }
}
