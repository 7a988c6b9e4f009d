package io.leandevnet.consensus;

import io.leandevnet.consensus.containers.AggregatedAttestation;
import io.leandevnet.consensus.containers.AggregatedSignatureProof;
import io.leandevnet.consensus.containers.AttestationData;
import io.leandevnet.consensus.containers.Block;
import io.leandevnet.consensus.containers.BlockBody;
import io.leandevnet.consensus.containers.BlockSignatures;
import io.leandevnet.consensus.containers.Checkpoint;
import io.leandevnet.consensus.containers.Signature;
import io.leandevnet.consensus.containers.SignedBlock;
import io.leandevnet.consensus.containers.State;
import io.leandevnet.consensus.genesis.Genesis;
import io.leandevnet.consensus.signature.InsecureTestSignatures;
import io.leandevnet.consensus.signature.SignatureAggregation;
import io.leandevnet.consensus.statetransition.StateTransition;
import io.leandevnet.ssz.Bits;
import io.leandevnet.ssz.Bytes32;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Hand-built chains for tests: genesis with deterministic keys, and signed blocks on top. */
public final class TestChain {
  public final InsecureTestSignatures keys = new InsecureTestSignatures("test");
  public final SignatureAggregation aggregation = new SignatureAggregation(keys);
  public final State genesisState;
  public final Block genesisBlock;
  public final Bytes32 genesisRoot;

  public TestChain(int validators) {
    genesisState = Genesis.generateGenesis(1_000, keys.validators(validators));
    genesisBlock = Genesis.genesisBlock(genesisState);
    genesisRoot = genesisBlock.hashTreeRoot();
  }

  /** A block at {@code slot} on {@code parent} with the correct proposer and state root. */
  public Block block(
      State parentState, Bytes32 parentRoot, long slot, List<AggregatedAttestation> attestations) {
    long proposer = slot % parentState.numValidators();
    Block unrooted =
        new Block(slot, proposer, parentRoot, Bytes32.ZERO, new BlockBody(attestations));
    State post =
        StateTransition.processBlock(StateTransition.processSlots(parentState, slot), unrooted);
    return unrooted.withStateRoot(post.hashTreeRoot());
  }

  /** The block signed by its proposer with real per-attestation proofs. */
  public SignedBlock sign(Block block) {
    List<AggregatedSignatureProof> proofs = new ArrayList<>();
    for (AggregatedAttestation a : block.body().attestations()) {
      proofs.add(proof(a.data(), a.aggregationBits().indices().boxed().toList()));
    }
    Signature proposer =
        keys.signer((int) block.proposerIndex()).signProposal(block.slot(), block.hashTreeRoot());
    return new SignedBlock(block, new BlockSignatures(proofs, proposer));
  }

  /** A proof that {@code validators} signed {@code data}. */
  public AggregatedSignatureProof proof(AttestationData data, List<Integer> validators) {
    Map<Integer, Signature> raw = new TreeMap<>();
    for (int v : validators) {
      raw.put(v, keys.signer(v).signAttestation(data.slot(), data.hashTreeRoot()));
    }
    return aggregation.aggregate(List.of(), raw);
  }

  public static AggregatedAttestation votes(int n, AttestationData data, Integer... validators) {
    return new AggregatedAttestation(Bits.ofIndices(n, List.of(validators)), data);
  }

  public static AttestationData data(
      long slot, Checkpoint head, Checkpoint target, Checkpoint source) {
    return new AttestationData(slot, head, target, source);
  }
}
