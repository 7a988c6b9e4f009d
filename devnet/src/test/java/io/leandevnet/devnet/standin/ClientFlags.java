package io.leandevnet.devnet.standin;

import static io.leandevnet.devnet.standin.FlagKind.AGGREGATOR;
import static io.leandevnet.devnet.standin.FlagKind.API_PORT;
import static io.leandevnet.devnet.standin.FlagKind.ATTACHED_TEXT;
import static io.leandevnet.devnet.standin.FlagKind.BIND_ADDRESS;
import static io.leandevnet.devnet.standin.FlagKind.BOOLEAN;
import static io.leandevnet.devnet.standin.FlagKind.COMMITTEE_COUNT;
import static io.leandevnet.devnet.standin.FlagKind.DATA_DIR;
import static io.leandevnet.devnet.standin.FlagKind.DISCOVERY_PORT;
import static io.leandevnet.devnet.standin.FlagKind.GENESIS_CONFIG;
import static io.leandevnet.devnet.standin.FlagKind.GENESIS_DIR;
import static io.leandevnet.devnet.standin.FlagKind.GENESIS_DIR_OR_BOOTNODE;
import static io.leandevnet.devnet.standin.FlagKind.GENESIS_FILE;
import static io.leandevnet.devnet.standin.FlagKind.GENESIS_FILE_OR_DIR;
import static io.leandevnet.devnet.standin.FlagKind.GENESIS_SUBDIR;
import static io.leandevnet.devnet.standin.FlagKind.METRICS_PORT;
import static io.leandevnet.devnet.standin.FlagKind.NODE_ID;
import static io.leandevnet.devnet.standin.FlagKind.NODE_KEY;
import static io.leandevnet.devnet.standin.FlagKind.NUMBER;
import static io.leandevnet.devnet.standin.FlagKind.PEAM_CONFIG;
import static io.leandevnet.devnet.standin.FlagKind.QUIC_MULTIADDR;
import static io.leandevnet.devnet.standin.FlagKind.QUIC_PORT;
import static io.leandevnet.devnet.standin.FlagKind.SUBNET_IDS;
import static io.leandevnet.devnet.standin.FlagKind.SWITCH;
import static io.leandevnet.devnet.standin.FlagKind.TEXT;
import static io.leandevnet.devnet.standin.FlagKind.URL;

import io.leandevnet.devnet.config.DevnetProfile;
import io.leandevnet.devnet.config.LeanClient;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Test data: the flags each Lean client's own argument parser accepts, per devnet profile, and
 * where its binary sits in its image. A stand-in (see {@link StandinCheck}) rejects any other flag.
 *
 * <p>Sources, as recorded in ../shared/research: the parsers read in clients.md §7 (ethlambda
 * {@code bin/ethlambda/src/cli.rs} @13bf5e2; ream {@code lean_node} @5f3051c; zeam {@code
 * node} @0009ea9; gean {@code cmd/gean/flags.go} @c7b1d51; qlean-mini {@code
 * src/app/configurator.cpp}
 *
 * @a819154; lantern @440e347 / devnet-4 @8341834; lean grandine bomanaps/lean devnet-4 @ce791bb;
 *     nlean {@code src/Lean.Client/CliOptions.cs} @16aa1a4; peam {@code src/main.rs} @f11c8d1), the
 *     command lines of clients.md §1.4, the common tail of §1.4, the devnet5 changes of devnet5.md
 *     §2.3, §4.3 and §5, and the image paths of clients.md §1.6. Where a source is missing it says
 *     so: the lean lighthouse parser is not public (clients.md §7), so its list is what
 *     lean-quickstart passes minus what ethereum-package's launcher says the image lacks ({@code
 *     --api-port}, {@code --is-aggregator}); nlean's and peam's image paths are not published, so
 *     their binaries sit at lean-quickstart's binary-mode names.
 * @param client the client
 * @param profile the devnet profile the lists are for
 * @param binary the binary's absolute path inside the client's image (the stand-in's entrypoint)
 * @param global flags accepted before the subcommand (all flags when there is no subcommand)
 * @param subcommand the words that select the node subcommand, in order; empty when there is none
 * @param flags flags accepted after the subcommand
 * @param lastWins whether a repeated flag replaces the earlier one (Go's flag package) instead of
 *     failing the parse (clap, zig-cli, boost program_options, System.CommandLine)
 * @param untold where the client takes a port no flag gives it, by role: the rule and the source
 * @param untoldDataDir when no flag gives the client a data directory: the rule and the source
 * @param source where the lists come from, named in violation lines
 */
record ClientFlags(
    LeanClient client,
    DevnetProfile profile,
    String binary,
    Map<String, Flag> global,
    List<String> subcommand,
    Map<String, Flag> flags,
    boolean lastWins,
    Map<PortRole, String> untold,
    Optional<String> untoldDataDir,
    String source) {

  ClientFlags {
    Objects.requireNonNull(client, "client");
    Objects.requireNonNull(profile, "profile");
    global = Map.copyOf(global);
    subcommand = List.copyOf(subcommand);
    flags = Map.copyOf(flags);
    untold = Map.copyOf(untold);
    Objects.requireNonNull(untoldDataDir, "untoldDataDir");
  }

  /** The flag named {@code name} after the subcommand (or anywhere when there is none). */
  Optional<Flag> flag(String name) {
    return lookup(flags, name);
  }

  /** The flag named {@code name} before the subcommand. */
  Optional<Flag> globalFlag(String name) {
    return lookup(global, name);
  }

  private static Optional<Flag> lookup(Map<String, Flag> table, String arg) {
    Flag exact = table.get(arg);
    if (exact != null) {
      return Optional.of(exact);
    }
    return table.values().stream()
        .filter(f -> f.kind() == ATTACHED_TEXT && arg.startsWith(f.name()) && arg.length() > 2)
        .findFirst();
  }

  /** The table of {@code client} for {@code profile}. */
  static ClientFlags of(LeanClient client, DevnetProfile profile) {
    boolean five = profile == DevnetProfile.DEVNET5;
    return switch (client) {
      case ETHLAMBDA ->
          new Table(client, profile, "/usr/local/bin/ethlambda", "ethlambda cli.rs @13bf5e2")
              .flags(
                  f("--genesis", GENESIS_CONFIG),
                  f("--validators", GENESIS_FILE),
                  f("--bootnodes", GENESIS_FILE),
                  f("--validator-config", GENESIS_FILE),
                  f("--hash-sig-keys-dir", GENESIS_SUBDIR),
                  f("--data-dir", DATA_DIR),
                  f("--gossipsub-port", QUIC_PORT),
                  f("--discovery.port", DISCOVERY_PORT),
                  f("--discovery.advertise-ip", TEXT),
                  f("--node-id", NODE_ID),
                  f("--node-key", NODE_KEY),
                  f("--http-address", BIND_ADDRESS),
                  f("--api-port", API_PORT),
                  f("--metrics-port", METRICS_PORT),
                  f("--checkpoint-sync-url", URL),
                  f("--is-aggregator", AGGREGATOR),
                  f("--aggregate-subnet-ids", SUBNET_IDS),
                  f("--attestation-committee-count", COMMITTEE_COUNT),
                  f("--enable-proposer-aggregation", SWITCH),
                  f("--max-attestations-per-block", NUMBER),
                  f("--disable-duty-sync-gate", SWITCH))
              .flagsIf(five, f("--discovery.target-peers", NUMBER))
              .build();
      case REAM ->
          new Table(client, profile, "/usr/local/bin/ream", "ream lean_node @5f3051c")
              .global(
                  f("--data-dir", DATA_DIR),
                  f("--verbosity", NUMBER),
                  f("--ephemeral", SWITCH),
                  f("--purge-db", SWITCH))
              .subcommand("lean_node")
              .flags(
                  f("--network", GENESIS_CONFIG),
                  f("--validator-registry-path", GENESIS_FILE),
                  f("--bootnodes", GENESIS_FILE),
                  f("--node-id", NODE_ID),
                  f("--node-key", NODE_KEY),
                  f("--private-key-path", NODE_KEY),
                  f("--socket-port", QUIC_PORT),
                  f("--metrics", SWITCH),
                  f("--metrics-address", BIND_ADDRESS),
                  f("--metrics-port", METRICS_PORT),
                  f("--http-address", BIND_ADDRESS),
                  f("--http-port", API_PORT),
                  f("--checkpoint-sync-url", URL),
                  f("--is-aggregator", AGGREGATOR),
                  f("--aggregate-subnet-ids", SUBNET_IDS),
                  f("--attestation-committee-count", COMMITTEE_COUNT))
              .build();
      case ZEAM ->
          new Table(
                  client,
                  profile,
                  "/app/zig-out/bin/zeam",
                  five ? "zeam node @6495beb6 (devnet5 v0.5.12)" : "zeam node @0009ea9")
              .global(
                  f("--console_log_level", TEXT),
                  f("--log_file_active_level", TEXT),
                  f("--log_filename", TEXT))
              .subcommand("node")
              .flags(
                  f("--custom-genesis", GENESIS_DIR),
                  f("--validator-config", GENESIS_DIR_OR_BOOTNODE),
                  f("--data-dir", DATA_DIR),
                  f("--node-id", NODE_ID),
                  f("--node-key", NODE_KEY),
                  f("--metrics-enable", SWITCH),
                  f("--api-port", API_PORT),
                  f("--metrics-port", METRICS_PORT),
                  f("--db-backend", TEXT),
                  f("--chain-worker", SWITCH),
                  f("--checkpoint-sync-url", URL),
                  f("--is-aggregator", AGGREGATOR),
                  f("--aggregate-subnet-ids", SUBNET_IDS),
                  f("--attestation-committee-count", COMMITTEE_COUNT),
                  f("--shadow-xmss-merge-rate", TEXT),
                  f("--type1-aggregation-deadline-pct", NUMBER),
                  f("--max-aggregations-per-tick", NUMBER))
              .flagsIf(!five, f("--proposal-deadline-pct", NUMBER))
              .flagsIf(five, f("--rayon-threads", NUMBER))
              .untold(
                  PortRole.QUIC,
                  "zeam reads its QUIC port from validator-config.yaml by node id (clients.md §1.4)")
              .build();
      case QLEAN ->
          new Table(client, profile, "/opt/qlean/bin/qlean", "qlean-mini configurator.cpp @a819154")
              .flags(
                  f("--genesis-dir", GENESIS_DIR),
                  f("--data-dir", DATA_DIR),
                  f("--node-id", NODE_ID),
                  f("--node-key", NODE_KEY),
                  f("--listen-addr", QUIC_MULTIADDR),
                  f("--metrics-host", BIND_ADDRESS),
                  f("--metrics-port", METRICS_PORT),
                  f("--api-host", BIND_ADDRESS),
                  f("--api-port", API_PORT),
                  f("--checkpoint-sync-url", URL),
                  f("--is-aggregator", AGGREGATOR),
                  f("--attestation-committee-count", COMMITTEE_COUNT),
                  f("-l", ATTACHED_TEXT))
              .build();
      case LANTERN ->
          new Table(
                  client,
                  profile,
                  "/opt/lantern/bin/lantern",
                  five ? "lantern main @440e347 (devnet-5)" : "lantern devnet-4 @8341834")
              .flags(
                  f("--data-dir", DATA_DIR),
                  f("--genesis-config", GENESIS_CONFIG),
                  f("--validator-registry-path", GENESIS_FILE),
                  f("--validator-keys-path", GENESIS_FILE),
                  f("--genesis-state", GENESIS_FILE),
                  f("--validator-config", GENESIS_FILE_OR_DIR),
                  f("--devnet", TEXT),
                  f("--nodes-path", GENESIS_FILE),
                  f("--node-id", NODE_ID),
                  f("--node-key-path", NODE_KEY),
                  f("--listen-address", QUIC_MULTIADDR),
                  f("--metrics-port", METRICS_PORT),
                  f("--http-port", API_PORT),
                  f("--log-level", TEXT),
                  f("--hash-sig-key-dir", GENESIS_SUBDIR),
                  f("--checkpoint-sync-url", URL),
                  f("--is-aggregator", AGGREGATOR),
                  f("--aggregate-subnet-ids", SUBNET_IDS),
                  f("--attestation-committee-count", COMMITTEE_COUNT))
              .build();
      case GEAN ->
          new Table(client, profile, "/usr/local/bin/gean", "gean cmd/gean/flags.go @c7b1d51")
              .flags(
                  f("--custom-network-config-dir", GENESIS_DIR),
                  f("--gossipsub-port", QUIC_PORT),
                  f("--node-id", NODE_ID),
                  f("--node-key", NODE_KEY),
                  f("--http-address", BIND_ADDRESS),
                  f("--api-port", API_PORT),
                  f("--metrics-port", METRICS_PORT),
                  f("--data-dir", DATA_DIR),
                  f("--checkpoint-sync-url", URL),
                  f("--is-aggregator", AGGREGATOR),
                  f("--aggregate-subnet-ids", SUBNET_IDS),
                  f("--attestation-committee-count", COMMITTEE_COUNT))
              .flagsIf(
                  five,
                  f("--prover-arena", TEXT),
                  f("--shadow-xmss-aggregate-signatures-rate", TEXT),
                  f("--shadow-xmss-verify-signature-rate", TEXT),
                  f("--shadow-xmss-verify-aggregated-signatures-rate", TEXT))
              .lastWins()
              .build();
      case LEAN_GRANDINE ->
          new Table(
                  client,
                  profile,
                  "/usr/local/bin/lean_client",
                  five ? "bomanaps/lean devnet5 @ace4086" : "bomanaps/lean devnet-4 @ce791bb")
              .flags(
                  f("--genesis", GENESIS_CONFIG),
                  f("--validator-registry-path", GENESIS_FILE),
                  f("--bootnodes", GENESIS_FILE),
                  f("--node-id", NODE_ID),
                  f("--node-key", NODE_KEY),
                  f("--port", QUIC_PORT),
                  f("--address", BIND_ADDRESS),
                  f("--http-address", BIND_ADDRESS),
                  f("--http-port", API_PORT),
                  f("--metrics", SWITCH),
                  f("--metrics-address", BIND_ADDRESS),
                  f("--metrics-port", METRICS_PORT),
                  f("--hash-sig-key-dir", GENESIS_SUBDIR),
                  f("--checkpoint-sync-url", URL),
                  f("--is-aggregator", AGGREGATOR),
                  f("--aggregate-subnet-ids", SUBNET_IDS),
                  f("--attestation-committee-count", COMMITTEE_COUNT))
              .untoldDataDir(
                  "lean_grandine takes no data directory: it keeps its chain in memory (no such"
                      + " flag in bomanaps/lean main.rs Args), and its spec mounts no /data")
              .build();
      case LEAN_LIGHTHOUSE ->
          new Table(
                  client,
                  profile,
                  "/usr/local/bin/lighthouse",
                  "lean-quickstart lighthouse-cmd.sh and ethereum-package lighthouse_launcher.star"
                      + " (parser not public)")
              .global(f("--debug-level", TEXT))
              .subcommand("lean_node")
              .flags(
                  f("--datadir", DATA_DIR),
                  f("--config", GENESIS_CONFIG),
                  f("--validators", GENESIS_FILE),
                  f("--nodes", GENESIS_FILE),
                  f("--node-id", NODE_ID),
                  f("--private-key", NODE_KEY),
                  f("--genesis-json", GENESIS_FILE),
                  f("--socket-port", QUIC_PORT),
                  f("--metrics", SWITCH),
                  f("--metrics-address", BIND_ADDRESS),
                  f("--metrics-port", METRICS_PORT),
                  f("--checkpoint-sync-url", URL))
              .untold(
                  PortRole.API,
                  "lean_lighthouse has no --api-port (ethereum-package lighthouse_launcher.star);"
                      + " its API port is unknown, the stand-in serves validator-config.yaml's"
                      + " apiPort")
              .build();
      case NLEAN ->
          new Table(client, profile, "/app/Lean.Client", "nlean CliOptions.cs @16aa1a4")
              .flags(
                  f("--custom-network-config-dir", GENESIS_DIR),
                  f("--node", NODE_ID),
                  f("--data-dir", DATA_DIR),
                  f("--node-key", NODE_KEY),
                  f("--socket-port", QUIC_PORT),
                  f("--metrics", BOOLEAN),
                  f("--metrics-port", METRICS_PORT),
                  f("--metrics-address", BIND_ADDRESS),
                  f("--api-port", API_PORT),
                  f("--log", TEXT),
                  f("--checkpoint-sync-url", URL),
                  f("--is-aggregator", AGGREGATOR),
                  f("--aggregate-subnet-ids", SUBNET_IDS),
                  f("--attestation-committee-count", COMMITTEE_COUNT))
              .build();
      case PEAM ->
          new Table(client, profile, "/usr/local/bin/peam", "peam src/main.rs @f11c8d1")
              .flags(
                  f("--run", SWITCH),
                  f("--config", PEAM_CONFIG),
                  f("--data-dir", DATA_DIR),
                  f("--node-id", NODE_ID),
                  f("--validator-keys", GENESIS_SUBDIR),
                  f("--api-port", API_PORT),
                  f("--checkpoint-sync-url", URL),
                  f("--is-aggregator", AGGREGATOR))
              .build();
      case BUILTIN ->
          throw new IllegalArgumentException("the built-in node needs no stand-in: it is itself");
    };
  }

  private static Flag f(String name, FlagKind kind) {
    return new Flag(name, kind);
  }

  /** Collects one client's table. */
  private static final class Table {
    private final LeanClient client;
    private final DevnetProfile profile;
    private final String binary;
    private final String source;
    private final Map<String, Flag> global = new LinkedHashMap<>();
    private final List<String> subcommand = new ArrayList<>();
    private final Map<String, Flag> flags = new LinkedHashMap<>();
    private final Map<PortRole, String> untold = new LinkedHashMap<>();
    private boolean lastWins;
    private String untoldDataDir;

    Table(LeanClient client, DevnetProfile profile, String binary, String source) {
      this.client = client;
      this.profile = profile;
      this.binary = binary;
      this.source = source;
    }

    Table global(Flag... fs) {
      for (Flag f : fs) {
        global.put(f.name(), f);
      }
      return this;
    }

    Table subcommand(String... words) {
      subcommand.addAll(List.of(words));
      return this;
    }

    Table flags(Flag... fs) {
      for (Flag f : fs) {
        flags.put(f.name(), f);
      }
      return this;
    }

    Table flagsIf(boolean on, Flag... fs) {
      return on ? flags(fs) : this;
    }

    Table untold(PortRole role, String rule) {
      untold.put(role, rule);
      return this;
    }

    Table untoldDataDir(String rule) {
      untoldDataDir = rule;
      return this;
    }

    Table lastWins() {
      lastWins = true;
      return this;
    }

    ClientFlags build() {
      return new ClientFlags(
          client,
          profile,
          binary,
          global,
          subcommand,
          flags,
          lastWins,
          untold,
          Optional.ofNullable(untoldDataDir),
          source);
    }
  }
}
