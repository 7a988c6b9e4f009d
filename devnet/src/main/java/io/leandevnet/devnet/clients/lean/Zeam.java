package io.leandevnet.devnet.clients.lean;

import io.leandevnet.devnet.clients.HostArch;
import io.leandevnet.devnet.clients.LaunchContext;
import io.leandevnet.devnet.clients.SecurityOption;
import io.leandevnet.devnet.clients.ServiceSpec;
import io.leandevnet.devnet.config.DevnetProfile;
import io.leandevnet.devnet.config.LeanClient;
import io.leandevnet.devnet.plan.LeanNode;

/**
 * zeam (blockblaz, Zig). Images {@code blockblaz/zeam:devnet4} / {@code :devnet5}; a scratch image
 * (no shell), ENTRYPOINT {@code /app/zig-out/bin/zeam}.
 *
 * <pre>
 * --console_log_level LEVEL node --custom-genesis /config --validator-config /config
 * --data-dir /data --node-id NODE --node-key /config/NODE.key --metrics-enable
 * --api-port API --metrics-port METRICS --db-backend lmdb
 * --attestation-committee-count N [--is-aggregator [--aggregate-subnet-ids SUBNET]]
 * </pre>
 *
 * <p>Quirks: runs with seccomp unconfined ({@link SecurityOption#SECCOMP_UNCONFINED}), as
 * lean-quickstart runs it. {@code --validator-config} is the genesis directory, not a file (a file
 * path fails with {@code NotDir}). There is no QUIC-port flag: zeam reads {@code enrFields.quic} of
 * its own entry in validator-config.yaml. Top-level flags keep underscores ({@code
 * --console_log_level err|warn|info|debug}) and come before {@code node}. {@code --chain-worker} is
 * never passed (a value-less switch that lean-quickstart passes a value to).
 */
public final class Zeam implements LeanLauncher {

  @Override
  public LeanClient client() {
    return LeanClient.ZEAM;
  }

  @Override
  public String defaultImage(DevnetProfile profile, HostArch arch) {
    return "blockblaz/zeam:" + profile.key();
  }

  @Override
  public ServiceSpec spec(LeanNode node, LaunchContext context) {
    LeanNodeSpec s = LeanNodeSpec.start(this, node, context);
    s.builder().security(SecurityOption.SECCOMP_UNCONFINED);
    String level =
        switch (node.settings().logLevel()) {
          case ERROR -> "err";
          case WARN -> "warn";
          case INFO -> "info";
          case DEBUG, TRACE -> "debug";
        };
    return s.flag("--console_log_level", level)
        .args("node")
        .flag("--custom-genesis", s.genesisDir())
        .flag("--validator-config", s.genesisDir())
        .flag("--data-dir", s.dataDir())
        .flag("--node-id", node.name())
        .flag("--node-key", s.nodeKey())
        .args("--metrics-enable")
        .flag("--api-port", s.apiPort())
        .flag("--metrics-port", s.metricsPort())
        .flag("--db-backend", "lmdb")
        .committeeFlags()
        .finish();
  }
}
