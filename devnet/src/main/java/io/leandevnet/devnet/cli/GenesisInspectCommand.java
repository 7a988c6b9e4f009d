package io.leandevnet.devnet.cli;

import io.leandevnet.consensus.containers.Block;
import io.leandevnet.consensus.containers.State;
import io.leandevnet.consensus.genesis.BundleLayout;
import io.leandevnet.consensus.genesis.Genesis;
import io.leandevnet.consensus.genesis.GenesisConfig;
import io.leandevnet.consensus.genesis.GenesisConfigException;
import io.leandevnet.devnet.genesis.execution.ExecutionGenesisBlock;
import io.leandevnet.devnet.genesis.execution.ExecutionGenesisException;
import io.leandevnet.devnet.genesis.execution.ExecutionGenesisJson;
import io.leandevnet.ssz.Bytes32;
import io.leandevnet.ssz.SszException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "inspect",
    mixinStandardHelpOptions = true,
    description = {
      "Prints a genesis' validator count, time, state root and block root.",
      "",
      "The roots are computed by lean-devnet's own SSZ code from config.yaml (GENESIS_TIME and",
      "GENESIS_VALIDATORS), as every client derives its genesis; every client of the devnet must",
      "agree on them. A genesis.ssz in the directory is checked against config.yaml.",
      "For execution/genesis.json in the directory, the block hash is computed (state trie, header of",
      "the forks active at genesis, keccak) and checked against execution/genesis-hash.txt.",
      "",
      "Example:  lean-devnet genesis inspect ~/.lean-devnet/quickstart/genesis"
    })
final class GenesisInspectCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "DIR|config.yaml",
      description = "A genesis directory or its config.yaml.")
  Path path;

  @Override
  public Integer call() throws IOException {
    Path config = Files.isDirectory(path) ? BundleLayout.at(path).configYaml() : path;
    if (!Files.exists(config)) {
      throw UserError.invalidInput(
          config + ": file not found (give a genesis directory or its config.yaml)");
    }
    GenesisConfig genesis;
    try {
      genesis = GenesisConfig.load(config);
    } catch (GenesisConfigException e) {
      throw UserError.invalidInput(e.getMessage());
    }
    State state = genesis.genesisState();
    Block block = Genesis.genesisBlock(state);
    PrintWriter out = spec.commandLine().getOut();
    out.println("config:             " + config);
    out.println(
        "genesis time:       "
            + genesis.genesisTime()
            + " ("
            + Instant.ofEpochSecond(genesis.genesisTime())
            + ")");
    out.println("validators:         " + state.numValidators());
    out.println("genesis state root: " + state.hashTreeRoot().toHex());
    out.println("genesis block root: " + block.hashTreeRoot().toHex());
    Path ssz = BundleLayout.at(config.toAbsolutePath().getParent()).genesisSsz();
    if (Files.isRegularFile(ssz)) {
      out.println("genesis.ssz:        " + checkSsz(ssz, state));
    }
    BundleLayout layout = BundleLayout.at(config.toAbsolutePath().getParent());
    if (Files.isRegularFile(layout.executionGenesisJson())) {
      Bytes32 hash = executionHash(layout.executionGenesisJson());
      out.println("execution genesis hash: " + hash.toHex());
      if (Files.isRegularFile(layout.executionGenesisHash())) {
        String written = Files.readString(layout.executionGenesisHash()).trim();
        out.println(
            "genesis-hash.txt:   "
                + (written.equalsIgnoreCase(hash.toHex())
                    ? "matches execution/genesis.json"
                    : "DIFFERS from execution/genesis.json (it says " + written + ")"));
      }
    }
    out.flush();
    return 0;
  }

  private static Bytes32 executionHash(Path file) throws IOException {
    try {
      return ExecutionGenesisBlock.of(
              ExecutionGenesisJson.read(Files.readString(file), file.toString()))
          .hash();
    } catch (ExecutionGenesisException e) {
      throw UserError.invalidInput(e.getMessage());
    }
  }

  private static String checkSsz(Path ssz, State expected) throws IOException {
    byte[] bytes = Files.readAllBytes(ssz);
    try {
      State read = State.SSZ.deserialize(bytes);
      return read.hashTreeRoot().equals(expected.hashTreeRoot())
          ? "matches config.yaml"
          : "DIFFERS from config.yaml (state root " + read.hashTreeRoot().toHex() + ")";
    } catch (SszException e) {
      return "not a devnet4 State ("
          + e.getMessage()
          + "); clients derive genesis from config.yaml";
    }
  }
}
