package io.leandevnet.consensus.chain;

/**
 * Rules a slot carries ({@code types/slot.py}). Slots are plain {@code long}s; these are the spec's
 * {@code Slot} methods.
 */
public final class Slot {
  private Slot() {}

  /**
   * Whether {@code slot} may be justified when {@code finalizedSlot} is the latest finalized slot
   * (3SF-mini): its distance δ from the finalized slot is at most 5, a perfect square (9, 16, 25,
   * …) or a pronic number x²+x (6, 12, 20, 30, …).
   *
   * @throws IllegalArgumentException if {@code slot} is before {@code finalizedSlot}
   */
  public static boolean isJustifiableAfter(long slot, long finalizedSlot) {
    if (slot < finalizedSlot) {
      throw new IllegalArgumentException(
          "candidate slot " + slot + " must not be before the finalized slot " + finalizedSlot);
    }
    long delta = slot - finalizedSlot;
    if (delta <= ChainConfig.IMMEDIATE_JUSTIFICATION_WINDOW) {
      return true;
    }
    long root = isqrt(delta);
    if (root * root == delta) {
      return true;
    }
    long pronic = 4 * delta + 1;
    long r = isqrt(pronic);
    return r * r == pronic && r % 2 == 1;
  }

  /**
   * The index of {@code slot} in a justified-slots bitfield that starts just after {@code
   * finalizedSlot}, or -1 when the slot is at or before it (implicitly justified).
   */
  public static long justifiedIndexAfter(long slot, long finalizedSlot) {
    return slot <= finalizedSlot ? -1 : slot - finalizedSlot - 1;
  }

  private static long isqrt(long n) {
    long r = (long) Math.sqrt((double) n);
    while (r * r > n) {
      r--;
    }
    while ((r + 1) * (r + 1) <= n) {
      r++;
    }
    return r;
  }
}
