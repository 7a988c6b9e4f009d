package io.leandevnet.crypto.xmss;

/**
 * The incomparable encoding: a message, epoch and randomness rho to one chain position per chain.
 */
public interface MessageEncoding {

  /**
   * The codeword for {@code (parameter, epoch, rho, message)}: one digit in [0, base) per chain, or
   * {@code null} if this rho does not give a valid codeword (the signer then tries the next rho).
   */
  int[] encode(int[] parameter, long epoch, int[] rho, byte[] message);

  /**
   * The encoding of one fixed message, for the signer's loop over rho; implementations may do the
   * message-only work once here.
   */
  default Encoder forMessage(byte[] message) {
    byte[] m = message.clone();
    return (parameter, epoch, rho) -> encode(parameter, epoch, rho, m);
  }

  /**
   * The signer's search: tries rho = PRF randomness for attempts 0, 1, ... and returns the first
   * valid codeword (its rho written to {@code rho}), or {@code null} after {@code maxTries}
   * attempts.
   */
  default int[] findCodeword(
      Prf prf, byte[] key, long epoch, byte[] message, int[] parameter, int maxTries, int[] rho) {
    Encoder encoder = forMessage(message);
    for (long attempt = 0; attempt < maxTries; attempt++) {
      prf.randomness(key, epoch, message, attempt, rho, 0);
      int[] codeword = encoder.encode(parameter, epoch, rho);
      if (codeword != null) {
        return codeword;
      }
    }
    return null;
  }

  /** {@link #encode} with the message bound. */
  @FunctionalInterface
  interface Encoder {
    int[] encode(int[] parameter, long epoch, int[] rho);
  }
}
