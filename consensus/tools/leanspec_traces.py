#!/usr/bin/env python3
"""Regenerates the consensus module's own leanSpec traces from leanSpec's Python spec.

The consensus tests compare the Java code with leanSpec's devnet4 spec (commit db21cc24) driven
the same way as the Java tests drive ours:

* ``sim-*.txt`` (``LeanSpecSimulationTest``): N nodes of one validator each, driven interval by
  interval exactly as ``InProcessDevnet`` does (proposals at interval 0, votes at 1, aggregation at
  2, accept at 4; offline validators; a partition into two halves that heals), one line per slot:
  block root, head, justified and finalized slots, safe target and the block's attestation count of
  node 0 (and head / justified / finalized of node N-1 when partitioned).
* the roots of ``LeanSpecVectorsTest`` (a hand-built chain run through ``state_transition``),
  printed to standard output.
* the count of justifiable deltas below 100 000 (``SlotTest``), printed.

The genesis is the Java tests' ``TestChain``: genesis time 1000 and the public keys of
``InsecureTestSignatures("test")`` (SHA-256 counter-mode expansion of ``test/<role>/<index>``).
Signatures play no part in any root: the script accepts every signature and replaces leanVM
aggregation (``lean-multisig-py``) by proofs that carry only their participants.

Usage, with a leanSpec checkout at db21cc24 and its Python environment (Python >= 3.12, its
dependencies; ``lean-multisig-py`` is not needed):

    git -C leanSpec checkout db21cc24
    python3 consensus/tools/leanspec_traces.py --leanspec leanSpec \\
        --out consensus/src/test/resources/leanspec-db21cc24

then ``git diff`` shows whether the committed traces still match.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
import types
from pathlib import Path

SIMULATIONS = [
    # file, validators, slots, offline, partition_from, partition_to
    ("sim-4v-30slots.txt", 4, 30, [], None, None),
    ("sim-5v-16slots-offline-4.txt", 5, 16, [4], None, None),
    ("sim-7v-40slots-offline-2-5.txt", 7, 40, [2, 5], None, None),
    ("sim-4v-20slots-offline-1-2.txt", 4, 20, [1, 2], None, None),
    ("sim-6v-24slots-partition-5-10.txt", 6, 24, [], 5, 10),
    ("sim-7v-30slots-partition-4-12.txt", 7, 30, [], 4, 12),
    ("sim-8v-30slots-offline-7-partition-6-11.txt", 8, 30, [7], 6, 11),
]

# LeanSpecVectorsTest: slot, parent slot, votes (slot, head, target, source, voters).
VECTOR_STEPS = [
    (1, 0, []),
    (2, 1, []),
    (4, 2, [(2, 2, 2, 0, [0, 1])]),
    (5, 4, [(4, 4, 1, 0, [0, 1, 2]), (4, 4, 2, 1, [1, 2, 3])]),
    (7, 5, [(5, 5, 4, 2, [0, 2, 3])]),
    (8, 7, [(7, 7, 5, 4, [0, 1]), (7, 7, 7, 4, [1, 2, 3])]),
    (9, 8, [(8, 8, 5, 4, [2])]),
]


def insecure_key(seed: str, role: str, index: int, length: int = 52) -> bytes:
    """InsecureTestSignatures.derive: SHA-256(prefix || counter as big-endian u32), concatenated."""
    prefix = f"{seed}/{role}/{index}".encode()
    out = b""
    counter = 0
    while len(out) < length:
        out += hashlib.sha256(prefix + counter.to_bytes(4, "big")).digest()
        counter += 1
    return out[:length]


def load_leanspec(checkout: Path):
    """Imports leanSpec from the checkout with leanVM and signature checks stubbed out."""
    sys.path.insert(0, str(checkout / "src"))

    # leanVM bindings: never called once aggregate/verify are replaced below.
    stub = types.ModuleType("lean_multisig_py")

    def unavailable(*_args, **_kwargs):
        raise RuntimeError("leanVM is stubbed out in this script")

    for name in (
        "aggregate_signatures",
        "setup_prover",
        "setup_verifier",
        "verify_aggregated_signatures",
    ):
        setattr(stub, name, unavailable)
    sys.modules.setdefault("lean_multisig_py", stub)

    from lean_spec.forks.lstar.containers.validator import Validator
    from lean_spec.forks.lstar.spec import LstarSpec
    from lean_spec.subspecs.xmss.aggregation import AggregatedSignatureProof
    from lean_spec.types import ValidatorIndex
    from lean_spec.types.participation import ValidatorIndices

    def aggregate(cls, xmss_participants, children, raw_xmss, message, slot, mode=None):
        ids: set[ValidatorIndex] = set()
        if xmss_participants is not None:
            ids.update(xmss_participants.to_validator_indices())
        for child, _keys in children:
            ids.update(child.participants.to_validator_indices())
        participants = ValidatorIndices(data=sorted(ids)).to_aggregation_bits()
        proof_type = cls.model_fields["proof_data"].annotation
        return cls(participants=participants, proof_data=proof_type(data=b""))

    def verify(self, *_args, **_kwargs):
        return None

    AggregatedSignatureProof.aggregate = classmethod(aggregate)
    AggregatedSignatureProof.verify = verify

    # The Java tests' keys are not XMSS keys: hand the (stubbed) checks the raw bytes.
    Validator.get_attestation_pubkey = lambda self: self.attestation_pubkey
    Validator.get_proposal_pubkey = lambda self: self.proposal_pubkey

    class AcceptAll:
        def verify(self, *_args, **_kwargs) -> bool:
            return True

    class StubbedSpec(LstarSpec):
        sig_scheme = AcceptAll()

    return StubbedSpec()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--leanspec", type=Path, required=True, help="leanSpec checkout (db21cc24)")
    parser.add_argument("--out", type=Path, help="where to write sim-*.txt (default: print only)")
    args = parser.parse_args()
    spec = load_leanspec(args.leanspec)

    from lean_spec.forks.lstar.containers.attestation import (
        AggregatedAttestation,
        AttestationData,
        SignedAttestation,
    )
    from lean_spec.forks.lstar.containers.block import (
        Block,
        BlockBody,
        BlockSignatures,
        SignedBlock,
    )
    from lean_spec.forks.lstar.containers.block.types import (
        AggregatedAttestations,
        AttestationSignatures,
    )
    from lean_spec.forks.lstar.containers.state import Validators
    from lean_spec.forks.lstar.containers.validator import Validator
    from lean_spec.subspecs.chain.clock import Interval
    from lean_spec.subspecs.koalabear import Fp
    from lean_spec.subspecs.ssz.hash import hash_tree_root
    from lean_spec.subspecs.xmss.constants import TARGET_CONFIG
    from lean_spec.subspecs.xmss.containers import Signature
    from lean_spec.subspecs.xmss.types import (
        HashDigestList,
        HashDigestVector,
        HashTreeOpening,
        Randomness,
    )
    from lean_spec.types import (
        AggregationBits,
        Bytes32,
        Bytes52,
        Checkpoint,
        Slot,
        Uint64,
        ValidatorIndex,
    )

    # A zero signature of the right shape: every signature check is stubbed.
    zero_digest = HashDigestVector(data=[Fp(0)] * TARGET_CONFIG.HASH_LEN_FE)
    dummy = Signature(
        path=HashTreeOpening(
            siblings=HashDigestList(data=[zero_digest] * TARGET_CONFIG.LOG_LIFETIME)
        ),
        rho=Randomness(data=[Fp(0)] * TARGET_CONFIG.RAND_LEN_FE),
        hashes=HashDigestList(data=[zero_digest] * TARGET_CONFIG.DIMENSION),
    )

    def genesis(validators: list[tuple[bytes, bytes]], genesis_time: int):
        state = spec.generate_genesis(
            genesis_time=Uint64(genesis_time),
            validators=Validators(
                data=[
                    Validator(
                        attestation_pubkey=Bytes52(att),
                        proposal_pubkey=Bytes52(prop),
                        index=ValidatorIndex(i),
                    )
                    for i, (att, prop) in enumerate(validators)
                ]
            ),
        )
        block = Block(
            slot=Slot(0),
            proposer_index=ValidatorIndex(0),
            parent_root=Bytes32.zero(),
            state_root=hash_tree_root(state),
            body=BlockBody(attestations=AggregatedAttestations(data=[])),
        )
        return state, block

    def hex_root(root) -> str:
        return "0x" + bytes(root).hex()

    # ------------------------------------------------------------ simulations (InProcessDevnet)

    def simulate(nodes: int, slots: int, offline: list[int], p_from, p_to) -> list[str]:
        keys = [(insecure_key("test", "attestation", i), insecure_key("test", "proposal", i))
                for i in range(nodes)]
        state, anchor = genesis(keys, 1000)
        stores = [spec.create_store(state, anchor, ValidatorIndex(n)) for n in range(nodes)]
        partitioned = p_from is not None
        p_from = p_from if partitioned else 0
        p_to = p_to if partitioned else -1
        missed: list = []

        def aggregator(n: int) -> bool:
            return n == 0 or (p_to >= p_from and n == nodes - 1)

        def hears(slot: int, frm: int, to: int) -> bool:
            split = p_from <= slot <= p_to
            return not split or (frm < nodes // 2) == (to < nodes // 2)

        def tick(n: int, interval: int):
            stores[n], produced = spec.on_tick(
                stores[n], Interval(interval), has_proposal=False, is_aggregator=aggregator(n)
            )
            return produced

        lines = ["genesis " + hex_root(hash_tree_root(anchor))]
        for slot in range(1, slots + 1):
            proposer = slot % nodes
            start = slot * 5
            if slot == p_to + 1:
                for signed in missed:
                    for n in range(nodes):
                        stores[n] = spec.on_block(stores[n], signed)
                missed.clear()
            # Interval 0: the proposer builds and gossips its block.
            for n in range(nodes):
                tick(n, start - 1 if n == proposer else start)
            signed_block = None
            if proposer in offline:
                tick(proposer, start)
            else:
                stores[proposer], block, proofs = spec.produce_block_with_signatures(
                    stores[proposer], Slot(slot), ValidatorIndex(proposer)
                )
                signed_block = SignedBlock(
                    block=block,
                    signature=BlockSignatures(
                        attestation_signatures=AttestationSignatures(data=proofs),
                        proposer_signature=dummy,
                    ),
                )
                for n in range(nodes):
                    if hears(slot, proposer, n):
                        stores[n] = spec.on_block(stores[n], signed_block)
                if not hears(slot, proposer, nodes - 1 if proposer < nodes // 2 else 0):
                    missed.append(signed_block)
            # Interval 1: every online validator attests.
            votes = []
            for n in range(nodes):
                tick(n, start + 1)
                if n in offline:
                    continue
                stores[n] = spec.update_head(stores[n])
                data = spec.produce_attestation_data(stores[n], Slot(slot))
                votes.append(
                    SignedAttestation(validator_id=ValidatorIndex(n), data=data, signature=dummy)
                )
            for vote in votes:
                for n in range(nodes):
                    if hears(slot, int(vote.validator_id), n):
                        try:
                            stores[n] = spec.on_gossip_attestation(
                                stores[n], vote, is_aggregator=aggregator(n)
                            )
                        except AssertionError:
                            pass  # refused gossip is dropped, as a node does
            # Interval 2: aggregators aggregate and gossip; then intervals 3 and 4.
            aggregates = [tick(n, start + 2) for n in range(nodes)]
            for n in range(nodes):
                for aggregate in aggregates[n]:
                    for m in range(nodes):
                        if m != n and hears(slot, n, m):
                            try:
                                stores[m] = spec.on_gossip_aggregated_attestation(
                                    stores[m], aggregate
                                )
                            except AssertionError:
                                pass
            for n in range(nodes):
                tick(n, start + 4)

            s, t = stores[0], stores[nodes - 1]
            line = " ".join(
                [
                    str(slot),
                    "none" if signed_block is None
                    else hex_root(hash_tree_root(signed_block.block)),
                    hex_root(s.head),
                    str(int(s.latest_justified.slot)),
                    str(int(s.latest_finalized.slot)),
                    hex_root(s.safe_target),
                    str(0 if signed_block is None
                        else len(signed_block.block.body.attestations.data)),
                ]
            )
            if partitioned:
                line += " | " + " ".join(
                    [
                        hex_root(t.head),
                        str(int(t.latest_justified.slot)),
                        str(int(t.latest_finalized.slot)),
                    ]
                )
            lines.append(line)
        return lines

    for file, nodes, slots, offline, p_from, p_to in SIMULATIONS:
        header = [
            "# leanSpec db21cc24 (devnet4) LstarSpec driven as InProcessDevnet: validators slots"
            " offline partitionFrom partitionTo = "
            + " ".join(
                [str(nodes), str(slots), ",".join(map(str, offline))]
                + ([str(p_from), str(p_to)] if p_from is not None else [])
            ).rstrip(),
            "# slot block_root head justified finalized safe_target attestations (node 0)"
            " [| head justified finalized (node N-1)]",
        ]
        text = "\n".join(header + simulate(nodes, slots, offline, p_from, p_to)) + "\n"
        if args.out:
            (args.out / file).write_text(text)
            print(f"wrote {args.out / file}")
        else:
            print(f"== {file}\n{text}")

    # ------------------------------------------------------------ LeanSpecVectorsTest

    keys = [(bytes([0x10 + i]) * 52, bytes([0x20 + i]) * 52) for i in range(4)]
    state, anchor = genesis(keys, 1000)
    print("vectors: genesis state", hash_tree_root(state).hex(),
          "block", hash_tree_root(anchor).hex())
    roots = {0: hash_tree_root(anchor)}
    states = {0: state}
    for slot, parent, votes in VECTOR_STEPS:
        body = []
        for v_slot, head, target, source, voters in votes:
            bits = AggregationBits(data=[i in voters for i in range(max(voters) + 1)])
            body.append(
                AggregatedAttestation(
                    aggregation_bits=bits,
                    data=AttestationData(
                        slot=Slot(v_slot),
                        head=Checkpoint(root=roots[head], slot=Slot(head)),
                        target=Checkpoint(root=roots[target], slot=Slot(target)),
                        source=Checkpoint(root=roots[source], slot=Slot(source)),
                    ),
                )
            )
        unrooted = Block(
            slot=Slot(slot),
            proposer_index=ValidatorIndex(slot % 4),
            parent_root=roots[parent],
            state_root=Bytes32.zero(),
            body=BlockBody(attestations=AggregatedAttestations(data=body)),
        )
        post = spec.process_block(spec.process_slots(states[parent], Slot(slot)), unrooted)
        block = unrooted.model_copy(update={"state_root": hash_tree_root(post)})
        roots[slot] = hash_tree_root(block)
        states[slot] = post
        print(
            "vectors: slot", slot,
            "block", roots[slot].hex(),
            "state", hash_tree_root(post).hex(),
            "justified", int(post.latest_justified.slot),
            "finalized", int(post.latest_finalized.slot),
            "justified_slots", "".join("1" if b else "0" for b in post.justified_slots.data),
            "pending_roots", len(post.justifications_roots.data),
        )

    # ------------------------------------------------------------ SlotTest

    justifiable = sum(
        1 for delta in range(100_000) if Slot(delta).is_justifiable_after(Slot(0))
    )
    print("justifiable deltas below 100000 after slot 0:", justifiable)


if __name__ == "__main__":
    main()
