package io.leandevnet.devnet.cli;

import io.leandevnet.consensus.containers.State;
import io.leandevnet.consensus.genesis.Genesis;
import io.leandevnet.consensus.genesis.GenesisConfig;
import io.leandevnet.devnet.genesis.ConsensusGenesisState;
import io.leandevnet.devnet.genesis.GenesisBundle;
import io.leandevnet.devnet.genesis.GenesisBundleWriter;
import io.leandevnet.devnet.genesis.GenesisException;
import io.leandevnet.devnet.genesis.GenesisStateBuilder;
import io.leandevnet.devnet.genesis.PregeneratedKeys;
import io.leandevnet.devnet.genesis.ValidatorConfig;
import io.leandevnet.devnet.genesis.ValidatorConfigYaml;
import io.leandevnet.devnet.genesis.XmssKeySource;
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
      "Writes a genesis bundle from a lean-quickstart validator-config.yaml.",
      "",
      "Takes the file as it is and writes <node>.key, validator-config.yaml,",
      "nodes.yaml, validators.yaml, config.yaml,",
      "annotated_validators.yaml and hash-sig-keys/, as lean-quickstart's",
      "generate-genesis.sh writes them. The bundle is built next to DIR and renamed",
      "into place."
    },
    footer = {
      "",
      "Example:",
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

  @Option(names = "--validator-config", paramLabel = "FILE",
      description = "lean-quickstart validator-config.yaml.")
  Path validatorConfig;

  @Option(names = {"-o", "--output"}, paramLabel = "DIR",
      description = "Directory to write the bundle to.")
  Path output;

  @Option(names = "--keys-dir", paramLabel = "DIR",
      description = "Pre-generated hash-sig-cli key directory.")
  Path keysDir;

  @Option(names = "--force", description = "Replace a DIR holding another devnet's bundle or other files.")
  boolean force;

  @Option(names = "--genesis-time", paramLabel = "UNIX_SECONDS",
      description = "GENESIS_TIME (default: now + --genesis-delay).")
  Long genesisTime;

  @Option(names = "--genesis-delay", paramLabel = "SECONDS",
      description = "Seconds from now to genesis (default as lean-quickstart: 30 for deployment_mode"
          + " local or absent, 360 otherwise).")
  Long genesisDelay;

  @Option(names = "--jwt-secret", description = "Also write jwtsecret (32 random bytes, 0x-hex) for a paired EL.")
  boolean jwtSecret;

  private final Optional<GenesisStateBuilder> stateBuilder;

  /** With the consensus module's genesis state: genesis.ssz and genesis.json are written. */
  public GenesisCommand() {
    this(Optional.of(new ConsensusGenesisState()));
  }

  /** With the consensus module's genesis state builder (the seam for genesis.ssz/genesis.json). */
  public GenesisCommand(Optional<GenesisStateBuilder> stateBuilder) {
    this.stateBuilder = stateBuilder;
  }

  @Override
  public Integer call() {
    if (validatorConfig == null) {
      throw UserError.invalidInput("genesis: give --validator-config FILE (see `lean-devnet genesis --help`),"
          + " or use `lean-devnet genesis inspect DIR`");
    }
    if (output == null) {
      throw UserError.invalidInput("genesis: give -o DIR, the directory to write the bundle to");
    }
    ValidatorConfig config;
    String text;
    try {
      config = ValidatorConfigYaml.read(validatorConfig);
      text = Files.readString(validatorConfig);
    } catch (GenesisException e) {
      throw new UserError(e.getMessage(), UserError.INVALID_INPUT, e);
    } catch (IOException e) {
      throw new UserError(validatorConfig + ": cannot read: " + e.getMessage(), UserError.INVALID_INPUT, e);
    }
    long time = genesisTime != null ? genesisTime
        : Instant.now().getEpochSecond() + (genesisDelay != null ? genesisDelay : defaultDelay(config));
    XmssKeySource keys = keysDir != null ? new PregeneratedKeys(keysDir) : (count, log, dir) -> {
      throw new GenesisException("no XMSS keys for " + count + " validators: pass --keys-dir with a"
          + " hash-sig-cli key directory (hashsig generate --num-validators " + count
          + " --log-num-active-epochs " + log + " --export-format ssz)");
    };
    GenesisBundle bundle;
    try {
      bundle = new GenesisBundleWriter(keys, stateBuilder, new SecureRandom(), Clock.systemUTC())
          .write(new GenesisBundleWriter.Request(config, text, time, jwtSecret, force), output);
    } catch (GenesisException e) {
      throw new UserError(e.getMessage(), UserError.FAILED, e);
    }
    report(bundle, config, spec.commandLine().getOut());
    return 0;
  }

  private static long defaultDelay(ValidatorConfig config) {
    String mode = config.deploymentMode();
    return mode == null || mode.equals("local") ? 30 : 360;
  }

  private static void report(GenesisBundle b, ValidatorConfig config, PrintWriter out) {
    out.printf("Genesis bundle written to %s%n", b.dir());
    out.printf("GENESIS_TIME %d (%s), %d validators, %d nodes, ACTIVE_EPOCH %d%n%n", b.genesisTime(),
        Instant.ofEpochSecond(b.genesisTime()), b.validatorCount(), b.nodes().size(),
        config.config().activeEpoch());
    TextTable nodes = TextTable.of("NODE", "VALIDATORS", "QUIC", "PEER ID");
    for (GenesisBundle.Node n : b.nodes()) {
      nodes.row(n.name(), n.validators().isEmpty() ? "-"
          : n.validators().stream().map(String::valueOf).collect(Collectors.joining(",")),
          n.quicAddress(), n.peerId());
    }
    out.print(nodes.render());
    if (b.keysReused()) {
      out.println("hash-sig-keys/ reused from the previous bundle of this devnet");
    }
    if (b.stateWritten()) {
      State state = GenesisConfig.load(b.dir().resolve("config.yaml")).genesisState();
      out.printf("genesis state root %s, genesis block root %s%n", state.hashTreeRoot().toHex(),
          Genesis.genesisBlock(state).hashTreeRoot().toHex());
    } else {
      out.println("genesis.ssz/genesis.json not written: no genesis state builder");
    }
    b.movedAside().ifPresent(p -> out.printf("previous content moved to %s%n", p));
    out.flush();
  }
}
