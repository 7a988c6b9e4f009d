package io.leandevnet.devnet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.leandevnet.consensus.genesis.BundleLayout;
import io.leandevnet.devnet.registry.DevnetRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class GenesisCommandTest {

  @TempDir Path tmp;
  private Path config;
  private Path keys;

  @BeforeEach
  void files() throws IOException {
    try (InputStream in =
        getClass()
            .getResourceAsStream(
                "/io/leandevnet/devnet/genesis/lq-local-devnet-validator-config.yaml")) {
      config = Files.write(BundleLayout.at(tmp).validatorConfigYaml(), in.readAllBytes());
    }
    keys = Files.createDirectories(tmp.resolve("keys"));
    StringBuilder manifest =
        new StringBuilder("log_num_active_epochs: 18\nnum_validators: 10\nvalidators:\n");
    for (int i = 0; i < 10; i++) {
      byte[] pk = new byte[52];
      pk[0] = (byte) i;
      String hex = HexFormat.of().formatHex(pk);
      manifest
          .append("  - index: ")
          .append(i)
          .append('\n')
          .append("    proposer_key_pubkey_hex: 0x")
          .append(hex)
          .append('\n')
          .append("    proposer_key_privkey_file: validator_")
          .append(i)
          .append("_proposer_key_sk.ssz\n")
          .append("    attester_key_pubkey_hex: 0x")
          .append(hex)
          .append('\n')
          .append("    attester_key_privkey_file: validator_")
          .append(i)
          .append("_attester_key_sk.ssz\n");
      for (String role : new String[] {"attester", "proposer"}) {
        Files.write(keys.resolve("validator_" + i + "_" + role + "_key_pk.ssz"), pk);
        Files.write(keys.resolve("validator_" + i + "_" + role + "_key_sk.ssz"), new byte[] {1});
      }
    }
    Files.writeString(keys.resolve("validator-keys-manifest.yaml"), manifest.toString());
  }

  /** {@code genesis --validator-config <config> -o <out>}, then {@code more}. */
  private String[] fromConfig(Path out, String... more) {
    return Stream.concat(
            Stream.of("genesis", "--validator-config", config.toString(), "-o", out.toString()),
            Stream.of(more))
        .toArray(String[]::new);
  }

  @Test
  void writesTheLeanQuickstartSampleBundle() throws IOException {
    Path out = tmp.resolve("genesis");
    CliRun r =
        CliRun.of(fromConfig(out, "--keys-dir", keys.toString(), "--genesis-time", "1763712794"));

    assertThat(r.err()).isEmpty();
    assertThat(r.exit()).isZero();
    assertThat(r.out())
        .contains("Genesis bundle written to " + out)
        .contains(
            "GENESIS_TIME 1763712794 (2025-11-21T08:13:14Z), 10 validators, 10 nodes, ACTIVE_EPOCH 18")
        .containsPattern(
            "zeam_0 +0 +127\\.0\\.0\\.1:9001 +16Uiu2HAkvi2sxT75Bpq1c7yV2FjnSQJJ432d6jeshbmfdJss1i6f")
        .containsPattern(
            "ethlambda_0 +6 +127\\.0\\.0\\.1:9007 +16Uiu2HAmPV5jU62WtmDkCEmfq1jzbBDkGbHNsDN78gJyvmv2TuC5")
        .containsPattern("genesis state root 0x[0-9a-f]{64}, genesis block root 0x[0-9a-f]{64}");
    assertThat(BundleLayout.at(out).genesisSsz()).isRegularFile();
    assertThat(Files.readString(BundleLayout.at(out).genesisJson()))
        .contains("\"genesisTime\" : 1763712794")
        .contains("\"attestationPubkey\"");
    CliRun inspect = CliRun.of("genesis", "inspect", out.toString());
    assertThat(inspect.exit()).as(inspect.err()).isZero();
    assertThat(inspect.out())
        .contains("validators:         10")
        .contains("genesis.ssz:        matches config.yaml");
    String stateRoot =
        inspect
            .out()
            .lines()
            .filter(l -> l.startsWith("genesis state root"))
            .findFirst()
            .orElseThrow()
            .replaceAll(".*(0x[0-9a-f]{64}).*", "$1");
    assertThat(r.out()).contains("genesis state root " + stateRoot);
    // count 1 everywhere: validator i is row i; keys sorted as Go's yaml.v3 sorts them
    assertThat(Files.readString(BundleLayout.at(out).validatorsYaml()))
        .isEqualTo(
            """
        ethlambda_0:
            - 6
        gean_0:
            - 7
        grandine_0:
            - 5
        lantern_0:
            - 3
        lighthouse_0:
            - 4
        nlean_0:
            - 9
        peam_0:
            - 8
        qlean_0:
            - 2
        ream_0:
            - 1
        zeam_0:
            - 0
        """);
    assertThat(Files.readString(BundleLayout.at(out).validatorConfigYaml()))
        .isEqualTo(Files.readString(config));
    assertThat(Files.readString(BundleLayout.at(out).nodesYaml()).lines())
        .hasSize(10)
        .allMatch(l -> l.startsWith("- enr:-"));
    assertThat(Files.readString(BundleLayout.at(out).nodeKey("ethlambda_0")))
        .isEqualTo("299550529a79bc2dce003747c52fb0639465c893e00b0440ac66144d625e066a\n");
  }

  @Test
  void keysTheCacheCannotMakeAreRefusedBeforeAnythingIsWritten() {
    CommandLine cmd = LeanDevnet.commandLine(new DevnetRegistry(tmp.resolve("home")));
    CliRun r = CliRun.of(cmd, fromConfig(tmp.resolve("g"), "--xmss-scheme", "small"));
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err())
        .isEqualTo(
            "small XMSS keys live 2^16 slots; config.activeEpoch 18 asks for 2^18"
                + " (use --xmss-scheme devnet4, or a smaller activeEpoch)\n");
    assertThat(tmp.resolve("g")).doesNotExist();
    CliRun unknown = CliRun.of(cmd, fromConfig(tmp.resolve("g"), "--xmss-scheme", "big"));
    assertThat(unknown.exit()).isEqualTo(2);
    assertThat(unknown.err())
        .contains(
            "Invalid value for option '--xmss-scheme': unknown XMSS scheme 'big' (known:"
                + " devnet4, test, small)");
  }

  @Test
  void badInputIsOneLineNamingFileAndLine() throws IOException {
    Files.writeString(config, Files.readString(config).replaceFirst("quic: 9001", "quic: nine"));
    CliRun r = CliRun.of(fromConfig(tmp.resolve("g"), "--keys-dir", keys.toString()));
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err())
        .isEqualTo(
            ""
                + config
                + ":14: validators[0].enrFields.quic: expected a whole number, got 'nine'\n");
    CliRun missing =
        CliRun.of("genesis", "--validator-config", tmp.resolve("nope.yaml").toString(), "-o", "x");
    assertThat(missing.exit()).isEqualTo(2);
    assertThat(missing.err()).isEqualTo("" + tmp.resolve("nope.yaml") + ": no such file\n");
  }

  @Test
  void refusesAnotherDevnetsDirectoryUnlessForced() throws IOException {
    Path out = Files.createDirectories(tmp.resolve("g"));
    Files.writeString(BundleLayout.at(out).nodeKey("zeam_0"), "0".repeat(63) + "1\n");
    CliRun refused = CliRun.of(fromConfig(out, "--keys-dir", keys.toString()));
    assertThat(refused.exit()).isEqualTo(1);
    assertThat(refused.err()).contains("already holds other files; pass --force");

    CliRun r = CliRun.of(fromConfig(out, "--keys-dir", keys.toString(), "--force"));
    assertThat(r.exit()).isZero();
    assertThat(r.out()).containsPattern("previous content moved to .*g\\.replaced-\\d{8}-\\d{6}");
  }

  @Test
  void helpShowsAnExample() {
    CliRun r = CliRun.of("genesis", "--help");
    assertThat(r.exit()).isZero();
    assertThat(r.out())
        .contains("--validator-config=FILE", "--keys-dir=DIR", "--force", "-o, --output=DIR")
        .contains("Examples:")
        .contains("-f, --file=ARGS")
        .contains("lean-devnet genesis inspect")
        .contains("--validator-config local-devnet/genesis/validator-config.yaml");
    assertThat(r.out().lines()).allMatch(l -> l.length() <= 80);
  }

  @Test
  void writesTheBundleOfAnArgsFileWithKeysFromTheCache() throws IOException {
    Path home = tmp.resolve("home");
    Path out = tmp.resolve("quickstart-genesis");
    CommandLine cmd = LeanDevnet.commandLine(new DevnetRegistry(home));
    Path args = tmp.resolve("quickstart.yaml");
    Files.writeString(
        args, Files.readString(Path.of("../examples/quickstart.yaml")) + "  active_epoch: 4\n");
    CliRun r =
        CliRun.of(
            cmd,
            "genesis",
            "-f",
            args.toString(),
            "-o",
            out.toString(),
            "--genesis-time",
            "1800000000");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("validators needed; generating 8 small keys (4 validators, 2^4 active slots)")
        .containsPattern("builtin_0 +0 +127\\.0\\.0\\.1:9001 +16Uiu2")
        .contains("GENESIS_TIME 1800000000");
    assertThat(Files.readString(BundleLayout.at(out).configYaml()))
        .contains("GENESIS_TIME: 1800000000")
        .contains("VALIDATOR_COUNT: 4");
    assertThat(Files.readString(out.resolve("hash-sig-keys/validator-keys-manifest.yaml")))
        .contains("LeanDevnetAbortingTargetSumLifetime16Dim46Base8");
    assertThat(home.resolve("keys-cache")).isDirectory();
    CliRun inspect = CliRun.of(cmd, "genesis", "inspect", out.toString());
    assertThat(inspect.out()).contains("validators:         4").contains("matches config.yaml");

    byte[] pk = Files.readAllBytes(out.resolve("hash-sig-keys/validator_0_attester_key_pk.ssz"));
    CliRun again = CliRun.of(cmd, "genesis", "-f", args.toString(), "-o", out.toString());
    assertThat(again.out())
        .contains("hash-sig-keys/ reused from the previous bundle of this devnet");
    assertThat(Files.readAllBytes(out.resolve("hash-sig-keys/validator_0_attester_key_pk.ssz")))
        .isEqualTo(pk);
    CliRun fresh =
        CliRun.of(cmd, "genesis", "-f", args.toString(), "-o", out.toString(), "--force-keygen");
    assertThat(fresh.exit()).as(fresh.err()).isZero();
    assertThat(fresh.out()).contains("validators needed; generating 8 small keys");
    assertThat(Files.readAllBytes(out.resolve("hash-sig-keys/validator_0_attester_key_pk.ssz")))
        .isNotEqualTo(pk);

    // Another scheme for the same nodes: the previous bundle's small keys are not reused.
    CliRun devnet4 =
        CliRun.of(
            cmd, "genesis", "-f", args.toString(), "-o", out.toString(), "--xmss-scheme", "test");
    assertThat(devnet4.exit()).as(devnet4.err()).isZero();
    assertThat(devnet4.out()).doesNotContain("reused from the previous bundle");
    assertThat(Files.readString(out.resolve("hash-sig-keys/validator-keys-manifest.yaml")))
        .contains("SchemeAbortingTargetSumLifetime8Dim46Base8");
  }

  /**
   * The seed's ethrex + ethlambda pair: execution/genesis.json is Prague from block 0 without
   * Osaka, and its hash is the one ethereumjs computes for the same file
   * (ExecutionGenesisBlockTest).
   */
  @Test
  void anArgsFileWithExecutionClientsGetsTheExecutionGenesisAndJwtSecret() throws IOException {
    Path home = tmp.resolve("home");
    Path out = tmp.resolve("pair-genesis");
    CommandLine cmd = LeanDevnet.commandLine(new DevnetRegistry(home));
    CliRun r =
        CliRun.of(
            cmd,
            "genesis",
            "-f",
            "../examples/ethlambda-el-pair.yaml",
            "-o",
            out.toString(),
            "--genesis-time",
            "1767225600",
            "--keys-dir",
            keys.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    String hash = "0xa7517dde37f1905103e8d680d935bdcae2d2ba153ab1bb995490ebb606749d75";
    assertThat(r.out()).contains("execution genesis hash: " + hash);
    String genesis = Files.readString(out.resolve("execution/genesis.json"));
    assertThat(genesis)
        .contains("\"pragueTime\": 0")
        .contains("\"timestamp\": \"1767225600\"")
        .doesNotContain("osakaTime");
    assertThat(Files.readString(out.resolve("execution/genesis-hash.txt"))).isEqualTo(hash + "\n");
    assertThat(Files.readString(BundleLayout.at(out).jwtSecret())).matches("0x[0-9a-f]{64}");
    assertThat(
            PosixFilePermissions.toString(
                Files.getPosixFilePermissions(BundleLayout.at(out).jwtSecret())))
        .isEqualTo("rw-------");

    CliRun inspect = CliRun.of(cmd, "genesis", "inspect", out.toString());
    assertThat(inspect.out())
        .contains("execution genesis hash: " + hash)
        .contains("genesis-hash.txt:   matches execution/genesis.json");
    Files.writeString(
        out.resolve("execution/genesis.json"), genesis.replace("1767225600", "1767225601"));
    assertThat(CliRun.of(cmd, "genesis", "inspect", out.toString()).out())
        .contains("DIFFERS from execution/genesis.json (it says " + hash + ")");
  }

  @Test
  void aDamagedKeyInTheCacheIsAUserErrorAndNoBundleIsWritten() throws IOException {
    Path home = tmp.resolve("home");
    CommandLine cmd = LeanDevnet.commandLine(new DevnetRegistry(home));
    Path args = tmp.resolve("quickstart.yaml");
    Files.writeString(
        args, Files.readString(Path.of("../examples/quickstart.yaml")) + "  active_epoch: 4\n");
    Path first = tmp.resolve("first");
    assertThat(CliRun.of(cmd, "genesis", "-f", args.toString(), "-o", first.toString()).exit())
        .isZero();
    Path sk;
    try (var files = Files.walk(home.resolve("keys-cache"))) {
      sk =
          files
              .filter(f -> f.getFileName().toString().equals("validator_2_attester_key_sk.ssz"))
              .findFirst()
              .orElseThrow();
    }
    byte[] bytes = Files.readAllBytes(sk);
    Files.write(sk, Arrays.copyOf(bytes, bytes.length - 100));

    Path out = tmp.resolve("second");
    CliRun r = CliRun.of(cmd, "genesis", "-f", args.toString(), "-o", out.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err())
        .contains(sk + ": damaged")
        .contains("run again with --force-keygen")
        .doesNotContain("internal error");
    assertThat(out).doesNotExist();
    try (var left = Files.list(tmp)) {
      assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("second"));
    }

    CliRun fixed =
        CliRun.of(cmd, "genesis", "-f", args.toString(), "-o", out.toString(), "--force-keygen");
    assertThat(fixed.exit()).as(fixed.err()).isZero();
  }

  @Test
  void needsExactlyOneSource() {
    CliRun none = CliRun.of("genesis", "-o", tmp.resolve("x").toString());
    assertThat(none.exit()).isEqualTo(2);
    assertThat(none.err())
        .contains("give either -f ARGS (an args file) or --validator-config FILE");
  }
}
