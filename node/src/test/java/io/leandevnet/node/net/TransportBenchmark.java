package io.leandevnet.node.net;

import com.sun.management.OperatingSystemMXBean;
import io.leandevnet.node.clock.SlotClock;
import io.leandevnet.node.metrics.LeanMetrics;
import io.leandevnet.node.view.FixedNodeView;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * Rerunnable benchmark of the built-in transport: N nodes in one JVM on 127.0.0.1, every node a
 * bootnode of every other, each slot every node gossips one attestation-sized message and one node
 * a block-sized message. Prints the mesh set-up time, delivery counts, delivery latency and the CPU
 * time per node per slot.
 *
 * <pre>
 * ./mvnw -q -pl node -am test-compile
 * java -cp "node/target/classes:node/target/test-classes:$(cat /tmp/node-cp.txt)" \
 *      io.leandevnet.node.net.TransportBenchmark [nodes=64] [slots=10] [attestationBytes=3200] [blockBytes=60000] \
 *      [slotMillis=1000]
 * </pre>
 *
 * (/tmp/node-cp.txt: {@code ./mvnw -q -pl node -am dependency:build-classpath
 * -Dmdep.outputFile=/tmp/node-cp.txt}). Slots are compressed to 1 s of wall time by default so that
 * the run is short (4000 for the real pace); the CPU figure is per simulated slot.
 */
public final class TransportBenchmark {

  private TransportBenchmark() {}

  public static void main(String[] args) throws Exception {
    int nodes = args.length > 0 ? Integer.parseInt(args[0]) : 64;
    int slots = args.length > 1 ? Integer.parseInt(args[1]) : 10;
    int attestationBytes = args.length > 2 ? Integer.parseInt(args[2]) : 3200;
    int blockBytes = args.length > 3 ? Integer.parseInt(args[3]) : 60_000;
    long slotMillis = args.length > 4 ? Long.parseLong(args[4]) : 1000;

    List<Integer> ports = new ArrayList<>();
    List<ServerSocket> probes = new ArrayList<>();
    for (int i = 0; i < nodes; i++) {
      probes.add(new ServerSocket(0, 1, InetAddress.getLoopbackAddress()));
    }
    for (ServerSocket s : probes) {
      ports.add(s.getLocalPort());
      s.close();
    }
    List<InetSocketAddress> all =
        ports.stream()
            .map(p -> new InetSocketAddress(InetAddress.getLoopbackAddress(), p))
            .toList();

    LongAdder delivered = new LongAdder();
    List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
    AtomicLong sampleCounter = new AtomicLong();
    List<Transport> transports = new ArrayList<>();
    long t0 = System.nanoTime();
    for (int i = 0; i < nodes; i++) {
      String name = "builtin_" + i;
      LeanMetrics metrics =
          new LeanMetrics(
              name, "bench", Instant.now(), FixedNodeView.genesis(), SlotClock.system(0));
      Transport t =
          new Transport(
              TransportConfig.of("bench", name, all.get(i), all), metrics, () -> new byte[84]);
      GossipHandler handler =
          (topic, payload, from) -> {
            delivered.increment();
            if (sampleCounter.incrementAndGet() % 4 == 0) {
              latencies.add(System.nanoTime() - ByteBuffer.wrap(payload).getLong());
            }
            return GossipVerdict.ACCEPT;
          };
      t.subscribe(Topic.BLOCK, handler);
      t.subscribe(Topic.attestation(0), handler);
      transports.add(t.start());
    }
    while (transports.stream().anyMatch(t -> t.peers().size() < nodes - 1)) {
      Thread.sleep(50);
      if (System.nanoTime() - t0 > 120_000_000_000L) {
        System.out.println(
            "mesh incomplete after 120 s: peers per node "
                + transports.stream().map(t -> t.peers().size()).toList());
        break;
      }
    }
    double meshSeconds = (System.nanoTime() - t0) / 1e9;
    System.out.printf(
        "nodes=%d full mesh (%d connections) in %.2f s%n",
        nodes, nodes * (nodes - 1) / 2, meshSeconds);

    Thread.sleep(2000); // let the peer-set announcements settle
    delivered.reset();
    latencies.clear();
    var os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    long cpuStart = os.getProcessCpuTime();
    long wallStart = System.nanoTime();
    for (int slot = 0; slot < slots; slot++) {
      long slotStart = System.nanoTime();
      byte[] block = new byte[blockBytes];
      ThreadLocalRandom.current().nextBytes(block);
      ByteBuffer.wrap(block).putLong(System.nanoTime());
      transports.get(slot % nodes).publish(Topic.BLOCK, block);
      for (Transport t : transports) {
        byte[] attestation = new byte[attestationBytes];
        ThreadLocalRandom.current().nextBytes(attestation);
        ByteBuffer.wrap(attestation).putLong(System.nanoTime());
        t.publish(Topic.attestation(0), attestation);
      }
      long left = slotMillis - (System.nanoTime() - slotStart) / 1_000_000;
      if (left > 0) {
        Thread.sleep(left);
      }
    }
    Thread.sleep(1000);
    long cpu = os.getProcessCpuTime() - cpuStart;
    double wall = (System.nanoTime() - wallStart) / 1e9;
    long expected = (long) slots * (nodes + 1) * (nodes - 1);
    long[] sorted;
    synchronized (latencies) {
      sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
    }
    System.out.printf(
        "slots=%d messages/slot=%d delivered=%d of %d (%.2f%%)%n",
        slots, nodes + 1, delivered.sum(), expected, 100.0 * delivered.sum() / expected);
    if (sorted.length > 0) {
      System.out.printf(
          "delivery latency p50=%.1f ms p99=%.1f ms max=%.1f ms%n",
          sorted[sorted.length / 2] / 1e6,
          sorted[(int) (sorted.length * 0.99)] / 1e6,
          sorted[sorted.length - 1] / 1e6);
    }
    System.out.printf(
        "CPU %.2f s over %.1f s wall: %.1f ms CPU per node per slot, %.0f%% of one core%n",
        cpu / 1e9, wall, cpu / 1e6 / nodes / slots, 100.0 * cpu / 1e9 / wall);
    System.out.println(
        "peers per node at the end: min="
            + transports.stream().mapToInt(t -> t.peers().size()).min().orElse(0)
            + " max="
            + transports.stream().mapToInt(t -> t.peers().size()).max().orElse(0));
    for (Transport t : transports) {
      t.close();
    }
    System.out.println("done");
  }
}
