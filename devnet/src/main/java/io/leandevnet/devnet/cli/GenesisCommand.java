package io.leandevnet.devnet.cli;

import io.leandevnet.consensus.containers.State;
import io.leandevnet.consensus.genesis.BundleLayout;
import io.leandevnet.consensus.genesis.Genesis;
import io.leandevnet.consensus.genesis.GenesisConfig;
import io.leandevnet.crypto.xmss.XmssSchemeKind;
import io.leandevnet.devnet.config.ArgsFile;
import io.leandevnet.devnet.genesis.ConsensusGenesisState;
import io.leandevnet.devnet.genesis.GenesisBundle;
import io.leandevnet.devnet.genesis.GenesisBundleWriter;
import io.leandevnet.devnet.genesis.GenesisException;
import io.leandevnet.devnet.genesis.GenesisStateBuilder;
import io.leandevnet.devnet.genesis.KeyCache;
import io.leandevnet.devnet.genesis.PlanGenesis;
import io.leandevnet.devnet.genesis.PregeneratedKeys;
import io.leandevnet.devnet.genesis.ValidatorConfig;
import io.leandevnet.devnet.genesis.ValidatorConfigYaml;
import io.leandevnet.devnet.genesis.XmssKeySource;
import io.leandevnet.devnet.plan.Addresses;
import io.leandevnet.devnet.plan.DevnetPlan;
import io.leandevnet.devnet.registry.DevnetRegistry;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code lean-devnet genesis --validator-config FILE -o DIR}: the lean-quickstart compatibility
 * path. Takes a lean-quickstart validator-config.yaml as it is and writes the genesis bundle its
 * generate-genesis.sh would (nodes.yaml, validators.yaml, config.yaml, annotated_validators.yaml,
 * the node keys, hash-sig-keys/), without Docker.
 */
@Command(
    name = "genesis",
    mixinStandardHelpOptions = true,
    subcommands = GenesisInspectCommand.class,
    description = {
      "Writes a genesis bundle (args file or validator-config.yaml).",
      "",
      "Writes the files lean-quickstart's generate-genesis.sh writes: config.yaml,",
      "validator-config.yaml, validators.yaml, annotated_validators.yaml, nodes.yaml,",
      "<node>.key, hash-sig-keys/, genesis.ssz and genesis.json (in the current devnet4",
      "State layout), and when execution clients are paired jwtsecret and",
      "execution/genesis.json (Prague from block 0, no Osaka) with its block hash in",
      "execution/genesis-hash.txt. With -f the nodes sit on 127.0.0.1 with their own ports (the",
      "embedded layout); with --validator-config the file is taken as it is. XMSS keys come",
      "from the key cache (~/.lean-devnet/keys-cache, generated on first use) or --keys-dir.",
      "The bundle is built next to DIR and renamed into place."
    },
    footer = {
      "",
      "Examples:",
      "  lean-devnet genesis -f examples/quickstart.yaml -o /tmp/quickstart-genesis",
      "  lean-devnet genesis inspect /tmp/quickstart-genesis",
      "  lean-devnet genesis \\",
      "      --validator-config local-devnet/genesis/validator-config.yaml \\",
      "      --keys-dir ~/hash-sig-keys -o /tmp/devnet-genesis",
      "",
      "--keys-dir takes a directory hash-sig-cli wrote (validator-keys-manifest.yaml,",
      "validator_<i>_{attester,proposer}_key_{pk,sk}.ssz) with keys for at least the",
      "devnet's validators and config.activeEpoch; the files needed are copied into",
      "DIR/hash-sig-keys. Running again into a DIR that holds this",
      "devnet's bundle reuses its keys. A DIR holding another devnet's bundle or",
      "other files is refused unless --force, which moves it to DIR.replaced-<time>.",
      "Nothing is deleted but a previous bundle of the same devnet whose key files",
      "all carry over; key files are never overwritten."
    })
public final class GenesisCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = {"-f", "--file"},
      paramLabel = "ARGS",
      description = "An args file: genesis for its devnet in the embedded (127.0.0.1) layout.")
  Path argsFile;

  @Option(
      names = "--xmss-scheme",
      paramLabel = "SCHEME",
      converter = XmssSchemeConverter.class,
      description =
          "XMSS keys to generate: devnet4 or small (default: the args file's xmss_scheme;"
              + " devnet4 with --validator-config).")
  XmssSchemeKind xmssScheme;

  @Option(
      names = "--validator-config",
      paramLabel = "FILE",
      description = "lean-quickstart validator-config.yaml.")
  Path validatorConfig;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "DIR",
      description = "Directory to write the bundle to.")
  Path output;

  @Option(
      names = "--keys-dir",
      paramLabel = "DIR",
      description =
          "Pre-generated hash-sig-cli key directory (default: lean-devnet's key cache,"
              + " generating missing keys).")
  Path keysDir;

  @Option(
      names = "--force-keygen",
      description =
          "Generate fresh XMSS keys instead of reusing this DIR's or the key cache's (old ones are moved aside).")
  boolean forceKeygen;

  @Option(
      names = "--force",
      description = "Replace a DIR holding another devnet's bundle or other files.")
  boolean force;

  @Option(
      names = "--genesis-time",
      paramLabel = "UNIX_SECONDS",
      description = "GENESIS_TIME (default: now + --genesis-delay).")
  Long genesisTime;

  @Option(
      names = "--genesis-delay",
      paramLabel = "SECONDS",
      description =
          "Seconds from now to genesis (default as lean-quickstart: 30 for deployment_mode"
              + " local or absent, 360 otherwise).")
  Long genesisDelay;

  @Option(
      names = {"--execution", "--jwt-secret"},
      description =
          "Also write jwtsecret (32 random bytes, 0x-hex) and execution/genesis.json with its"
              + " block hash for paired execution clients (with -f: when the args file pairs any).")
  boolean execution;

  private final Optional<GenesisStateBuilder> stateBuilder;
  private final Path keysCache;

  /**
   * Keys from the key cache under {@code registry}'s home; genesis.ssz/json from the consensus
   * module.
   */
  public GenesisCommand(DevnetRegistry registry) {
    this(Optional.of(new ConsensusGenesisState()), registry.home().resolve("keys-cache"));
  }

  /** With the given genesis state builder (none: genesis.ssz/genesis.json are left out). */
  public GenesisCommand(Optional<GenesisStateBuilder> stateBuilder, Path keysCache) {
    this.stateBuilder = stateBuilder;
    this.keysCache = keysCache;
  }

  @Override
  public Integer call() {
    if ((validatorConfig == null) == (argsFile == null)) {
      throw UserError.invalidInput(
          "genesis: give either -f ARGS (an args file) or --validator-config FILE"
              + " (a lean-quickstart validator-config.yaml); see `lean-devnet genesis --help`");
    }
    if (output == null) {
      throw UserError.invalidInput("genesis: give -o DIR, the directory to write the bundle to");
    }
    PrintWriter out = spec.commandLine().getOut();
    SecureRandom random = new SecureRandom();
    ValidatorConfig config;
    String text;
    long time;
    XmssSchemeKind scheme;
    boolean paired = execution;
    if (argsFile != null) {
      ArgsFileOption args = ArgsFileOption.of(argsFile);
      ArgsFile.Valid valid = args.load();
      valid.warnings().forEach(w -> out.println(args.format(w)));
      DevnetPlan plan = DevnetPlan.of(valid.spec());
      paired |= !plan.elNodes().isEmpty();
      Addresses addresses;
      try {
        addresses = Addresses.local(plan);
      } catch (IllegalArgumentException e) {
        throw UserError.invalidInput(argsFile + ": " + e.getMessage());
      }
      config = PlanGenesis.validatorConfig(plan, addresses, "local", output, random);
      text = ValidatorConfigYaml.write(config);
      time =
          genesisTime != null
              ? genesisTime
              : genesisDelay != null
                  ? Instant.now().getEpochSecond() + genesisDelay
                  : PlanGenesis.genesisTime(plan.network(), Instant.now());
      scheme = xmssScheme != null ? xmssScheme : plan.network().xmssScheme();
    } else {
      try {
        config = ValidatorConfigYaml.read(validatorConfig);
        text = Files.readString(validatorConfig);
      } catch (GenesisException e) {
        throw new UserError(e.getMessage(), UserError.INVALID_INPUT, e);
      } catch (IOException e) {
        throw new UserError(
            validatorConfig + ": cannot read: " + e.getMessage(), UserError.INVALID_INPUT, e);
      }
      time =
          genesisTime != null
              ? genesisTime
              : Instant.now().getEpochSecond()
                  + (genesisDelay != null ? genesisDelay : defaultDelay(config));
      scheme = xmssScheme != null ? xmssScheme : XmssSchemeKind.DEVNET4;
    }
    XmssKeySource keys;
    if (keysDir != null) {
      keys = new PregeneratedKeys(keysDir);
    } else {
      try {
        keys =
            new KeyCache(
                keysCache,
                scheme,
                line -> {
                  out.println(line);
                  out.flush();
                },
                forceKeygen);
      } catch (IllegalArgumentException e) {
        throw UserError.invalidInput("--xmss-scheme: " + e.getMessage());
      }
    }
    GenesisBundle bundle;
    try {
      bundle =
          new GenesisBundleWriter(keys, stateBuilder, random, Clock.systemUTC())
              .write(
                  new GenesisBundleWriter.Request(config, text, time, paired, force, forceKeygen),
                  output);
    } catch (GenesisException e) {
      throw new UserError(e.getMessage(), UserError.FAILED, e);
    }
    report(bundle, config, out);
    return 0;
  }

  private static long defaultDelay(ValidatorConfig config) {
    String mode = config.deploymentMode();
    return mode == null || mode.equals("local") ? 30 : 360;
  }

  private static void report(GenesisBundle b, ValidatorConfig config, PrintWriter out) {
    out.printf("Genesis bundle written to %s%n", b.dir());
    out.printf(
        "GENESIS_TIME %d (%s), %d validators, %d nodes, ACTIVE_EPOCH %d%n%n",
        b.genesisTime(),
        Instant.ofEpochSecond(b.genesisTime()),
        b.validatorCount(),
        b.nodes().size(),
        config.config().logNumActiveEpochs());
    TextTable nodes = TextTable.of("NODE", "VALIDATORS", "QUIC", "PEER ID");
    for (GenesisBundle.Node n : b.nodes()) {
      nodes.row(
          n.name(),
          n.validators().isEmpty()
              ? "-"
              : n.validators().stream().map(String::valueOf).collect(Collectors.joining(",")),
          n.quicAddress(),
          n.peerId());
    }
    out.print(nodes.render());
    if (b.keysReused()) {
      out.println("hash-sig-keys/ reused from the previous bundle of this devnet");
    }
    if (b.stateWritten()) {
      State state = GenesisConfig.load(BundleLayout.at(b.dir()).configYaml()).genesisState();
      out.printf(
          "genesis state root %s, genesis block root %s%n",
          state.hashTreeRoot().toHex(), Genesis.genesisBlock(state).hashTreeRoot().toHex());
    } else {
      out.println("genesis.ssz/genesis.json not written: no genesis state builder");
    }
    b.executionGenesisHash()
        .ifPresent(
            h -> out.printf("execution genesis hash: %s (execution/genesis.json)%n", h.toHex()));
    b.movedAside().ifPresent(p -> out.printf("previous content moved to %s%n", p));
    out.flush();
  }
}
