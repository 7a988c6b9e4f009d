package io.leandevnet.consensus.statetransition;

import static org.assertj.core.api.Assertions.assertThat;

import io.leandevnet.consensus.containers.AggregatedAttestation;
import io.leandevnet.consensus.containers.AttestationData;
import io.leandevnet.consensus.containers.Block;
import io.leandevnet.consensus.containers.BlockBody;
import io.leandevnet.consensus.containers.Checkpoint;
import io.leandevnet.consensus.containers.State;
import io.leandevnet.consensus.containers.Validator;
import io.leandevnet.consensus.genesis.Genesis;
import io.leandevnet.consensus.genesis.PinnedGenesisRoots;
import io.leandevnet.ssz.Bits;
import io.leandevnet.ssz.Bytes;
import io.leandevnet.ssz.Bytes32;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Roots computed by running leanSpec's devnet4 Python spec ({@code db21cc24}, {@code
 * LstarSpec.state_transition}) on the same hand-built chain: 4 validators with attestation key
 * {@code (0x10+i)×52} and proposal key {@code (0x20+i)×52}, genesis time 1000. The chain skips
 * slots 3 and 6, keeps a pending vote, justifies and finalizes, and at slot 9 shows the devnet4
 * rule that a newly justified target replaces latest_justified even when it is older.
 */
class LeanSpecVectorsTest {
  record Vote(long slot, int head, int target, int source, List<Integer> voters) {}

  record Step(
      int slot,
      int parent,
      List<Vote> votes,
      String blockRoot,
      String stateRoot,
      long justified,
      long finalized,
      String justifiedSlots,
      int pendingRoots) {}

  static final List<Step> STEPS =
      List.of(
          new Step(
              1,
              0,
              List.of(),
              "c3487589748b23527d61f75ae3c309a4e8d56f2f73364daed1edfbb757a9eae7",
              "a3dc10209d0c4a963c5a59247189e13b2c45269d3a743ee41ad8eb0670fd6079",
              0,
              0,
              "",
              0),
          new Step(
              2,
              1,
              List.of(),
              "80b73c13985b8c7a2c35483995286c6983f4b19052e750a360fb42d54067d7db",
              "5237e88deaf3f811b70355768030f1b420664e91b9bc8eb68a75c2fb121864b7",
              0,
              0,
              "0",
              0),
          new Step(
              4,
              2,
              List.of(new Vote(2, 2, 2, 0, List.of(0, 1))),
              "548bbf8e39fb9e522bf12bb55300c7e855a806c3f7242c3954cb5d6dec3a3f1b",
              "d132f4c3846abd25c99c15dcaa35ac2c34b2eac9c3e392076bcc79d813e886c0",
              0,
              0,
              "000",
              1),
          new Step(
              5,
              4,
              List.of(
                  new Vote(4, 4, 1, 0, List.of(0, 1, 2)), new Vote(4, 4, 2, 1, List.of(1, 2, 3))),
              "3e1b59ed8cc2ae6a1eed26e1915f06a7c9d850a2a543fb0be639bdce38af1c16",
              "35a9fba5400a15bf6f6e0d5c87d1a3b3543d3e6c6a1a69d2c2fd31069dfbc391",
              2,
              1,
              "100",
              0),
          new Step(
              7,
              5,
              List.of(new Vote(5, 5, 4, 2, List.of(0, 2, 3))),
              "8ebc11923e2e43f6496d0e320a1f896da45748fcaf99485663f7caf1665cb074",
              "bcf731a6bb32f1bb6e830bff5252c7cb2e6ff2600521e9907a706b8199231bf1",
              4,
              1,
              "10100",
              0),
          new Step(
              8,
              7,
              List.of(new Vote(7, 7, 5, 4, List.of(0, 1)), new Vote(7, 7, 7, 4, List.of(1, 2, 3))),
              "f55c88caa1e344171a12589b1f9811de381176b7e6919fb0c4acddc2a7701268",
              "991b516f66a5621ba3689721652bfb2dbb12cd8e98587b8aae54ee0507f30220",
              7,
              1,
              "101001",
              1),
          new Step(
              9,
              8,
              List.of(new Vote(8, 8, 5, 4, List.of(2))),
              "4d9d9165f943800bc1a2b56ca131e74dc3c3b725ac3c50769b255b85c597cd11",
              "a84b3ba3f3846137f2bc10cf54db66ca49afc2417803d7371f8ffa57bb5b42a5",
              5,
              4,
              "1010",
              0));

  @Test
  void handBuiltChainReproducesTheSpecsRoots() {
    List<Validator> validators = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      validators.add(new Validator(Bytes.wrap(filled(0x10 + i)), Bytes.wrap(filled(0x20 + i)), i));
    }
    State genesis = Genesis.generateGenesis(1000, validators);
    Block genesisBlock =
        new PinnedGenesisRoots(
                "659571ee18b5737f76065a53f611ae52aa816b3d1a8d38421597b26a60cd4f33",
                "2574575705f5450fe72f6b22c370977dc0f7dd14802fdf8e849a85cf49816711")
            .assertMatch(genesis);

    Map<Integer, Bytes32> roots = new HashMap<>(Map.of(0, genesisBlock.hashTreeRoot()));
    Map<Integer, State> states = new HashMap<>(Map.of(0, genesis));
    for (Step step : STEPS) {
      List<AggregatedAttestation> body = new ArrayList<>();
      for (Vote v : step.votes()) {
        Checkpoint head = new Checkpoint(roots.get(v.head()), v.head());
        Checkpoint target = new Checkpoint(roots.get(v.target()), v.target());
        Checkpoint source = new Checkpoint(roots.get(v.source()), v.source());
        int length = v.voters().stream().mapToInt(Integer::intValue).max().orElseThrow() + 1;
        body.add(
            new AggregatedAttestation(
                Bits.ofIndices(length, v.voters()),
                new AttestationData(v.slot(), head, target, source)));
      }
      State pre = states.get(step.parent());
      Block unrooted =
          new Block(
              step.slot(),
              step.slot() % 4,
              roots.get(step.parent()),
              Bytes32.ZERO,
              new BlockBody(body));
      State post =
          StateTransition.processBlock(StateTransition.processSlots(pre, step.slot()), unrooted);
      Block block = unrooted.withStateRoot(post.hashTreeRoot());
      assertThat(StateTransition.stateTransition(pre, block)).isEqualTo(post);

      assertThat(post.hashTreeRoot())
          .as("state root after slot %d", step.slot())
          .isEqualTo(Bytes32.fromHex(step.stateRoot()));
      assertThat(block.hashTreeRoot())
          .as("block root at slot %d", step.slot())
          .isEqualTo(Bytes32.fromHex(step.blockRoot()));
      assertThat(post.latestJustified().slot()).isEqualTo(step.justified());
      assertThat(post.latestFinalized().slot()).isEqualTo(step.finalized());
      assertThat(bitString(post.justifiedSlots())).isEqualTo(step.justifiedSlots());
      assertThat(post.justificationsRoots()).hasSize(step.pendingRoots());
      roots.put(step.slot(), block.hashTreeRoot());
      states.put(step.slot(), post);
    }
  }

  private static byte[] filled(int value) {
    byte[] b = new byte[52];
    Arrays.fill(b, (byte) value);
    return b;
  }

  private static String bitString(Bits bits) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < bits.length(); i++) {
      sb.append(bits.get(i) ? '1' : '0');
    }
    return sb.toString();
  }
}
