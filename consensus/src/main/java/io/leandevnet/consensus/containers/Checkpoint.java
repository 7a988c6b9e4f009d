package io.leandevnet.consensus.containers;

import io.leandevnet.ssz.Bytes32;
import io.leandevnet.ssz.ContainerType;
import io.leandevnet.ssz.ContainerType.Field;
import io.leandevnet.ssz.Ssz;

/** A block root at a slot; justification and finalization move checkpoints. */
public record Checkpoint(Bytes32 root, long slot) {
  public static final ContainerType<Checkpoint> SSZ =
      ContainerType.of(
          "Checkpoint",
          v -> new Checkpoint(v.get(0), v.get(1)),
          Field.of("root", Ssz.BYTES32, Checkpoint::root),
          Field.of("slot", Ssz.UINT64, Checkpoint::slot));

  public static final Checkpoint ZERO = new Checkpoint(Bytes32.ZERO, 0);

  public Bytes32 hashTreeRoot() {
    return SSZ.hashTreeRoot(this);
  }

  /** The later of the two, keeping this one on a slot tie ({@code advance_to}). */
  public Checkpoint advanceTo(Checkpoint candidate) {
    return candidate.slot > slot ? candidate : this;
  }

  /** This checkpoint with another root. */
  public Checkpoint withRoot(Bytes32 newRoot) {
    return new Checkpoint(newRoot, slot);
  }
}
