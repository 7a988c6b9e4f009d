package io.leandevnet.consensus.genesis;

import static org.assertj.core.api.Assertions.assertThat;

import io.leandevnet.consensus.containers.Block;
import io.leandevnet.consensus.containers.BlockBody;
import io.leandevnet.consensus.containers.State;
import io.leandevnet.consensus.containers.Validator;
import io.leandevnet.ssz.Bytes;
import io.leandevnet.ssz.Bytes32;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GenesisTest {
  static final String KEY_A =
      "cd323f232b34ab26d6db7402c886e74ca81cfd3a0c659d2fe022356f25592f7d"
          + "2d25ca7b19604f5a180037046cf2a02e1da4a800";
  static final String KEY_B =
      "b7b0f72e24801b02bda64073cb4de6699a416b37dfead227d7ca3922647c940f"
          + "a03e4c012e8a0e656b731934aeac124a5337e333";
  static final String KEY_C =
      "8d9cbc508b20ef43e165f8559c1bdd18aaeda805ef565a4f9ffd6e4fbed01c05"
          + "e143e305017847445859650d6dd06e6efb3f8410";

  /** The 3-validator config pinned by ethlambda's {@code state_from_genesis_root} test. */
  static List<Validator> ethlambdaValidators() {
    return List.of(
        new Validator(Bytes.fromHex(KEY_A), Bytes.fromHex(KEY_B), 0),
        new Validator(Bytes.fromHex(KEY_C), Bytes.fromHex(KEY_A), 1),
        new Validator(Bytes.fromHex(KEY_B), Bytes.fromHex(KEY_C), 2));
  }

  @Test
  void genesisMatchesEthlambdasPinnedStateAndBlockRoots() {
    State state = Genesis.generateGenesis(1770407233L, ethlambdaValidators());
    Block block =
        new PinnedGenesisRoots(
                "babcdc9235a29dfc0d605961df51cfc85732f85291c2beea8b7510a92ec458fe",
                "66a8beaa81d2aaeac7212d4bf8f5fea2bd22d479566a33a83c891661c21235ef")
            .assertMatch(state);
    assertThat(state.latestBlockHeader().withStateRoot(state.hashTreeRoot()).hashTreeRoot())
        .isEqualTo(block.hashTreeRoot());
  }

  @Test
  void genesisHeaderCarriesTheEmptyBodyRoot() {
    State state = Genesis.generateGenesis(0, ethlambdaValidators());
    assertThat(state.latestBlockHeader().bodyRoot())
        .isEqualTo(
            Bytes32.fromHex("dba9671bac9513c9482f1416a53aabd2c6ce90d5a5f865ce5a55c775325c9136"));
    assertThat(BlockBody.EMPTY.hashTreeRoot()).isEqualTo(state.latestBlockHeader().bodyRoot());
  }

  @Test
  void serializedGenesisFollowsTheSizeFormula() {
    for (int n : new int[] {1, 3, 4}) {
      List<Validator> validators = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        validators.add(new Validator(Bytes.zeros(52), Bytes.zeros(52), i));
      }
      State state = Genesis.generateGenesis(1770407233L, validators);
      byte[] bytes = State.SSZ.serialize(state);
      // 228 fixed bytes + 0x01 (empty justified_slots) + 112 per validator + 0x01.
      assertThat(bytes).hasSize(228 + 1 + 112 * n + 1);
      assertThat(bytes[228]).isEqualTo((byte) 1);
      assertThat(bytes[bytes.length - 1]).isEqualTo((byte) 1);
      assertThat(State.SSZ.deserialize(bytes)).isEqualTo(state);
    }
  }
}
