package io.leandevnet.devnet.cli;

import io.leandevnet.crypto.hashsig.ValidatorKeysGenerator;
import io.leandevnet.crypto.poseidon.VectorSupport;
import io.leandevnet.crypto.xmss.KeyGenEstimate;
import io.leandevnet.crypto.xmss.XmssConfig;
import io.leandevnet.crypto.xmss.XmssSchemeKind;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code lean-devnet keys}: XMSS validator keys. */
@Command(
    name = "keys",
    mixinStandardHelpOptions = true,
    description = "Generates XMSS (leanSig) validator keys.",
    subcommands = {KeysCommand.Generate.class})
public final class KeysCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /**
   * {@code lean-devnet keys generate}: what {@code hash-sig-cli generate --export-format ssz}
   * writes, generated in parallel in this JVM.
   */
  @Command(
      name = "generate",
      mixinStandardHelpOptions = true,
      description = {
        "Writes validator_<i>_{proposer,attester}_key_{pk,sk}.ssz and validator-keys-manifest.yaml,",
        "as blockblaz/hash-sig-cli does, for keys active from epoch 0."
      })
  static final class Generate implements Callable<Integer> {

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Option(
        names = "--num-validators",
        required = true,
        paramLabel = "N",
        description = "Number of validators (each gets a proposer and an attester key).")
    int numValidators;

    @Option(
        names = "--log-num-active-epochs",
        required = true,
        paramLabel = "E",
        description =
            "Keys are active for 2^E epochs (rounded up to whole bottom trees, at least two).")
    int logNumActiveEpochs;

    @Option(
        names = "--output-dir",
        required = true,
        paramLabel = "DIR",
        description = "Directory to write.")
    Path outputDir;

    @Option(
        names = "--xmss-scheme",
        defaultValue = "devnet4",
        paramLabel = "SCHEME",
        converter = XmssSchemeConverter.class,
        description =
            "devnet4 (SIGAbortingTargetSumLifetime32Dim46Base8, the default), test (lifetime 2^8, "
                + "leanSpec TEST_CONFIG) or small (lifetime 2^16, built-in node only).")
    XmssSchemeKind scheme;

    @Option(
        names = "--threads",
        paramLabel = "T",
        description = "Worker threads (default: all available cores).")
    Integer threads;

    @Option(names = "--force", description = "Overwrite existing key files.")
    boolean force;

    @Override
    public Integer call() {
      PrintWriter err = spec.commandLine().getErr();
      PrintWriter out = spec.commandLine().getOut();
      XmssConfig config;
      ValidatorKeysGenerator.Request request;
      try {
        config = scheme.config();
        int t = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        request =
            new ValidatorKeysGenerator.Request(
                config, numValidators, logNumActiveEpochs, outputDir, force, t);
      } catch (IllegalArgumentException e) {
        throw UserError.invalidInput("keys generate: " + e.getMessage());
      }
      if (Files.exists(outputDir) && !Files.isDirectory(outputDir)) {
        throw UserError.invalidInput(
            "keys generate: --output-dir " + outputDir + " exists and is not a directory");
      }
      if (!VectorSupport.available()) {
        err.println(
            "note: the Vector API is off, so key generation runs up to 8x slower; start Java with "
                + "--add-modules jdk.incubator.vector (for ./lean-devnet: LEAN_DEVNET_JAVA_OPTS=\"--add-modules "
                + "jdk.incubator.vector\")");
        err.flush();
      }
      KeyGenEstimate estimate =
          KeyGenEstimate.of(config, request.leavesPerKey(), request.threads());
      out.printf(
          "Generating %d %s keys (%d leaves each), %s%n",
          2 * numValidators,
          config.name(),
          request.leavesPerKey(),
          estimate.describe(2 * numValidators));
      out.flush();
      long started = System.nanoTime();
      ProgressBar bar = new ProgressBar(err, started);
      try {
        ValidatorKeysGenerator.generate(request, SecureRandom::new, bar::update);
      } catch (IllegalStateException e) {
        bar.finish();
        throw new UserError("keys generate: " + e.getMessage(), UserError.FAILED, e);
      } catch (IOException | UncheckedIOException e) {
        bar.finish();
        throw new UserError(
            "keys generate: cannot write keys to " + outputDir + ": " + describe(e),
            UserError.FAILED,
            e);
      }
      bar.finish();
      Duration took = Duration.ofNanos(System.nanoTime() - started);
      out.printf(
          "Wrote %d validators (%d %s keys, %d leaves each) to %s in %s%n",
          numValidators,
          2 * numValidators,
          config.schemeName(),
          request.leavesPerKey(),
          outputDir,
          KeyGenEstimate.format(took));
      out.flush();
      return 0;
    }
  }

  private static String describe(Exception e) {
    Throwable t = e instanceof UncheckedIOException u ? u.getCause() : e;
    if (t instanceof FileSystemException fs) {
      String reason = fs.getReason() != null ? fs.getReason() : fs.getClass().getSimpleName();
      return fs.getFile() + ": " + reason;
    }
    return t.getMessage();
  }

  /** A one-line progress bar with an ETA, redrawn at most four times a second. */
  static final class ProgressBar {
    private static final int WIDTH = 30;
    private final PrintWriter err;
    private final long started;
    private long lastDraw;
    private boolean drawn;

    ProgressBar(PrintWriter err, long started) {
      this.err = err;
      this.started = started;
    }

    synchronized void update(long done, long total, int keysDone, int keysTotal) {
      long now = System.nanoTime();
      boolean last = keysDone == keysTotal;
      if (!last && drawn && now - lastDraw < 250_000_000L) {
        return;
      }
      lastDraw = now;
      drawn = true;
      double frac = total == 0 ? 1 : (double) done / total;
      int filled = (int) Math.round(frac * WIDTH);
      Duration elapsed = Duration.ofNanos(now - started);
      String eta =
          done == 0
              ? "--"
              : KeyGenEstimate.format(
                  Duration.ofNanos((long) ((now - started) * (1 - frac) / frac)));
      err.printf(
          "\r[%s%s] %3d%%  %d/%d keys  %s elapsed  ETA %s   ",
          "#".repeat(filled),
          ".".repeat(WIDTH - filled),
          Math.round(frac * 100),
          keysDone,
          keysTotal,
          KeyGenEstimate.format(elapsed),
          eta);
      err.flush();
    }

    synchronized void finish() {
      if (drawn) {
        err.println();
        err.flush();
      }
    }
  }
}
