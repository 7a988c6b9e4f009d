package io.leandevnet.consensus.containers;

import io.leandevnet.ssz.Bytes32;
import io.leandevnet.ssz.ContainerType;
import io.leandevnet.ssz.ContainerType.Field;
import io.leandevnet.ssz.ListType;
import io.leandevnet.ssz.Ssz;
import java.util.List;

/** A request for blocks by root, at most {@link #MAX_REQUEST_BLOCKS}. */
public record BlocksByRootRequest(List<Bytes32> roots) {
  public static final int MAX_REQUEST_BLOCKS = 1024;
  public static final ListType<Bytes32> ROOTS = Ssz.list(Ssz.BYTES32, MAX_REQUEST_BLOCKS);

  public static final ContainerType<BlocksByRootRequest> SSZ =
      ContainerType.of(
          "BlocksByRootRequest",
          v -> new BlocksByRootRequest(v.get(0)),
          Field.of("roots", ROOTS, BlocksByRootRequest::roots));

  public BlocksByRootRequest {
    roots = List.copyOf(roots);
  }

  public Bytes32 hashTreeRoot() {
    return SSZ.hashTreeRoot(this);
  }
}
