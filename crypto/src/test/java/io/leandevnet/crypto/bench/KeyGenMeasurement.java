package io.leandevnet.crypto.bench;

import com.sun.management.OperatingSystemMXBean;
import io.leandevnet.crypto.poseidon.VectorSupport;
import io.leandevnet.crypto.xmss.XmssConfig;
import io.leandevnet.crypto.xmss.XmssKeyPair;
import io.leandevnet.crypto.xmss.XmssScheme;
import io.leandevnet.crypto.xmss.XmssSignature;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.security.SecureRandom;
import java.util.concurrent.ForkJoinPool;

/**
 * Generates one key and prints wall time, core-seconds (process CPU time) and peak heap. Arguments:
 * [scheme (devnet4)] [log2 active epochs (18)] [threads (all cores)]. Run through the bench
 * profile: {@code ./mvnw -q -B -pl crypto -am -Pbench verify -DskipTests
 * -Dbench.main=io.leandevnet.crypto.bench.KeyGenMeasurement -Dbench.args="devnet4 18"} (the profile
 * runs it with -Xmx1g, so finishing at all shows the key fits in 1 GiB of heap).
 */
public final class KeyGenMeasurement {

  private KeyGenMeasurement() {}

  public static void main(String[] args) {
    XmssConfig config = XmssConfig.named(args.length > 0 ? args[0] : "devnet4");
    int logActive = args.length > 1 ? Integer.parseInt(args[1]) : 18;
    int threads =
        args.length > 2 ? Integer.parseInt(args[2]) : Runtime.getRuntime().availableProcessors();
    XmssScheme scheme = XmssScheme.of(config);
    var os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    ForkJoinPool pool = new ForkJoinPool(threads);
    System.out.printf(
        "scheme %s, 2^%d active epochs, %d threads, vector API %s, max heap %d MiB%n",
        config.name(),
        logActive,
        threads,
        VectorSupport.available() ? "on" : "off",
        Runtime.getRuntime().maxMemory() >> 20);
    long cpu0 = os.getProcessCpuTime();
    long t0 = System.nanoTime();
    XmssKeyPair keys = scheme.keyGen(0, 1L << logActive, new SecureRandom(), pool, n -> {});
    long wall = System.nanoTime() - t0;
    long cpu = os.getProcessCpuTime() - cpu0;
    long peak = 0;
    for (MemoryPoolMXBean pool2 : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool2.getType() == MemoryType.HEAP) {
        peak += pool2.getPeakUsage().getUsed();
      }
    }
    byte[] message = new byte[32];
    long s0 = System.nanoTime();
    XmssSignature sig = scheme.sign(keys.secretKey(), 1000, message);
    long signNanos = System.nanoTime() - s0;
    long v0 = System.nanoTime();
    boolean ok = scheme.verify(keys.publicKey(), 1000, message, sig);
    long verifyNanos = System.nanoTime() - v0;
    System.out.printf(
        "leaves %d, wall %.1f s, core-seconds %.1f, peak heap %d MiB, sk %d bytes, signature %d bytes%n",
        keys.secretKey().numActiveEpochs(),
        wall / 1e9,
        cpu / 1e9,
        peak >> 20,
        keys.secretKey().toSsz().length,
        sig.toSsz().length);
    System.out.printf(
        "sign %.2f ms, verify %.2f ms (first calls, cold), verified %s%n",
        signNanos / 1e6, verifyNanos / 1e6, ok);
    pool.shutdown();
  }
}
