package io.leandevnet.crypto.xmss;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;

/**
 * Writes a {@code hash-sig-keys/} directory the way blockblaz/hash-sig-cli does: for every
 * validator a proposer and an attester key pair ({@code
 * validator_<i>_{proposer,attester}_key_{pk,sk}.ssz}, secret keys mode 0600) and {@code
 * validator-keys-manifest.yaml}. Keys are active from epoch 0 for 2^logNumActiveEpochs epochs
 * (expanded as leanSig expands them).
 *
 * <p>Up to {@code threads} keys are in progress at once, and their leaves are computed on a shared
 * fork-join pool of {@code threads} workers, so every core is busy and memory stays bounded (about
 * three bottom trees per key in progress: 12 MiB for devnet4).
 */
public final class ValidatorKeysGenerator {

  /** The manifest's file name. */
  public static final String MANIFEST = "validator-keys-manifest.yaml";

  /**
   * What to generate.
   *
   * @param config the XMSS instantiation
   * @param numValidators number of validators (two key pairs each)
   * @param logNumActiveEpochs log2 of the requested active epochs
   * @param outputDir the directory to write (created if missing)
   * @param force overwrite existing key files
   * @param threads worker threads (at least 1)
   */
  public record Request(
      XmssConfig config,
      int numValidators,
      int logNumActiveEpochs,
      Path outputDir,
      boolean force,
      int threads) {

    public Request {
      if (numValidators < 1) {
        throw new IllegalArgumentException(
            "num-validators: expected at least 1, got " + numValidators);
      }
      if (logNumActiveEpochs < 0 || logNumActiveEpochs > config.logLifetime()) {
        throw new IllegalArgumentException(
            "log-num-active-epochs: expected 0.."
                + config.logLifetime()
                + " for scheme "
                + config.name()
                + ", got "
                + logNumActiveEpochs);
      }
      if (threads < 1) {
        throw new IllegalArgumentException("threads: expected at least 1, got " + threads);
      }
    }

    /** Leaves computed per key (the active range after leanSig's rounding). */
    public long leavesPerKey() {
      long[] range = XmssScheme.of(config).expandActivation(0, 1L << logNumActiveEpochs);
      return (range[1] - range[0]) * config.leavesPerBottomTree();
    }
  }

  /** One validator's keys as the manifest lists them. */
  public record ValidatorKeys(
      int index,
      XmssPublicKey proposer,
      String proposerPrivkeyFile,
      XmssPublicKey attester,
      String attesterPrivkeyFile) {}

  /** Progress callback; may be called from any thread. */
  @FunctionalInterface
  public interface Progress {
    void update(long leavesDone, long leavesTotal, int keysDone, int keysTotal);
  }

  private ValidatorKeysGenerator() {}

  /** The files {@code request} will write, manifest last. */
  public static List<Path> plannedFiles(Request request) {
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < request.numValidators(); i++) {
      for (String role : new String[] {"proposer", "attester"}) {
        files.add(request.outputDir().resolve(fileName(i, role, "pk")));
        files.add(request.outputDir().resolve(fileName(i, role, "sk")));
      }
    }
    files.add(request.outputDir().resolve(MANIFEST));
    return files;
  }

  /**
   * Generates and writes every key and the manifest.
   *
   * @param rngs called once per key, in order (validator 0 proposer, validator 0 attester, ...), on
   *     the calling thread; give {@code SecureRandom::new} for real keys
   * @throws IOException if a file cannot be written
   * @throws IllegalStateException if a key file exists and {@code force} is off
   */
  public static List<ValidatorKeys> generate(
      Request request, Supplier<RandomGenerator> rngs, Progress progress) throws IOException {
    if (!request.force()) {
      for (Path p : plannedFiles(request)) {
        if (Files.exists(p)) {
          throw new IllegalStateException(p + " already exists; pass --force to overwrite");
        }
      }
    }
    Files.createDirectories(request.outputDir());
    XmssScheme scheme = XmssScheme.of(request.config());
    long activeEpochs = 1L << request.logNumActiveEpochs();
    int keysTotal = 2 * request.numValidators();
    long leavesTotal = keysTotal * request.leavesPerKey();
    LongAdder leaves = new LongAdder();
    AtomicInteger keysDone = new AtomicInteger();
    progress.update(0, leavesTotal, 0, keysTotal);
    ForkJoinPool pool = new ForkJoinPool(request.threads());
    ExecutorService keyThreads = Executors.newFixedThreadPool(request.threads());
    try {
      List<Future<XmssPublicKey>> keys = new ArrayList<>(keysTotal);
      for (int k = 0; k < keysTotal; k++) {
        int validator = k / 2;
        String role = k % 2 == 0 ? "proposer" : "attester";
        RandomGenerator rng = rngs.get();
        keys.add(
            keyThreads.submit(
                () -> {
                  XmssKeyPair pair =
                      scheme.keyGen(
                          0,
                          activeEpochs,
                          rng,
                          pool,
                          n -> {
                            leaves.add(n);
                            progress.update(leaves.sum(), leavesTotal, keysDone.get(), keysTotal);
                          });
                  write(
                      request.outputDir().resolve(fileName(validator, role, "pk")),
                      pair.publicKey().toSsz(),
                      false);
                  write(
                      request.outputDir().resolve(fileName(validator, role, "sk")),
                      pair.secretKey().toSsz(),
                      true);
                  progress.update(leaves.sum(), leavesTotal, keysDone.incrementAndGet(), keysTotal);
                  return pair.publicKey();
                }));
      }
      List<ValidatorKeys> validators = new ArrayList<>();
      for (int i = 0; i < request.numValidators(); i++) {
        validators.add(
            new ValidatorKeys(
                i,
                await(keys.get(2 * i)),
                fileName(i, "proposer", "sk"),
                await(keys.get(2 * i + 1)),
                fileName(i, "attester", "sk")));
      }
      write(
          request.outputDir().resolve(MANIFEST),
          manifestYaml(request.config(), request.logNumActiveEpochs(), validators)
              .getBytes(StandardCharsets.UTF_8),
          false);
      return validators;
    } finally {
      keyThreads.shutdownNow();
      pool.shutdownNow();
    }
  }

  /**
   * Generates with {@link java.security.SecureRandom} keys and no progress reporting, on all cores.
   */
  public static List<ValidatorKeys> generate(
      XmssConfig config, int numValidators, int logNumActiveEpochs, Path outputDir)
      throws IOException {
    return generate(
        new Request(
            config,
            numValidators,
            logNumActiveEpochs,
            outputDir,
            false,
            Runtime.getRuntime().availableProcessors()),
        java.security.SecureRandom::new,
        (a, b, c, d) -> {});
  }

  /** {@code validator_<i>_<role>_key_<kind>.ssz}. */
  public static String fileName(int validator, String role, String kind) {
    return "validator_" + validator + "_" + role + "_key_" + kind + ".ssz";
  }

  /** The manifest text, in hash-sig-cli's layout, with the scheme's real name and hash. */
  public static String manifestYaml(
      XmssConfig config, int logNumActiveEpochs, List<ValidatorKeys> validators) {
    StringBuilder b = new StringBuilder();
    b.append("# Hash-Signature Validator Keys Manifest\n");
    b.append("# Generated by lean-devnet\n\n");
    b.append("key_scheme: ").append(config.schemeName()).append('\n');
    b.append("hash_function: Poseidon1\n");
    b.append("encoding: TargetSum\n");
    b.append("lifetime: ").append(config.lifetime()).append('\n');
    b.append("log_num_active_epochs: ").append(logNumActiveEpochs).append('\n');
    b.append("num_active_epochs: ").append(1L << logNumActiveEpochs).append('\n');
    b.append("num_validators: ").append(validators.size()).append("\n\n");
    b.append("validators:\n");
    for (int i = 0; i < validators.size(); i++) {
      ValidatorKeys v = validators.get(i);
      b.append("  - index: ").append(v.index()).append('\n');
      b.append("    proposer_key_pubkey_hex: ").append(v.proposer().toHex()).append('\n');
      b.append("    proposer_key_privkey_file: ").append(v.proposerPrivkeyFile()).append('\n');
      b.append("    attester_key_pubkey_hex: ").append(v.attester().toHex()).append('\n');
      b.append("    attester_key_privkey_file: ").append(v.attesterPrivkeyFile()).append('\n');
      if (i < validators.size() - 1) {
        b.append('\n');
      }
    }
    return b.toString();
  }

  private static XmssPublicKey await(Future<XmssPublicKey> f) throws IOException {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("key generation interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof UncheckedIOException u) {
        throw u.getCause();
      }
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException("key generation failed: " + e.getCause(), e.getCause());
    }
  }

  /**
   * Writes through a temporary file; secret files are created 0600 where the file system allows it.
   */
  private static void write(Path target, byte[] bytes, boolean secret) {
    try {
      Path dir = target.toAbsolutePath().getParent();
      boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
      Path tmp =
          posix && secret
              ? Files.createTempFile(
                  dir,
                  ".tmp-",
                  ".ssz",
                  PosixFilePermissions.asFileAttribute(
                      PosixFilePermissions.fromString("rw-------")))
              : Files.createTempFile(dir, ".tmp-", ".part");
      Files.write(tmp, bytes);
      if (posix && !secret) {
        Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-r--r--"));
      }
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
    }
  }
}
