package io.leandevnet.crypto.xmss;

import io.leandevnet.crypto.koalabear.KoalaBear;
import io.leandevnet.crypto.poseidon.Poseidon1;
import io.leandevnet.crypto.poseidon.VectorPath;
import io.leandevnet.crypto.poseidon.VectorSupport;
import java.math.BigInteger;

/**
 * leanSig's {@code TargetSumEncoding} over the {@code AbortingHypercubeMessageHash}: Poseidon1-24
 * compresses {@code [message (base-p digits of the little-endian integer) | parameter | epoch tweak
 * | rho | 0]}; each of the first ceil(dimension/z) output elements a is rejected if a >= q *
 * base^z, otherwise a / q gives z base-{@code base} digits, least significant first. The codeword
 * is valid only if its digits sum to the target sum.
 */
public final class TargetSumEncoding implements MessageEncoding {

  /** Bytes in a message. */
  public static final int MESSAGE_LENGTH = 32;

  private static final int WIDTH = 24;
  private static final BigInteger P = BigInteger.valueOf(KoalaBear.P);

  private final Poseidon1 perm24 = Poseidon1.koalaBear24();
  private final XmssConfig config;
  private final long limit;

  /** The encoding of {@code config}. */
  public TargetSumEncoding(XmssConfig config) {
    this.config = config;
    long l = config.q();
    for (int i = 0; i < config.z(); i++) {
      l *= config.base();
    }
    this.limit = l;
  }

  /** The message as {@code msgLen} base-p digits of its little-endian integer value. */
  long[] messageElements(byte[] message) {
    if (message.length != MESSAGE_LENGTH) {
      throw new IllegalArgumentException(
          "message: expected " + MESSAGE_LENGTH + " bytes, got " + message.length);
    }
    byte[] be = new byte[MESSAGE_LENGTH];
    for (int i = 0; i < MESSAGE_LENGTH; i++) {
      be[i] = message[MESSAGE_LENGTH - 1 - i];
    }
    BigInteger acc = new BigInteger(1, be);
    long[] out = new long[config.msgLen()];
    for (int i = 0; i < out.length; i++) {
      BigInteger[] qr = acc.divideAndRemainder(P);
      out[i] = qr[1].longValue();
      acc = qr[0];
    }
    return out;
  }

  @Override
  public int[] encode(int[] parameter, long epoch, int[] rho, byte[] message) {
    return encode(parameter, epoch, rho, messageElements(message));
  }

  @Override
  public int[] findCodeword(
      Prf prf, byte[] key, long epoch, byte[] message, int[] parameter, int maxTries, int[] rho) {
    if (prf instanceof ShakePrf shake
        && VectorSupport.path() == VectorPath.INT_LANES
        && RhoSearchLanes.fits()) {
      return RhoSearchLanes.search(
          shake, this, config, key, epoch, message, parameter, maxTries, rho);
    }
    return MessageEncoding.super.findCodeword(prf, key, epoch, message, parameter, maxTries, rho);
  }

  XmssConfig config() {
    return config;
  }

  @Override
  public Encoder forMessage(byte[] message) {
    long[] elements = messageElements(message);
    return (parameter, epoch, rho) -> encode(parameter, epoch, rho, elements);
  }

  /**
   * As {@link #encode(int[], long, int[], byte[])} with the message already split into elements.
   */
  int[] encode(int[] parameter, long epoch, int[] rho, long[] messageElements) {
    XmssConfig c = config;
    long[] input = new long[WIDTH];
    int o = 0;
    for (long m : messageElements) {
      input[o++] = m;
    }
    for (int i = 0; i < c.parameterLen(); i++) {
      input[o++] = parameter[i];
    }
    Tweaks.digits(Tweaks.message(epoch), input, o, c.tweakLen());
    o += c.tweakLen();
    for (int i = 0; i < c.randLen(); i++) {
      input[o++] = rho[i];
    }
    long[] state = input.clone();
    perm24.permute(state);
    long[] hashElements = new long[c.messageHashElements()];
    for (int i = 0; i < hashElements.length; i++) {
      hashElements[i] = KoalaBear.add(state[i], input[i]);
    }
    return decode(hashElements);
  }

  /**
   * The codeword carried by the first ceil(dimension / z) message-hash elements, or {@code null} if
   * one of them is rejected or the digits do not sum to the target.
   */
  int[] decode(long[] hashElements) {
    XmssConfig c = config;
    int[] digits = new int[c.dimension()];
    int sum = 0;
    for (int i = 0; i < c.messageHashElements(); i++) {
      long a = hashElements[i];
      if (a >= limit) {
        return null;
      }
      long d = a / c.q();
      int n = Math.min(c.z(), c.dimension() - i * c.z());
      for (int j = 0; j < n; j++) {
        int digit = (int) (d % c.base());
        digits[i * c.z() + j] = digit;
        sum += digit;
        d /= c.base();
      }
    }
    return sum == c.targetSum() ? digits : null;
  }
}
