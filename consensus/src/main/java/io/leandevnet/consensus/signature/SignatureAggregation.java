package io.leandevnet.consensus.signature;

import io.leandevnet.consensus.containers.AggregatedSignatureProof;
import io.leandevnet.consensus.containers.Signature;
import io.leandevnet.ssz.Bits;
import io.leandevnet.ssz.Bytes;
import io.leandevnet.ssz.Bytes32;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * {@code AggregatedSignatureProof.aggregate / verify / select_greedily} without leanVM.
 *
 * <p>The one deliberate difference from the real clients: {@code proof_data} is not a leanVM SNARK
 * but the participants' individual XMSS signatures, concatenated in ascending validator order
 * ({@value Signature#LENGTH} bytes each). Verification checks each of them. Proofs are therefore
 * large (at most 413 participants fit the 1 MiB {@code proof_data}), and nodes using this format
 * cannot exchange aggregates with leanVM clients.
 */
public final class SignatureAggregation {
  /** How many signatures fit one {@code ByteListMiB}. */
  public static final int MAX_PARTICIPANTS = 1024 * 1024 / Signature.LENGTH;

  private final SignatureVerifier verifier;

  public SignatureAggregation(SignatureVerifier verifier) {
    this.verifier = verifier;
  }

  public SignatureVerifier verifier() {
    return verifier;
  }

  /**
   * Combines child proofs and raw signatures ({@code validator index → signature}) into one proof
   * over all of their participants.
   *
   * @throws IllegalArgumentException with the spec's conditions: at least one raw signature or at
   *     least two children, and no more than {@link #MAX_PARTICIPANTS} participants
   */
  public AggregatedSignatureProof aggregate(
      List<AggregatedSignatureProof> children, Map<Integer, Signature> raw) {
    if (raw.isEmpty() && children.size() < 2) {
      throw new IllegalArgumentException(
          "aggregation needs a raw signature or at least two child proofs");
    }
    SortedMap<Integer, Signature> all = new TreeMap<>(raw);
    for (AggregatedSignatureProof child : children) {
      all.putAll(signaturesOf(child));
    }
    if (all.size() > MAX_PARTICIPANTS) {
      throw new IllegalArgumentException(
          all.size()
              + " participants exceed the "
              + MAX_PARTICIPANTS
              + " signatures a bundled proof can carry");
    }
    ByteArrayOutputStream data = new ByteArrayOutputStream();
    all.values().forEach(s -> data.writeBytes(s.bytes().toArray()));
    Bits participants = Bits.ofIndices(all.lastKey() + 1, all.keySet());
    return new AggregatedSignatureProof(participants, Bytes.wrap(data.toByteArray()));
  }

  /** The individual signatures a proof carries, by validator index. */
  public static SortedMap<Integer, Signature> signaturesOf(AggregatedSignatureProof proof) {
    List<Integer> ids = proof.participantIndices();
    Bytes data = proof.proofData();
    if (data.length() != ids.size() * Signature.LENGTH) {
      throw new IllegalArgumentException(
          "proof_data holds "
              + data.length()
              + " bytes, expected "
              + ids.size()
              + " signatures of "
              + Signature.LENGTH);
    }
    SortedMap<Integer, Signature> out = new TreeMap<>();
    for (int i = 0; i < ids.size(); i++) {
      out.put(
          ids.get(i), new Signature(data.slice(i * Signature.LENGTH, (i + 1) * Signature.LENGTH)));
    }
    return out;
  }

  /**
   * Whether {@code proof} proves that every participant signed {@code message} at {@code slot};
   * {@code publicKeys} are the participants' attestation keys in ascending index order.
   */
  public boolean verify(
      AggregatedSignatureProof proof, List<Bytes> publicKeys, Bytes32 message, long slot) {
    SortedMap<Integer, Signature> signatures;
    try {
      signatures = signaturesOf(proof);
    } catch (IllegalArgumentException e) {
      return false;
    }
    if (signatures.isEmpty() || signatures.size() != publicKeys.size()) {
      return false;
    }
    int i = 0;
    for (Signature s : signatures.values()) {
      if (!verifier.verify(publicKeys.get(i++), slot, message, s)) {
        return false;
      }
    }
    return true;
  }

  /**
   * {@code select_greedily}: repeatedly picks the proof covering the most validators not yet
   * covered, exhausting each tier before the next. Returns the chosen proofs in order.
   */
  @SafeVarargs
  public static List<AggregatedSignatureProof> selectGreedily(
      Collection<AggregatedSignatureProof>... tiers) {
    List<AggregatedSignatureProof> selected = new ArrayList<>();
    Set<Integer> covered = new HashSet<>();
    for (Collection<AggregatedSignatureProof> tier : tiers) {
      if (tier == null || tier.isEmpty()) {
        continue;
      }
      List<AggregatedSignatureProof> remaining = new ArrayList<>(tier);
      while (!remaining.isEmpty()) {
        AggregatedSignatureProof best = null;
        long bestGain = 0;
        for (AggregatedSignatureProof p : remaining) {
          long gain = p.participants().indices().filter(v -> !covered.contains(v)).count();
          if (gain > bestGain) {
            best = p;
            bestGain = gain;
          }
        }
        if (best == null) {
          break;
        }
        selected.add(best);
        best.participants().indices().forEach(covered::add);
        remaining.remove(best);
      }
    }
    return selected;
  }

  /** The validators covered by {@code proofs}. */
  public static Set<Integer> coveredBy(Collection<AggregatedSignatureProof> proofs) {
    Set<Integer> covered = new HashSet<>();
    proofs.forEach(p -> p.participants().indices().forEach(covered::add));
    return covered;
  }
}
