package io.leandevnet.consensus.forkchoice;

import static org.assertj.core.api.Assertions.assertThat;

import io.leandevnet.consensus.containers.SignedBlock;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The in-process devnet against traces of leanSpec's devnet4 spec ({@code db21cc24}
 * {@code LstarSpec}: on_tick, produce_block_with_signatures, on_block, update_head,
 * produce_attestation_data, on_gossip_attestation, aggregate, on_gossip_aggregated_attestation)
 * driven with the same schedule, keys and genesis, signature checks stubbed on the Python side.
 * Every slot's block root, head, justified and finalized slots, safe target and attestation
 * count must be identical.
 */
class LeanSpecSimulationTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "sim-4v-30slots.txt, 4, 30, ''",
      "sim-5v-16slots-offline-4.txt, 5, 16, 4",
      "sim-7v-40slots-offline-2-5.txt, 7, 40, 2 5",
      "sim-4v-20slots-offline-1-2.txt, 4, 20, 1 2"})
  void traceMatchesTheSpec(String file, int validators, int slots, String offline)
      throws IOException {
    Set<Integer> off = Arrays.stream(offline.trim().split(" ")).filter(s -> !s.isEmpty())
        .map(Integer::parseInt).collect(Collectors.toSet());
    InProcessDevnet devnet = new InProcessDevnet(validators, off);
    List<String> trace = new ArrayList<>();
    trace.add("genesis " + devnet.chain.genesisRoot);
    for (long slot = 1; slot <= slots; slot++) {
      SignedBlock block = devnet.runSlot(slot);
      Store s = devnet.stores.get(0);
      trace.add(slot + " " + (block == null ? "none" : block.block().hashTreeRoot().toString())
          + " " + s.head() + " " + s.latestJustified().slot() + " " + s.latestFinalized().slot()
          + " " + s.safeTarget() + " "
          + (block == null ? 0 : block.block().body().attestations().size()));
    }
    assertThat(trace).containsExactlyElementsOf(expected(file));
  }

  private static List<String> expected(String file) throws IOException {
    try (InputStream in = LeanSpecSimulationTest.class.getResourceAsStream(
        "/leanspec-db21cc24/" + file)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .filter(l -> !l.startsWith("#") && !l.isBlank()).toList();
    }
  }
}
