package io.leandevnet.devnet.backend;

import io.leandevnet.devnet.genesis.GenesisBundle;
import io.leandevnet.devnet.plan.Addresses;
import io.leandevnet.devnet.plan.DevnetPlan;
import io.leandevnet.devnet.registry.DevnetRecord;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/**
 * Where a devnet runs. A backend knows nothing about clients: it places services ({@link
 * #addresses}), starts them ({@link #deploy}) and tears them down ({@link #destroy}).
 */
public interface Backend {

  /** {@code embedded}, {@code docker}, … as given to {@code --backend}. */
  String name();

  /**
   * What in {@code plan} this backend cannot run, one line per problem naming the node and what to
   * do instead; empty when it can run all of it.
   */
  List<String> unsupported(DevnetPlan plan);

  /**
   * Checks that the machine can host {@code plan} at {@code addresses} (ports free, engine
   * reachable), before anything is written.
   *
   * @return problems, one line each; empty when ready
   */
  List<String> preflight(DevnetPlan plan, Addresses addresses);

  /** Where every service will live, decided before genesis because the ENRs carry it. */
  Addresses addresses(DevnetPlan plan);

  /**
   * Starts every service of {@code plan} on the written {@code bundle}. {@code devnetDir} holds the
   * devnet's data and logs. On failure nothing it started is left running.
   */
  Deployment deploy(
      DevnetPlan plan,
      Addresses addresses,
      GenesisBundle bundle,
      Path devnetDir,
      PrintStream progress)
      throws IOException;

  /** Stops a recorded devnet from another process (for {@code down}). */
  void destroy(DevnetRecord record, PrintStream progress) throws IOException;
}
