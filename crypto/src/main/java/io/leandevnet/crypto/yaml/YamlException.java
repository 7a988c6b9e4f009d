package io.leandevnet.crypto.yaml;

/**
 * A YAML file is not what its reader expects. The message names the file, the line and the path of
 * the offending node and is meant for the user as is.
 */
public final class YamlException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public YamlException(String message) {
    super(message);
  }

  public YamlException(String message, Throwable cause) {
    super(message, cause);
  }
}
