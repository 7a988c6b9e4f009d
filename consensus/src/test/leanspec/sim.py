import hashlib, struct, sys
from lean_spec.forks.lstar.spec import LstarSpec
from lean_spec.forks.lstar.containers import Block, BlockBody, SignedAttestation, SignedBlock
from lean_spec.forks.lstar.containers.block.block import BlockSignatures
from lean_spec.forks.lstar.containers.block.types import AggregatedAttestations, AttestationSignatures
from lean_spec.forks.lstar.containers.validator import Validator, Validators
from lean_spec.subspecs.ssz.hash import hash_tree_root
from lean_spec.subspecs.xmss.aggregation import AggregatedSignatureProof
from lean_spec.subspecs.xmss.containers import Signature
from lean_spec.subspecs.xmss.types import HashTreeOpening, HashDigestList, Randomness
from lean_spec.subspecs.koalabear import Fp
from lean_spec.subspecs.chain.clock import Interval
from lean_spec.types import Bytes32, Bytes52, Slot, Uint64, ValidatorIndex, ValidatorIndices, ByteListMiB

N = int(sys.argv[1]) if len(sys.argv) > 1 else 4
SLOTS = int(sys.argv[2]) if len(sys.argv) > 2 else 12
OFF = {int(x) for x in sys.argv[3].split(",") if x} if len(sys.argv) > 3 else set()
PFROM, PTO = (int(sys.argv[4]), int(sys.argv[5])) if len(sys.argv) > 5 else (0, -1)

def expand(prefix, n):
    out = b""; c = 0
    while len(out) < n:
        out += hashlib.sha256(prefix + struct.pack(">i", c)).digest(); c += 1
    return out[:n]

class Yes:
    def verify(self, *a, **k): return True
LstarSpec.sig_scheme = Yes()
LstarSpec.verify_signatures = lambda self, sb, v: True
AggregatedSignatureProof.verify = lambda self, *a, **k: None
@classmethod
def agg(cls, xmss_participants, children, raw_xmss, message, slot, mode=None):
    ids = set()
    if xmss_participants is not None: ids.update(xmss_participants.to_validator_indices())
    for c, _ in children: ids.update(c.participants.to_validator_indices())
    return cls(participants=ValidatorIndices(data=list(ids)).to_aggregation_bits(), proof_data=ByteListMiB(data=b""))
AggregatedSignatureProof.aggregate = agg

Validator.get_attestation_pubkey = lambda self: None
Validator.get_proposal_pubkey = lambda self: None
spec = LstarSpec()
vals = Validators(data=[Validator(attestation_pubkey=Bytes52(expand(f"test/attestation/{i}".encode(), 52)),
    proposal_pubkey=Bytes52(expand(f"test/proposal/{i}".encode(), 52)), index=ValidatorIndex(i)) for i in range(N)])
genesis = spec.generate_genesis(Uint64(1000), vals)
gblock = Block(slot=Slot(0), proposer_index=ValidatorIndex(0), parent_root=Bytes32.zero(), state_root=hash_tree_root(genesis), body=BlockBody(attestations=AggregatedAttestations(data=[])))
dummy = Signature(path=HashTreeOpening(siblings=HashDigestList(data=[])), rho=Randomness(data=[Fp(0)] * 7), hashes=HashDigestList(data=[]))
stores = [spec.create_store(genesis, gblock, ValidatorIndex(i)) for i in range(N)]
agg_node = lambda n: n == 0 or (PTO >= PFROM and n == N - 1)
def hears(slot, a, b):
    split = PFROM <= slot <= PTO
    return (not split) or ((a < N // 2) == (b < N // 2))
missed = []
print("genesis", "0x" + hash_tree_root(gblock).hex())
for slot in range(1, SLOTS + 1):
    p = slot % N; start = slot * 5
    if slot == PTO + 1:
        for mb in missed:
            for n in range(N): stores[n] = spec.on_block(stores[n], mb)
        missed.clear()
    for n in range(N):
        stores[n], _ = spec.on_tick(stores[n], Interval(start - 1 if n == p else start), False, agg_node(n))
    block = None
    if p not in OFF:
        stores[p], block, sigs = spec.produce_block_with_signatures(stores[p], Slot(slot), ValidatorIndex(p))
        signed = SignedBlock(block=block, signature=BlockSignatures(attestation_signatures=AttestationSignatures(data=sigs), proposer_signature=dummy))
        for n in range(N):
            if hears(slot, p, n): stores[n] = spec.on_block(stores[n], signed)
        if not hears(slot, p, N - 1 if p < N // 2 else 0): missed.append(signed)
    else:
        stores[p], _ = spec.on_tick(stores[p], Interval(start), False, agg_node(p))
    atts = []
    for n in range(N):
        stores[n], _ = spec.on_tick(stores[n], Interval(start + 1), False, agg_node(n))
        stores[n] = spec.update_head(stores[n])
        if n in OFF: continue
        atts.append(SignedAttestation(validator_id=ValidatorIndex(n), data=spec.produce_attestation_data(stores[n], Slot(slot)), signature=dummy))
    for a in atts:
        for n in range(N):
            if hears(slot, int(a.validator_id), n):
                try: stores[n] = spec.on_gossip_attestation(stores[n], a, is_aggregator=agg_node(n))
                except AssertionError: pass
    aggs = []
    for n in range(N):
        stores[n], new = spec.on_tick(stores[n], Interval(start + 2), False, agg_node(n)); aggs.append(new)
    for n in range(N):
        for a in aggs[n]:
            for m in range(N):
                if m != n and hears(slot, n, m):
                    try: stores[m] = spec.on_gossip_aggregated_attestation(stores[m], a)
                    except AssertionError: pass
    for n in range(N): stores[n], _ = spec.on_tick(stores[n], Interval(start + 4), False, agg_node(n))
    s = stores[0]; t = stores[N - 1]
    extra = (" | 0x" + t.head.hex() + " " + str(int(t.latest_justified.slot)) + " " + str(int(t.latest_finalized.slot))) if PTO >= PFROM else ""
    print(slot, ("0x" + hash_tree_root(block).hex()) if block else "none", "0x" + s.head.hex(), int(s.latest_justified.slot), int(s.latest_finalized.slot), "0x" + s.safe_target.hex(), (len(block.body.attestations) if block else 0), end=extra + "\n")
