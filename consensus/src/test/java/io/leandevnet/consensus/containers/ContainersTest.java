package io.leandevnet.consensus.containers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.leandevnet.consensus.TestChain;
import io.leandevnet.ssz.Bits;
import io.leandevnet.ssz.Bytes;
import io.leandevnet.ssz.Bytes32;
import io.leandevnet.ssz.SszException;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class ContainersTest {
  static final TestChain CHAIN = new TestChain(4);

  static SignedBlock sampleSignedBlock() {
    Checkpoint g = new Checkpoint(CHAIN.genesisRoot, 0);
    AttestationData d = new AttestationData(1, g, g, g);
    Block block =
        new Block(
            1,
            1,
            CHAIN.genesisRoot,
            Bytes32.fromHex("aa".repeat(32)),
            new BlockBody(List.of(new AggregatedAttestation(Bits.of(true, false, true), d))));
    return CHAIN.sign(block);
  }

  @Test
  void fixedSizesMatchTheSpec() {
    assertThat(Checkpoint.SSZ.fixedSize()).isEqualTo(40);
    assertThat(Validator.SSZ.fixedSize()).isEqualTo(112);
    assertThat(BlockHeader.SSZ.fixedSize()).isEqualTo(112);
    assertThat(AttestationData.SSZ.fixedSize()).isEqualTo(128);
    assertThat(Status.SSZ.fixedSize()).isEqualTo(80);
    assertThat(Signature.SSZ.fixedSize()).isEqualTo(2536);
    assertThat(SignedAttestation.SSZ.fixedSize()).isEqualTo(8 + 128 + 2536);
    assertThat(State.SSZ.isFixedSize()).isFalse();
  }

  @Test
  void signedBlockRoundTripsAndKeepsItsRoot() {
    SignedBlock signed = sampleSignedBlock();
    byte[] bytes = SignedBlock.SSZ.serialize(signed);
    // block offset, signature offset, then block: 8+8+32+32 fixed + body offset.
    assertThat(bytes[0]).isEqualTo((byte) 8);
    SignedBlock back = SignedBlock.SSZ.deserialize(bytes);
    assertThat(back).isEqualTo(signed);
    assertThat(back.block().hashTreeRoot()).isEqualTo(signed.block().hashTreeRoot());
    assertThat(back.block().header().hashTreeRoot()).isEqualTo(signed.block().hashTreeRoot());
  }

  @Test
  void gossipMessagesRoundTrip() {
    Checkpoint c = new Checkpoint(Bytes32.fromHex("01".repeat(32)), 7);
    AttestationData d = new AttestationData(9, c, c, Checkpoint.ZERO);
    SignedAttestation a =
        new SignedAttestation(3, d, CHAIN.keys.signer(3).signAttestation(9, d.hashTreeRoot()));
    assertThat(SignedAttestation.SSZ.deserialize(SignedAttestation.SSZ.serialize(a))).isEqualTo(a);
    SignedAggregatedAttestation agg =
        new SignedAggregatedAttestation(d, CHAIN.proof(d, List.of(0, 2)));
    assertThat(
            SignedAggregatedAttestation.SSZ.deserialize(
                SignedAggregatedAttestation.SSZ.serialize(agg)))
        .isEqualTo(agg);
    Status status = new Status(Checkpoint.ZERO, c);
    assertThat(Status.SSZ.serialize(status)).hasSize(80);
    BlocksByRootRequest req = new BlocksByRootRequest(List.of(c.root()));
    assertThat(BlocksByRootRequest.SSZ.deserialize(BlocksByRootRequest.SSZ.serialize(req)))
        .isEqualTo(req);
  }

  @Test
  void malformedBlocksGiveAFieldPath() {
    byte[] bytes = SignedBlock.SSZ.serialize(sampleSignedBlock());
    byte[] badOffset = bytes.clone();
    badOffset[7] = (byte) 0x7f; // the signature offset now points past the end
    assertThatThrownBy(() -> SignedBlock.SSZ.deserialize(badOffset))
        .isInstanceOf(SszException.class)
        .hasMessageContaining("SignedBlock: offset of signature (")
        .hasMessageContaining(") is out of range");
    // The proposer signature is 2536 bytes: move the list offset so only 2535 remain for it.
    int sigStart = (bytes[4] & 0xFF) | (bytes[5] & 0xFF) << 8;
    byte[] shortSig = Arrays.copyOf(bytes, sigStart + 2539);
    shortSig[sigStart] = (byte) 0x00; // attestation_signatures offset = ...
    shortSig[sigStart + 1] = (byte) 0x00;
    assertThatThrownBy(() -> SignedBlock.SSZ.deserialize(shortSig))
        .isInstanceOf(SszException.class)
        .satisfies(
            e ->
                assertThat(((SszException) e).path())
                    .isEqualTo("SignedBlock.signature.BlockSignatures"));
  }

  @Test
  void tooManyRequestedRootsAreRejected() {
    byte[] bytes = new byte[4 + 32 * 1025];
    bytes[0] = 4;
    assertThatThrownBy(() -> BlocksByRootRequest.SSZ.deserialize(bytes))
        .hasMessageContaining("1025 elements exceed the limit of 1024");
  }

  @Test
  void validatorKeysMustBe52Bytes() {
    assertThatThrownBy(() -> new Validator(Bytes.zeros(51), Bytes.zeros(52), 0))
        .hasMessageContaining("attestation_pubkey must be 52 bytes");
  }

  @Property(tries = 300)
  void corruptedBlocksFailWithSszExceptionOnly(
      @ForAll @Size(min = 1, max = 40) List<Integer> flips) {
    byte[] bytes = SignedBlock.SSZ.serialize(sampleSignedBlock());
    for (int f : flips) {
      int pos = Math.floorMod(f, bytes.length);
      bytes[pos] ^= (byte) (f >>> 8 | 1);
    }
    Throwable t = catchThrowable(() -> SignedBlock.SSZ.deserialize(bytes));
    assertThat(t == null || t instanceof SszException).as("%s", t).isTrue();
  }
}
