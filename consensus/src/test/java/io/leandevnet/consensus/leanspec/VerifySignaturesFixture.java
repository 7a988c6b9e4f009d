package io.leandevnet.consensus.leanspec;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.leandevnet.consensus.RejectedException;
import io.leandevnet.consensus.containers.Block;
import io.leandevnet.consensus.containers.BlockBody;
import io.leandevnet.consensus.containers.BlockHeader;
import io.leandevnet.consensus.containers.SignedBlock;
import io.leandevnet.consensus.containers.State;
import io.leandevnet.consensus.forkchoice.Store;
import io.leandevnet.consensus.signature.SignatureAggregation;
import io.leandevnet.fixtures.Fixture;

/**
 * {@code verify_signatures_test}: {@code verify_signatures(signedBlock, anchorState.validators)}
 * with real XMSS verification in the fixture's scheme: the proposer's signature over the block root
 * and one proof per body attestation. Valid, or rejected when {@code expectException} is set.
 */
final class VerifySignaturesFixture {
  private VerifySignaturesFixture() {}

  static void check(Fixture fixture) {
    State state = FixtureJson.state(fixture.field("anchorState"));
    SignedBlock signedBlock = FixtureJson.signedBlock(fixture.field("signedBlock"));
    BlockHeader header = state.latestBlockHeader();
    Block anchor =
        new Block(
            header.slot(),
            header.proposerIndex(),
            header.parentRoot(),
            state.hashTreeRoot(),
            BlockBody.EMPTY);
    Store store =
        Store.createStore(
            state, anchor, new SignatureAggregation(FixtureSignatures.xmss(fixture.testScheme())));
    if (fixture.body().has("expectException")) {
      assertThatThrownBy(() -> store.verifySignatures(signedBlock, state.validators()))
          .isInstanceOf(RejectedException.class);
    } else {
      assertThatCode(() -> store.verifySignatures(signedBlock, state.validators()))
          .doesNotThrowAnyException();
    }
  }
}
