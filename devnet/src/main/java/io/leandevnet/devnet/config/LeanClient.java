package io.leandevnet.devnet.config;

import java.util.List;
import java.util.Optional;

/**
 * The Lean consensus clients an args file may name in {@code cl_type}, with the image each one runs
 * when {@code cl_image} is not given.
 *
 * <p>Default images are the devnet4 tags that lean-quickstart and lambdaclass/ethereum-package pin
 * (research/clients.md §1.4, §4.1). {@link #BUILTIN} is lean-devnet's own Java node: it runs inside
 * the JVM on the embedded backend and as {@code lean-devnet/builtin:<version>} on Docker.
 */
public enum LeanClient implements Keyed {
  ETHLAMBDA("ethlambda", "ghcr.io/lambdaclass/ethlambda:devnet4", true),
  REAM("ream", "ghcr.io/reamlabs/ream:latest-devnet4", false),
  ZEAM("zeam", "blockblaz/zeam:devnet4", false),
  QLEAN("qlean", "qdrvm/qlean-mini:devnet-4-amd64", false),
  LANTERN("lantern", "piertwo/lantern:v0.0.4", false),
  GEAN("gean", "ghcr.io/geanlabs/gean:devnet4", false),
  LEAN_GRANDINE("lean_grandine", "sifrai/lean:devnet-4", false),
  LEAN_LIGHTHOUSE("lean_lighthouse", "hopinheimer/lighthouse:latest", false),
  NLEAN("nlean", "ghcr.io/nleaneth/nlean:devnet4", false),
  PEAM("peam", "ghcr.io/malik672/peam:devnet4", false),
  BUILTIN("builtin", "lean-devnet/builtin:" + ProjectVersion.current(), false);

  private final String key;
  private final String defaultImage;
  private final boolean speaksEngineApi;

  LeanClient(String key, String defaultImage, boolean speaksEngineApi) {
    this.key = key;
    this.defaultImage = defaultImage;
    this.speaksEngineApi = speaksEngineApi;
  }

  /** The name used in args files, node names and service names, e.g. {@code lean_grandine}. */
  @Override
  public String key() {
    return key;
  }

  /** The image used when the participant sets no {@code cl_image}. */
  public String defaultImage() {
    return defaultImage;
  }

  /** Whether the client can drive an execution client over the Engine API (ethlambda only). */
  public boolean speaksEngineApi() {
    return speaksEngineApi;
  }

  public static Optional<LeanClient> byKey(String key) {
    return Keyed.byKey(values(), key);
  }

  public static List<String> keys() {
    return Keyed.keys(values());
  }
}
