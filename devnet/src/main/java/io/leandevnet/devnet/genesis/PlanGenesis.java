package io.leandevnet.devnet.genesis;

import io.leandevnet.devnet.config.NetworkParams;
import io.leandevnet.devnet.plan.Addresses;
import io.leandevnet.devnet.plan.DevnetPlan;
import io.leandevnet.devnet.plan.Endpoint;
import io.leandevnet.devnet.plan.LeanNode;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The args-file path into genesis: turns a {@link DevnetPlan} and the backend's {@link Addresses}
 * into the {@link ValidatorConfig} lean-quickstart would have been given, so both paths share one
 * bundle writer. Each node's ENR carries the address other services use ({@link Addresses#of}).
 */
public final class PlanGenesis {

  private PlanGenesis() {}

  /**
   * The validator config of {@code plan}: one row per Lean node in plan order, its node key taken
   * from {@code bundleDir/<node>.key} when a previous run wrote one (so ENRs and peer ids stay the
   * same) and drawn from {@code random} otherwise.
   *
   * @param deploymentMode written as {@code deployment_mode} ({@code local}, {@code docker}, ...)
   * @throws IllegalStateException if the round-robin deal of the config would not give every node
   *     the validator indices the plan gave it
   */
  public static ValidatorConfig validatorConfig(
      DevnetPlan plan,
      Addresses addresses,
      String deploymentMode,
      Path bundleDir,
      SecureRandom random) {
    NetworkParams network = plan.network();
    List<ValidatorEntry> rows = new ArrayList<>();
    for (LeanNode node : plan.leanNodes()) {
      Endpoint at = addresses.of(node);
      rows.add(
          new ValidatorEntry(
              node.name(),
              NodeKeyFile.existingOrNew(bundleDir, node.name(), random).toHex(),
              EnrFields.of(at.ip(), at.port(LeanNode.QUIC)),
              at.port(LeanNode.METRICS),
              at.port(LeanNode.API),
              null,
              node.aggregator(),
              node.validatorIndices().size(),
              null,
              null));
    }
    ValidatorConfig config =
        new ValidatorConfig(
            ValidatorConfig.Shuffle.ROUNDROBIN,
            deploymentMode,
            new ValidatorConfig.ChainSettings(
                network.logNumActiveEpochs(), "hash-sig", network.attestationCommitteeCount()),
            rows);
    return config;
  }

  /** {@code genesis_time} when set, else {@code now + genesis_delay}. */
  public static long genesisTime(NetworkParams network, Instant now) {
    return network.genesisTime() > 0
        ? network.genesisTime()
        : now.getEpochSecond() + network.genesisDelay();
  }
}
