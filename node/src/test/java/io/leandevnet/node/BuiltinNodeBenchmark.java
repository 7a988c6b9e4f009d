package io.leandevnet.node;

import com.sun.management.OperatingSystemMXBean;
import io.leandevnet.consensus.chain.ChainConfig;
import io.leandevnet.consensus.forkchoice.ForkChoiceNode;
import io.leandevnet.crypto.poseidon.VectorSupport;
import io.leandevnet.node.clock.SlotClock;
import io.leandevnet.node.config.NodeConfig;
import io.leandevnet.node.net.MeshDescriptors;
import io.leandevnet.node.runtime.SignatureCache;
import io.leandevnet.ssz.Bytes32;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Rerunnable benchmark: N built-in nodes, one validator each (node 0 the aggregator), in this JVM
 * on 127.0.0.1, on the real clock (4 s slots). After a warm-up it samples every slot at its
 * interval 4 and reports, per slot, the lowest head / justified / finalized slot over all nodes,
 * the number of distinct heads and the finalization lag (current slot − lowest finalized slot),
 * then whether every slot finalized and the CPU per node.
 *
 * <pre>
 * ./mvnw -q -B -pl node -am test-compile
 * ./mvnw -q -B -pl node dependency:build-classpath -Dmdep.outputFile=/tmp/node-cp.txt
 * java -cp "node/target/classes:node/target/test-classes:$(cat /tmp/node-cp.txt)" \
 *      io.leandevnet.node.BuiltinNodeBenchmark [nodes=64] [slots=20] [warmupSlots=6] [log=FILE|-] \
 *      [keys=insecure|KEYDIR] [verify=node|shared]
 * </pre>
 *
 * {@code verify=shared}: the nodes share one cache of valid signatures (each signature checked once
 * per JVM, see {@link BuiltinNode#start(NodeConfig, InstantSource, PrintStream, SignatureCache)});
 * {@code node} (default): every node checks every signature itself. {@code keys=KEYDIR}: real XMSS
 * signatures (small scheme), keys generated into KEYDIR on the first run for that many validators
 * and reused after; {@code insecure} (default): the consensus module's insecure stand-in signatures
 * (SHA-256), to measure everything but XMSS. "Every slot finalized" means: each measured slot got a
 * block and, by the end, the finalized checkpoint of every node had reached the last measured slot
 * minus the steady lag (3 slots), with one head across all nodes. The nodes' logs go to FILE
 * (default: discarded).
 */
public final class BuiltinNodeBenchmark {

  private BuiltinNodeBenchmark() {}

  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 64;
    int slots = args.length > 1 ? Integer.parseInt(args[1]) : 20;
    int warmup = args.length > 2 ? Integer.parseInt(args[2]) : 6;
    Path logFile = args.length > 3 && !args[3].equals("-") ? Path.of(args[3]) : null;
    // keys: "insecure" or a directory for (cached) small-scheme XMSS keys
    Path keys = args.length > 4 && !args[4].equals("insecure") ? Path.of(args[4]) : null;
    // verify=node: each node checks every signature itself; shared: one cache of valid
    // signatures for the whole JVM, as the embedded backend may run them
    boolean shared = args.length > 5 && args[5].equals("shared");
    Optional<String> descriptors = MeshDescriptors.problem(n, MeshDescriptors.processLimit());
    if (descriptors.isPresent()) {
      System.err.println(descriptors.get());
      System.exit(2);
    }
    Path tmp = Files.createTempDirectory("lean-bench-");

    long keygen = System.nanoTime();
    TestBundle bundle = TestBundle.write(tmp.resolve("genesis"), n, 1, 4 + n / 8, keys);
    if (keys != null) {
      System.out.printf(
          "XMSS keys (small scheme) of %d validators ready in %.1f s (%s)%n",
          n, (System.nanoTime() - keygen) / 1e9, keys);
    }
    PrintStream log =
        new PrintStream(
            logFile == null ? OutputStream.nullOutputStream() : Files.newOutputStream(logFile),
            true,
            StandardCharsets.UTF_8);
    List<BuiltinNode> nodes = new ArrayList<>();
    try {
      run(n, slots, warmup, keys, shared, tmp, bundle, log, nodes);
    } finally {
      for (BuiltinNode node : nodes) {
        node.close();
      }
      log.close();
      deleteTree(tmp);
    }
    System.exit(0);
  }

  private static void run(
      int n,
      int slots,
      int warmup,
      Path keys,
      boolean shared,
      Path tmp,
      TestBundle bundle,
      PrintStream log,
      List<BuiltinNode> nodes)
      throws Exception {
    OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    int cores = Runtime.getRuntime().availableProcessors();
    long genesisTime = bundle.genesisTime();
    SignatureCache sharedCache = new SignatureCache(SignatureCache.NODE_CAPACITY * 4);
    long startNanos = System.nanoTime();
    for (int i = 0; i < n; i++) {
      nodes.add(
          BuiltinNode.start(
              bundle.nodeConfig(i, tmp.resolve("data-" + i)),
              InstantSource.system(),
              log,
              shared ? sharedCache : SignatureCache.forOneNode()));
    }
    System.out.printf(
        "%d nodes started in %.1f s (%d cores, vector shape %s, XMSS path %s), genesis at %s, "
            + "signatures: %s, verification: %s, load average %s%n",
        n,
        (System.nanoTime() - startNanos) / 1e9,
        cores,
        VectorSupport.shape(),
        VectorSupport.path(),
        Instant.ofEpochSecond(genesisTime),
        keys == null ? "insecure stand-in" : "XMSS small scheme",
        shared ? "shared cache" : "per node",
        loadAverage());
    SlotClock clock = SlotClock.system(genesisTime);
    long firstSlot = warmup;
    long lastSlot = warmup + slots - 1;
    sleepUntil(clock.startOfSlot(firstSlot));
    long cpuStart = os.getProcessCpuTime();
    long wallStart = System.nanoTime();
    System.out.println("slot  head(min)  justified(min)  finalized(min)  lag  heads  peers(min)");
    int maxLag = 0;
    long lagSum = 0;
    int maxHeads = 0;
    for (long slot = firstSlot; slot <= lastSlot; slot++) {
      sleepUntil(
          clock.startOfSlot(slot).plusMillis(4 * ChainConfig.MILLISECONDS_PER_INTERVAL + 400));
      long head = nodes.stream().mapToLong(x -> x.view().head().slot()).min().orElseThrow();
      long justified =
          nodes.stream().mapToLong(x -> x.view().latestJustified().slot()).min().orElseThrow();
      long finalized =
          nodes.stream().mapToLong(x -> x.view().latestFinalized().slot()).min().orElseThrow();
      long heads = nodes.stream().map(x -> x.view().head().root()).distinct().count();
      int peers = nodes.stream().mapToInt(BuiltinNode::peerCount).min().orElseThrow();
      int lag = (int) (slot - finalized);
      maxLag = Math.max(maxLag, lag);
      lagSum += lag;
      maxHeads = (int) Math.max(maxHeads, heads);
      System.out.printf(
          "%4d  %9d  %14d  %14d  %3d  %5d  %10d%n",
          slot, head, justified, finalized, lag, heads, peers);
    }
    double wall = (System.nanoTime() - wallStart) / 1e9;
    double cpu = (os.getProcessCpuTime() - cpuStart) / 1e9;
    // Which measured slots got a block on node 0's chain (walk its fork-choice tree from the head).
    var fc = nodes.get(0).view().forkChoice();
    Map<Bytes32, ForkChoiceNode> byRoot = new HashMap<>();
    fc.nodes().forEach(x -> byRoot.put(x.root(), x));
    Set<Long> blockSlots = new HashSet<>();
    for (var x = byRoot.get(fc.head().root()); x != null; x = byRoot.get(x.parentRoot())) {
      blockSlots.add(x.slot());
    }
    long finalizedEnd =
        nodes.stream().mapToLong(x -> x.view().latestFinalized().slot()).min().orElseThrow();
    long missing = 0;
    for (long s = Math.max(firstSlot, finalizedEnd); s <= lastSlot; s++) {
      if (!blockSlots.contains(s)) {
        missing++;
      }
    }
    boolean everySlot =
        maxHeads <= 1 && maxLag <= 3 && missing == 0 && finalizedEnd >= lastSlot - 3;
    System.out.printf(
        "%nnodes %d, slots %d..%d: every slot finalized: %s (max lag %d slots, mean %.2f; "
            + "%d measured slots without a block on the head chain after the finalized slot; at most %d distinct heads)%n",
        n,
        firstSlot,
        lastSlot,
        everySlot ? "YES" : "NO",
        maxLag,
        (double) lagSum / slots,
        missing,
        maxHeads);
    System.out.printf(
        "CPU: %.1f%% of one core per node (%.2f core-seconds per node per slot); process %.0f%% of %d cores%n",
        100 * cpu / wall / n, cpu / n / slots, 100 * cpu / wall, cores);
    System.out.printf(
        "heap used: %d MiB; load average at the end %s%n",
        (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20,
        loadAverage());
  }

  /** The machine's 1, 5 and 15 minute load averages (/proc/loadavg), or "unknown". */
  private static String loadAverage() {
    try {
      String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
      return fields[0] + " " + fields[1] + " " + fields[2];
    } catch (IOException | RuntimeException e) {
      return "unknown";
    }
  }

  private static void sleepUntil(Instant deadline) throws InterruptedException {
    long ms = deadline.toEpochMilli() - System.currentTimeMillis();
    if (ms > 0) {
      Thread.sleep(ms);
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
