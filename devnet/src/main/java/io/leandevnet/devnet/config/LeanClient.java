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
  ETHLAMBDA("ethlambda", true, true),
  REAM("ream", false, true),
  ZEAM("zeam", false, true),
  QLEAN("qlean", false, true),
  LANTERN("lantern", false, true),
  GEAN("gean", false, true),
  LEAN_GRANDINE("lean_grandine", false, true),
  LEAN_LIGHTHOUSE("lean_lighthouse", false, true),
  NLEAN("nlean", false, true),
  PEAM("peam", false, true),
  BUILTIN("builtin", false, false);

  private final String key;
  private final boolean speaksEngineApi;
  private final boolean speaksLibp2pQuic;

  LeanClient(String key, boolean speaksEngineApi, boolean speaksLibp2pQuic) {
    this.key = key;
    this.speaksEngineApi = speaksEngineApi;
    this.speaksLibp2pQuic = speaksLibp2pQuic;
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

  /**
   * Whether the client's p2p port speaks libp2p over QUIC, that is UDP (every real Lean client:
   * research/clients.md "QUIC/UDP only"), or, for {@link #BUILTIN} only, lean-devnet's own framing
   * over plain TCP ({@code io.leandevnet.node.net.Transport} listens on a {@code ServerSocket}).
   * The port is the one the ENR's {@code quic} field carries either way; two nodes peer only when
   * both speak the same.
   */
  public boolean speaksLibp2pQuic() {
    return speaksLibp2pQuic;
  }

  public static Optional<LeanClient> byKey(String key) {
    return Keyed.byKey(values(), key);
  }

  public static List<String> keys() {
    return Keyed.keys(values());
  }
}
