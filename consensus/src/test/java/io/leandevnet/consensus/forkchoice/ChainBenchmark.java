package io.leandevnet.consensus.forkchoice;

import io.leandevnet.consensus.containers.State;

/**
 * Rerunnable rate check: drives the in-process devnet (every node verifies every signature and runs
 * the state transition) and prints slots per second, then the cost of one state hash_tree_root at
 * the final slot.
 *
 * <pre>
 * ./mvnw -q -pl consensus -am test-compile
 * java -cp ssz/target/classes:consensus/target/classes:consensus/target/test-classes \
 *   io.leandevnet.consensus.forkchoice.ChainBenchmark [nodes] [slots]
 * </pre>
 */
public final class ChainBenchmark {
  private ChainBenchmark() {}

  public static void main(String[] args) {
    int nodes = args.length > 0 ? Integer.parseInt(args[0]) : 4;
    int slots = args.length > 1 ? Integer.parseInt(args[1]) : 500;
    InProcessDevnet devnet = new InProcessDevnet(nodes);
    long t0 = System.nanoTime();
    for (long slot = 1; slot <= slots; slot++) {
      devnet.runSlot(slot);
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    Store s = devnet.stores.get(0);
    System.out.printf(
        "%d nodes, %d slots in %.2f s: %.1f slots/s (%.1f ms per slot for all nodes)" + "%n",
        nodes, slots, seconds, slots / seconds, 1000 * seconds / slots);
    System.out.printf(
        "head %d, justified %d, finalized %d%n",
        s.headSlot(), s.latestJustified().slot(), s.latestFinalized().slot());
    State state = s.headState();
    int rounds = 200;
    long t1 = System.nanoTime();
    for (int i = 0; i < rounds; i++) {
      state.hashTreeRoot();
    }
    System.out.printf(
        "state hash_tree_root at slot %d: %.3f ms%n",
        state.slot(), (System.nanoTime() - t1) / 1e6 / rounds);
  }
}
