package io.leandevnet.consensus.genesis;

/**
 * A genesis config.yaml that cannot be used. The message reads {@code <file>:<line>: <field>: <what
 * is expected>}.
 */
public final class GenesisConfigException extends RuntimeException {
  public GenesisConfigException(String message) {
    super(message);
  }
}
