package io.leandevnet.devnet.config;

import java.util.List;
import java.util.Optional;

/**
 * The Lean consensus clients an args file may name in {@code cl_type}.
 *
 * <p>What each one needs to run (default images per devnet profile, flags, files, ports, quirks)
 * lives in its launcher, {@code io.leandevnet.devnet.clients.lean.LeanLaunchers#of}. {@link
 * #BUILTIN} is lean-devnet's own Java node: it runs inside the JVM on the embedded backend and as
 * {@code lean-devnet/builtin:<version>} on Docker.
 */
public enum LeanClient implements Keyed {
  ETHLAMBDA("ethlambda", true),
  REAM("ream", false),
  ZEAM("zeam", false),
  QLEAN("qlean", false),
  LANTERN("lantern", false),
  GEAN("gean", false),
  LEAN_GRANDINE("lean_grandine", false),
  LEAN_LIGHTHOUSE("lean_lighthouse", false),
  NLEAN("nlean", false),
  PEAM("peam", false),
  BUILTIN("builtin", false);

  private final String key;
  private final boolean speaksEngineApi;

  LeanClient(String key, boolean speaksEngineApi) {
    this.key = key;
    this.speaksEngineApi = speaksEngineApi;
  }

  /** The name used in args files, node names and service names, e.g. {@code lean_grandine}. */
  @Override
  public String key() {
    return key;
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
