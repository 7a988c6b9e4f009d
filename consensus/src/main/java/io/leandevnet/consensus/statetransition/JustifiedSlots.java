package io.leandevnet.consensus.statetransition;

import io.leandevnet.consensus.RejectedException;
import io.leandevnet.consensus.RejectionReason;
import io.leandevnet.consensus.chain.Slot;
import io.leandevnet.ssz.Bits;

/**
 * The justified-slots bitfield, stored relative to the finalized slot: bit i is slot {@code
 * finalized + 1 + i} ({@code containers/state/types.py JustifiedSlots}).
 */
public final class JustifiedSlots {
  private JustifiedSlots() {}

  /** Slots at or before the finalized slot count as justified; later ones read their bit. */
  public static boolean isSlotJustified(Bits bits, long finalizedSlot, long targetSlot) {
    int index = trackedIndex(bits, finalizedSlot, targetSlot);
    return index < 0 || bits.get(index);
  }

  /** A copy with the slot's bit set to {@code value}; finalized slots are left as they are. */
  public static Bits withJustified(Bits bits, long finalizedSlot, long targetSlot, boolean value) {
    int index = trackedIndex(bits, finalizedSlot, targetSlot);
    return index < 0 ? bits : bits.with(index, value);
  }

  /** The slot's bit index, -1 for a finalized slot; a slot past the tracked range is rejected. */
  private static int trackedIndex(Bits bits, long finalizedSlot, long targetSlot) {
    long index = Slot.justifiedIndexAfter(targetSlot, finalizedSlot);
    RejectedException.require(
        index < bits.length(),
        RejectionReason.JUSTIFIED_SLOT_OUT_OF_RANGE,
        "slot "
            + targetSlot
            + " is outside the tracked range (finalized "
            + finalizedSlot
            + ", tracked "
            + bits.length()
            + ")");
    return (int) index;
  }

  /** Extends the bitfield with false bits so that {@code targetSlot} is addressable. */
  public static Bits extendToSlot(Bits bits, long finalizedSlot, long targetSlot) {
    long index = Slot.justifiedIndexAfter(targetSlot, finalizedSlot);
    if (index < 0) {
      return bits;
    }
    long gap = index + 1 - bits.length();
    return gap <= 0 ? bits : bits.extend((int) gap);
  }

  /** Drops the first {@code delta} bits when finalization advances by {@code delta} slots. */
  public static Bits shiftWindow(Bits bits, long delta) {
    if (delta <= 0) {
      return bits;
    }
    return bits.slice((int) Math.min(delta, bits.length()), bits.length());
  }
}
