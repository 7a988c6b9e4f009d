package io.leandevnet.crypto.hashsig;

import io.leandevnet.crypto.xmss.XmssConfig;
import io.leandevnet.crypto.xmss.XmssKeyPair;
import io.leandevnet.crypto.xmss.XmssPublicKey;
import io.leandevnet.crypto.xmss.XmssScheme;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
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
      for (String name : HashSigKeyDir.keyFiles(i)) {
        files.add(request.outputDir().resolve(name));
      }
    }
    files.add(request.outputDir().resolve(HashSigKeyDir.MANIFEST));
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
  public static HashSigKeyDir generate(
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
        KeyRole role = k % 2 == 0 ? KeyRole.PROPOSER : KeyRole.ATTESTER;
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
                      request.outputDir().resolve(HashSigKeyDir.publicKeyFile(validator, role)),
                      pair.publicKey().toSsz(),
                      false);
                  write(
                      request.outputDir().resolve(HashSigKeyDir.secretKeyFile(validator, role)),
                      pair.secretKey().toSsz(),
                      true);
                  progress.update(leaves.sum(), leavesTotal, keysDone.incrementAndGet(), keysTotal);
                  return pair.publicKey();
                }));
      }
      List<HashSigManifest.Entry> validators = new ArrayList<>();
      for (int i = 0; i < request.numValidators(); i++) {
        String proposer = hex(await(keys.get(2 * i)));
        validators.add(HashSigManifest.Entry.of(i, hex(await(keys.get(2 * i + 1))), proposer));
      }
      return HashSigKeyDir.writeManifest(
          request.outputDir(),
          HashSigManifest.generated(request.config(), request.logNumActiveEpochs(), validators));
    } finally {
      keyThreads.shutdownNow();
      pool.shutdownNow();
    }
  }

  /**
   * Generates with {@link java.security.SecureRandom} keys and no progress reporting, on all cores.
   */
  public static HashSigKeyDir generate(
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
        SecureRandom::new,
        (a, b, c, d) -> {});
  }

  private static String hex(XmssPublicKey key) {
    return HexFormat.of().formatHex(key.toSsz());
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
