package io.leandevnet.devnet.clients.lean;

import io.leandevnet.devnet.clients.LaunchContext;
import io.leandevnet.devnet.clients.ServiceSpec;
import io.leandevnet.devnet.config.LeanClient;
import io.leandevnet.devnet.plan.LeanNode;
import java.util.Arrays;
import java.util.List;

/** The registry of Lean launchers: one per {@link LeanClient}, checked by the compiler. */
public final class LeanLaunchers {

  private LeanLaunchers() {}

  /** The launcher of {@code client}. */
  public static LeanLauncher of(LeanClient client) {
    return switch (client) {
      case ETHLAMBDA -> new Ethlambda();
      case REAM -> new Ream();
      case ZEAM -> new Zeam();
      case QLEAN -> new Qlean();
      case LANTERN -> new Lantern();
      case GEAN -> new Gean();
      case LEAN_GRANDINE -> new LeanGrandine();
      case LEAN_LIGHTHOUSE -> new LeanLighthouse();
      case NLEAN -> new Nlean();
      case PEAM -> new Peam();
      case BUILTIN -> new Builtin();
    };
  }

  /** Every launcher, in {@link LeanClient} order. */
  public static List<LeanLauncher> all() {
    return Arrays.stream(LeanClient.values()).map(LeanLaunchers::of).toList();
  }

  /** The spec of {@code node}, by its client's launcher. */
  public static ServiceSpec spec(LeanNode node, LaunchContext context) {
    return of(node.client()).spec(node, context);
  }
}
