package io.leandevnet.consensus.containers;

import io.leandevnet.ssz.Bytes32;
import io.leandevnet.ssz.ContainerType;
import io.leandevnet.ssz.ContainerType.Field;

/** The req/resp status handshake: 80 bytes. */
public record Status(Checkpoint finalized, Checkpoint head) {
  public static final ContainerType<Status> SSZ =
      ContainerType.of(
          "Status",
          v -> new Status(v.get(0), v.get(1)),
          Field.of("finalized", Checkpoint.SSZ, Status::finalized),
          Field.of("head", Checkpoint.SSZ, Status::head));

  public Bytes32 hashTreeRoot() {
    return SSZ.hashTreeRoot(this);
  }
}
