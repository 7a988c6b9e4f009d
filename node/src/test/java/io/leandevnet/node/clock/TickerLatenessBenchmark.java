package io.leandevnet.node.clock;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * Rerunnable measurement of how late interval ticks fire on the system clock: N tickers (one per
 * node of an embedded devnet) run for a number of intervals; prints the lateness of the calls after
 * each interval's start (p50, p99, max) and the count of skipped intervals.
 *
 * <pre>
 * java -cp "node/target/classes:node/target/test-classes:$(cat /tmp/node-cp.txt)" \
 *      io.leandevnet.node.clock.TickerLatenessBenchmark [tickers=64] [intervals=10]
 * </pre>
 */
public final class TickerLatenessBenchmark {

  private TickerLatenessBenchmark() {}

  public static void main(String[] args) throws InterruptedException {
    int tickers = args.length > 0 ? Integer.parseInt(args[0]) : 64;
    int intervals = args.length > 1 ? Integer.parseInt(args[1]) : 10;
    SlotClock clock = SlotClock.system(Instant.now().getEpochSecond() - 100);
    List<Long> latenessMicros = Collections.synchronizedList(new ArrayList<>());
    List<Long> skipped = Collections.synchronizedList(new ArrayList<>());
    CountDownLatch done = new CountDownLatch(tickers);
    List<IntervalTicker> running = new ArrayList<>();
    for (int i = 0; i < tickers; i++) {
      int[] calls = {0};
      running.add(
          IntervalTicker.system(
                  clock,
                  (time, skippedBefore) -> {
                    Duration late = Duration.between(clock.startOf(time), Instant.now());
                    if (calls[0]++ < intervals) {
                      latenessMicros.add(late.toNanos() / 1000);
                      skipped.add(skippedBefore);
                      if (calls[0] == intervals) {
                        done.countDown();
                      }
                    }
                  },
                  "ticker-" + i)
              .start());
    }
    done.await();
    running.forEach(IntervalTicker::close);
    long[] sorted = latenessMicros.stream().mapToLong(Long::longValue).sorted().toArray();
    System.out.printf(
        "tickers=%d intervals=%d calls=%d lateness p50=%.2f ms p99=%.2f ms max=%.2f ms skipped=%d%n",
        tickers,
        intervals,
        sorted.length,
        sorted[sorted.length / 2] / 1000.0,
        sorted[(int) (sorted.length * 0.99)] / 1000.0,
        sorted[sorted.length - 1] / 1000.0,
        skipped.stream().mapToLong(Long::longValue).sum());
  }
}
