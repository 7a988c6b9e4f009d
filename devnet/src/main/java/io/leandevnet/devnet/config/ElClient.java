package io.leandevnet.devnet.config;

import java.util.List;
import java.util.Optional;

/**
 * The execution clients an args file may name in {@code el_type} (besides {@code none}), with
 * ethereum-package's default images (research/ecosystem.md A2, {@code DEFAULT_EL_IMAGES}).
 */
public enum ElClient implements Keyed {
  GETH("geth", "ethereum/client-go:latest"),
  ETHREX("ethrex", "ethpandaops/ethrex:main"),
  NETHERMIND("nethermind", "ethpandaops/nethermind:master"),
  ERIGON("erigon", "erigontech/erigon:latest"),
  BESU("besu", "ethpandaops/besu:main"),
  NIMBUS("nimbus", "statusim/nimbus-eth1:master"),
  RETH("reth", "ethpandaops/reth:main");

  /** The {@code el_type} value for a Lean node without an execution client. */
  public static final String NONE = "none";

  private final String key;
  private final String defaultImage;

  ElClient(String key, String defaultImage) {
    this.key = key;
    this.defaultImage = defaultImage;
  }

  @Override
  public String key() {
    return key;
  }

  public String defaultImage() {
    return defaultImage;
  }

  public static Optional<ElClient> byKey(String key) {
    return Keyed.byKey(values(), key);
  }

  public static List<String> keys() {
    return Keyed.keys(values());
  }
}
