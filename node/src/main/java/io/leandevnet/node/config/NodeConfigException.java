package io.leandevnet.node.config;

/**
 * A node cannot start because of its input: a missing or malformed file, a flag that does not fit
 * the files, a port that is taken. The message names the file or flag and what is expected.
 */
public final class NodeConfigException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public NodeConfigException(String message) {
    super(message);
  }

  public NodeConfigException(String message, Throwable cause) {
    super(message, cause);
  }
}
