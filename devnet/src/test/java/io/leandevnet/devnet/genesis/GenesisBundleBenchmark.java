package io.leandevnet.devnet.genesis;

import io.leandevnet.crypto.hashsig.HashSigKeyDir;
import io.leandevnet.crypto.secp256k1.Secp256k1PrivateKey;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Rerunnable timing of writing a genesis bundle without XMSS key generation: {@code nodes} nodes
 * with one validator each, keys copied from a pre-generated (fake) hash-sig-keys directory whose
 * secret keys are {@code skBytes} long (real ones are about 8 MiB: pass 8390660 to include that
 * copy). Includes parsing validator-config.yaml, signing every ENR, validating the manifest and key
 * files, writing every file and the atomic rename. Target: 64 nodes in at most 1 s.
 *
 * <pre>
 * devnet/bench/genesis-bundle.sh [nodes] [runs] [skBytes]
 * </pre>
 */
public final class GenesisBundleBenchmark {

  private GenesisBundleBenchmark() {}

  public static void main(String[] args) throws IOException {
    int nodes = args.length > 0 ? Integer.parseInt(args[0]) : 64;
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 20;
    int skBytes = args.length > 2 ? Integer.parseInt(args[2]) : 4096;
    Path work = Files.createTempDirectory("genesis-bench-");
    try {
      Path keys = Files.createDirectories(work.resolve("keys"));
      writeKeys(keys, nodes, skBytes);
      String text = config(nodes);
      double[] ms = new double[runs];
      for (int i = 0; i < runs; i++) {
        long t0 = System.nanoTime();
        ValidatorConfig config = ValidatorConfigYaml.parse(text, "validator-config.yaml");
        new GenesisBundleWriter(
                new PregeneratedKeys(keys), Optional.empty(), new SecureRandom(), Clock.systemUTC())
            .write(
                new GenesisBundleWriter.Request(config, text, 1_800_000_000L, true, false),
                work.resolve("bundle-" + i));
        ms[i] = (System.nanoTime() - t0) / 1e6;
        deleteTree(work.resolve("bundle-" + i));
      }
      double[] sorted = ms.clone();
      Arrays.sort(sorted);
      System.out.printf(
          "%d-node bundle (%d validators, %d-byte secret keys, no XMSS keygen):"
              + " first run %.1f ms, median %.1f ms, best %.1f ms over %d runs%n",
          nodes, nodes, skBytes, ms[0], sorted[runs / 2], sorted[0], runs);
    } finally {
      deleteTree(work);
    }
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      for (Path p : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
        Files.delete(p);
      }
    }
  }

  /** A hash-sig-cli style directory for n validators with distinct made-up keys. */
  private static void writeKeys(Path dir, int n, int skBytes) throws IOException {
    StringBuilder m =
        new StringBuilder("log_num_active_epochs: 18\nnum_validators: " + n + "\nvalidators:\n");
    byte[] sk = new byte[skBytes];
    for (int i = 0; i < n; i++) {
      byte[] pk = new byte[52];
      pk[0] = (byte) i;
      pk[1] = (byte) (i >> 8);
      String hex = HexFormat.of().formatHex(pk);
      m.append("  - index: ")
          .append(i)
          .append("\n    proposer_key_pubkey_hex: 0x")
          .append(hex)
          .append("\n    proposer_key_privkey_file: validator_")
          .append(i)
          .append("_proposer_key_sk.ssz")
          .append("\n    attester_key_pubkey_hex: 0x")
          .append(hex)
          .append("\n    attester_key_privkey_file: validator_")
          .append(i)
          .append("_attester_key_sk.ssz\n");
      for (String role : new String[] {"attester", "proposer"}) {
        Files.write(dir.resolve("validator_" + i + "_" + role + "_key_pk.ssz"), pk);
        Files.write(dir.resolve("validator_" + i + "_" + role + "_key_sk.ssz"), sk);
      }
    }
    Files.writeString(dir.resolve(HashSigKeyDir.MANIFEST), m.toString());
  }

  private static String config(int nodes) {
    StringBuilder s =
        new StringBuilder(
            "shuffle: roundrobin\ndeployment_mode: local\nconfig:\n  activeEpoch: 18\n  keyType: \"hash-sig\"\n"
                + "  attestation_committee_count: 1\nvalidators:\n");
    SecureRandom random = new SecureRandom();
    String[] clients = {
      "zeam", "ream", "qlean", "lantern", "grandine", "ethlambda", "gean", "nlean"
    };
    for (int i = 0; i < nodes; i++) {
      String key = Secp256k1PrivateKey.generate(random).toHex();
      s.append("  - name: \"")
          .append(clients[i % clients.length])
          .append('_')
          .append(i / clients.length)
          .append("\"\n    privkey: \"")
          .append(key)
          .append("\"\n    enrFields:\n      ip: \"172.16.0.")
          .append(10 + i)
          .append("\"\n      quic: 9000\n    metricsPort: 5054\n    apiPort: 5052\n")
          .append("    isAggregator: ")
          .append(i == 0)
          .append("\n    count: 1\n");
    }
    return s.toString();
  }
}
