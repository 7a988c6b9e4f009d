package io.leandevnet.consensus.containers;

import io.leandevnet.ssz.Bytes32;
import io.leandevnet.ssz.ContainerType;
import io.leandevnet.ssz.ContainerType.Field;
import io.leandevnet.ssz.Ssz;

/** The state's chain configuration ({@code containers/config.py}): only the genesis time. */
public record Config(long genesisTime) {
  public static final ContainerType<Config> SSZ =
      ContainerType.of(
          "Config",
          v -> new Config(v.get(0)),
          Field.of("genesis_time", Ssz.UINT64, Config::genesisTime));

  public Bytes32 hashTreeRoot() {
    return SSZ.hashTreeRoot(this);
  }
}
