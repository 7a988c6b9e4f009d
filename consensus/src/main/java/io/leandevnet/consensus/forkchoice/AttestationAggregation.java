package io.leandevnet.consensus.forkchoice;

import io.leandevnet.consensus.containers.AggregatedSignatureProof;
import io.leandevnet.consensus.containers.AttestationData;
import io.leandevnet.consensus.containers.Signature;
import io.leandevnet.consensus.containers.SignedAggregatedAttestation;
import io.leandevnet.consensus.containers.Validator;
import io.leandevnet.consensus.signature.SignatureAggregation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** An aggregator's interval-2 duty (leanSpec {@code aggregate}, {@code aggregation.py}). */
final class AttestationAggregation {
  private AttestationAggregation() {}

  /**
   * {@code aggregate} (interval 2, aggregators): for each data with pending proofs or raw gossip
   * signatures, reuses the best existing proofs (pending first, then known), adds the raw
   * signatures they miss and builds one proof. The pending pool becomes exactly these aggregates;
   * the raw signatures used are dropped.
   *
   * @return the aggregates to publish on the aggregation topic
   */
  static List<SignedAggregatedAttestation> aggregate(Store store) {
    List<Validator> validators = store.states.get(store.head).validators();
    Set<AttestationData> keys = new LinkedHashSet<>(store.latestNewAggregatedPayloads.keySet());
    keys.addAll(store.attestationSignatures.keySet());
    List<SignedAggregatedAttestation> produced = new ArrayList<>();
    for (AttestationData data : keys) {
      List<AggregatedSignatureProof> children =
          SignatureAggregation.selectGreedily(
              store.latestNewAggregatedPayloads.get(data),
              store.latestKnownAggregatedPayloads.get(data));
      Set<Integer> covered = SignatureAggregation.coveredBy(children);
      TreeMap<Integer, Signature> raw = new TreeMap<>();
      for (AttestationSignatureEntry e : store.attestationSignatures.getOrDefault(data, Set.of())) {
        int id = (int) e.validatorId();
        if (!covered.contains(id) && id < validators.size()) {
          raw.putIfAbsent(id, e.signature());
        }
      }
      if (raw.isEmpty() && children.size() < 2) {
        continue;
      }
      produced.add(
          new SignedAggregatedAttestation(data, store.aggregation.aggregate(children, raw)));
    }
    Map<AttestationData, Set<AggregatedSignatureProof>> fresh = new LinkedHashMap<>();
    for (SignedAggregatedAttestation a : produced) {
      fresh.computeIfAbsent(a.data(), d -> new LinkedHashSet<>()).add(a.proof());
    }
    store.latestNewAggregatedPayloads = fresh;
    store.attestationSignatures.keySet().removeIf(fresh::containsKey);
    return produced;
  }
}
